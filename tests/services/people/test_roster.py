"""People: the first owner, adding people, PINs, signing in and the lock after five wrong."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from inventory_app.db.engine import Database
from inventory_app.db.models import AuditEntry, User
from inventory_app.domain.errors import InputError, PermissionDenied, SignInError
from inventory_app.domain.permissions import Actor, Role
from inventory_app.services.people import roster as people
from inventory_app.services.people import sign_in as sign_in_service

T0 = datetime(2026, 11, 21, 20, 0)


@pytest.fixture
def bar(db: Database) -> Database:
    """The owner has PIN 1234, giulia (bartender) 1111."""
    with db.transaction() as s:
        people.set_secret(s, "owner", "1234", author="owner")
        people.set_secret(s, "giulia", "1111", author="owner")
    return db


def sign_in(db: Database, name: str, secret: str, at: datetime = T0) -> Actor:
    return sign_in_service.sign_in(db, name, secret, now=at)


def audit(db: Database, action: str) -> list[str]:
    with db.reading() as s:
        query = select(AuditEntry.note).where(AuditEntry.action == action).order_by(AuditEntry.id)
        return list(s.scalars(query))


def test_a_new_bar_has_one_owner_without_a_pin(tmp_path: object) -> None:
    from inventory_app.db.migrate import open_database

    db = open_database(f"sqlite:///{tmp_path}/new.sqlite3")
    with db.reading() as s:
        assert people.list_users(s) == [people.UserRow("owner", Role.OWNER, True, False)]
        assert people.needs_first_owner(s)
        assert people.actor(s, "Owner") == Actor("owner", Role.OWNER)
    db.dispose()


def test_nobody_joins_before_the_owner_has_a_pin(db: Database) -> None:
    with pytest.raises(InputError, match="give the owner a PIN first"), db.transaction() as s:
        people.add_user(s, "Marco", "bartender", author="owner")


def test_first_owner_with_a_pin_then_people(db: Database) -> None:
    with db.transaction() as s:
        people.add_user(s, " Marco  Rossi ", "owner", author="owner", secret="2468")
        assert not people.needs_first_owner(s)
        people.add_user(s, "Lucia", Role.BARTENDER, author="Marco Rossi", secret="barista1")
    with db.reading() as s:
        rows = {r.name: r for r in people.list_users(s)}
    assert rows["Marco Rossi"] == people.UserRow("Marco Rossi", Role.OWNER, True, True)
    assert rows["Lucia"] == people.UserRow("Lucia", Role.BARTENDER, True, True)
    assert sign_in(db, "marco rossi", "2468") == Actor("Marco Rossi", Role.OWNER)
    assert sign_in(db, "LUCIA", "barista1") == Actor("Lucia", Role.BARTENDER)


@pytest.mark.parametrize(
    ("name", "role", "secret", "message"),
    [("GIULIA", "bartender", None, "there is already a user named 'GIULIA'"),
     ("  ", "bartender", None, "a user needs a name"),
     ("Marco", "manager", None, "role is owner or bartender, got 'manager'"),
     ("Marco", "bartender", "12", "a PIN has 4 to 8 digits, got 2")],
)  # fmt: skip
def test_bad_people(bar: Database, name: str, role: str, secret: str | None, message: str) -> None:
    with pytest.raises(InputError, match=message), bar.transaction() as s:
        people.add_user(s, name, role, author="owner", secret=secret)


def test_the_right_pin_and_the_wrong_ones(bar: Database) -> None:
    assert sign_in(bar, "Giulia", "1111") == Actor("giulia", Role.BARTENDER)
    messages = []
    for n in range(5):
        with pytest.raises(SignInError) as caught:
            sign_in(bar, "giulia", "0000", T0 + timedelta(seconds=n))
        messages.append(str(caught.value))
    assert messages == [
        "Wrong PIN for giulia: 4 tries left before a one-minute lock",
        "Wrong PIN for giulia: 3 tries left before a one-minute lock",
        "Wrong PIN for giulia: 2 tries left before a one-minute lock",
        "Wrong PIN for giulia: 1 try left before a one-minute lock",
        "Wrong PIN for giulia: giulia is now locked for 60 seconds after five wrong PINs",
    ]
    # locked from the fifth failure (T0 + 4 s) to T0 + 64 s, even with the right PIN
    with pytest.raises(SignInError) as caught:
        sign_in(bar, "giulia", "1111", T0 + timedelta(seconds=16))
    assert str(caught.value) == "giulia is locked for 48 more seconds after five wrong PINs"
    assert caught.value.locked_seconds == 48
    assert sign_in(bar, "giulia", "1111", T0 + timedelta(seconds=64)).name == "giulia"
    assert audit(bar, "sign_in_failed") == [
        *(f"wrong PIN ({n})" for n in range(1, 6)), "tried while locked",
    ]  # fmt: skip
    assert audit(bar, "locked") == ["locked for 60 s"]


def test_a_right_pin_resets_the_count(bar: Database) -> None:
    for _ in range(4):
        with pytest.raises(SignInError):
            sign_in(bar, "giulia", "0000")
    sign_in(bar, "giulia", "1111")
    with pytest.raises(SignInError, match="4 tries left"):
        sign_in(bar, "giulia", "0000")
    with bar.reading() as s:
        assert s.scalars(select(User.failed_attempts).where(User.key == "giulia")).one() == 1


def test_without_a_pin_once_others_have_one(bar: Database) -> None:
    with pytest.raises(SignInError, match="anna has no PIN yet: an owner must give them one"):
        sign_in(bar, "anna", "")
    with pytest.raises(SignInError, match="there is no active user named 'marco'"):
        sign_in(bar, "marco", "1234")
    assert audit(bar, "sign_in_failed") == ["no such active user"]


def test_disable(bar: Database) -> None:
    with bar.transaction() as s:
        people.disable_user(s, "giulia", author="owner")
    with pytest.raises(SignInError, match="no active user named 'giulia'"):
        sign_in(bar, "giulia", "1111")
    with bar.reading() as s:
        assert not next(r for r in people.list_users(s) if r.name == "giulia").active
        with pytest.raises(PermissionDenied):
            people.actor(s, "giulia")


def test_the_last_owner_stays(db: Database) -> None:
    with db.transaction() as s:
        people.disable_user(s, "anna", author="owner")
    with pytest.raises(InputError, match="owner is the only active owner"), db.transaction() as s:
        people.disable_user(s, "owner", author="owner")


def test_a_bartender_sets_their_own_pin(bar: Database) -> None:
    with bar.transaction() as s:
        people.set_secret(s, "giulia", "negroni-sbagliato", author="giulia")
    assert sign_in(bar, "giulia", "negroni-sbagliato").name == "giulia"
    with pytest.raises(SignInError, match="Wrong password for giulia"):
        sign_in(bar, "giulia", "1111")


def test_changes_to_people_are_audited(bar: Database) -> None:
    with bar.transaction() as s:
        people.add_user(s, "Marco", "bartender", author="owner", secret="2468")
        people.disable_user(s, "Marco", author="owner")
    with bar.reading() as s:
        rows = s.execute(
            select(AuditEntry.action, AuditEntry.label, AuditEntry.before, AuditEntry.after)
            .where(AuditEntry.entity == "user")
            .order_by(AuditEntry.id)
        ).all()
    assert [tuple(r) for r in rows] == [
        ("set_secret", "owner", '{"secret": false}', '{"secret": true}'),
        ("set_secret", "giulia", '{"secret": false}', '{"secret": true}'),
        ("create", "Marco", None,
         '{"active": true, "name": "Marco", "role": "bartender", "secret": true}'),
        ("disable", "Marco", '{"active": true}', '{"active": false}'),
    ]  # fmt: skip


def test_sign_in_roster_is_the_active_people_and_whether_the_owner_is_to_come(
    db: Database,
) -> None:
    with db.reading() as s:
        everyone, first_owner_to_come = people.sign_in_roster(s)
        assert first_owner_to_come and everyone == people.list_users(s)
    with db.transaction() as s:
        people.set_secret(s, "owner", "1234", author="owner")
        people.disable_user(s, "giulia", author="owner")
    with db.reading() as s:
        active, first_owner_to_come = people.sign_in_roster(s)
        assert not first_owner_to_come
        assert [u.name for u in active] == [u.name for u in people.list_users(s) if u.active]
        assert "giulia" not in {u.name for u in active} and "owner" in {u.name for u in active}


@pytest.mark.usefixtures("italian")
def test_wrong_pins_and_the_lock_read_in_italian(bar: Database) -> None:
    messages = []
    for n in range(5):
        with pytest.raises(SignInError) as caught:
            sign_in(bar, "giulia", "0000", T0 + timedelta(seconds=n))
        messages.append(str(caught.value))
    lock = "prima del blocco di un minuto"
    assert messages[0] == f"PIN sbagliato per giulia: ti restano 4 tentativi {lock}"
    assert messages[3] == f"PIN sbagliato per giulia: ti resta 1 tentativo {lock}"
    assert messages[4] == (
        "PIN sbagliato per giulia: giulia ora è bloccato per 60 secondi dopo cinque PIN sbagliati"
    )
    with pytest.raises(InputError) as refused, bar.transaction() as s:
        people.add_user(s, "Giulia", Role.BARTENDER, author="owner")
    assert refused.value.detail == "c'è già un utente chiamato 'Giulia'"
    assert refused.value.column == "name"
