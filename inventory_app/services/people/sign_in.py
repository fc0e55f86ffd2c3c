"""Signing in: a right PIN reads and never writes; wrong PINs are counted one at a time.

Two rules pull against each other (issue 14). A sign-in must not wait for a long import's
write lock, so a right PIN of a person with no failures signs in with reads only. And at
most MAX_FAILURES PINs may be verified before the lock, however many terminals try at
once, so reading the count, verifying and counting a failure must be one step.

The step is a person's *turn* (db/sign_in_turns.py): a per-person lock that is not the
database's write lock. Holding it, the check reads the count and the lock; a locked
person is refused without a verification; otherwise the PIN is verified, and a wrong one
is counted (and the lock set at the fifth) in a write committed before the turn ends. A
right PIN writes only to clear an earlier count. The next terminal's turn therefore reads
every earlier failure. A database that cannot take writes (read-only) could not count a
wrong PIN, so there nobody's PIN is checked at all: the sign-in fails closed.

Unlike other services this one owns its transactions: the count must be committed before
the turn is given up, and a refusal must not roll it back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from math import ceil

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.engine import Database
from inventory_app.db.models import AuditEntry, User, utcnow
from inventory_app.db.sign_in_turns import Turn, cannot_count, person_turn
from inventory_app.domain.credentials import LOCK_SECONDS, MAX_FAILURES, verify_secret
from inventory_app.domain.errors import SignInError
from inventory_app.domain.permissions import Actor, Role
from inventory_app.i18n.catalogue import ntr, tr
from inventory_app.services.people.permissions import user_key
from inventory_app.services.people.roster import needs_first_owner


@dataclass(frozen=True)
class _Account:
    id: int
    name: str
    role: Role
    secret_hash: str | None
    secret_kind: str | None
    failed_attempts: int
    locked_until: datetime | None

    def locked_for(self, now: datetime) -> int:
        """Seconds left of a lock, 0 when not locked."""
        if self.locked_until is None or self.locked_until <= now:
            return 0
        return ceil((self.locked_until - now).total_seconds())


def sign_in(database: Database, name: str, secret: str, *, now: datetime | None = None) -> Actor:
    """Check the secret. Five wrong in a row lock the person for a minute.

    The time is read once the person's turn is had (`now` only for tests): a check that
    waited for its turn must not date a lock, or compare one, by when it began waiting.
    """
    with database.reading() as session:
        account = _account(session, name)
        first_owner = needs_first_owner(session)
    if account is None:
        refused = SignInError(tr("there is no active user named {name}").format(name=repr(name)))
        raise _traced(database, refused, _line(name, None, "sign_in_failed", "no such active user"))
    if account.secret_hash is None:
        if first_owner:  # nobody has a secret yet: the bar of one person
            return Actor(account.name, account.role)
        raise SignInError(
            tr("{name} has no PIN yet: an owner must give them one first").format(name=account.name)
        )
    with person_turn(database, account.id, account.name) as turn:
        outcome = _check(turn, account.id, secret, now or utcnow())  # refused after the turn:
    if isinstance(outcome, Actor):  # on PostgreSQL, raising in it would roll its count back
        return outcome
    refused, line = outcome
    raise refused if line is None else _traced(database, refused, line)


Refusal = tuple[SignInError, AuditEntry | None]  # and its audit line, written after the turn


def _check(turn: Turn, user_id: int, secret: str, now: datetime) -> Actor | Refusal:
    """Inside the person's turn: read afresh, refuse a lock unverified, verify, count."""
    if turn.owed():  # an earlier turn verified and could not count: count it before anything
        _count_owed(turn, user_id, now)
    with turn.read() as session:
        account = _account_by_id(session, user_id)
        read_only = turn.read_only(session)
    if account is None or account.secret_hash is None:  # switched off or reset meanwhile
        return SignInError(tr("this person's account changed while signing in; try again")), None
    left = account.locked_for(now)
    if left:
        message = tr("{name} is locked for {seconds} more seconds after {five} wrong PINs").format(
            name=account.name, seconds=left, five=_five()
        )
        line = _line(account.name, user_id, "sign_in_failed", tr("tried while locked"))
        return SignInError(message, locked_seconds=left), line
    if read_only is not None:
        return cannot_count(account.name, read_only), None
    turn.owe(True)
    if verify_secret(secret, account.secret_hash):
        turn.owe(False)
        if account.failed_attempts or account.locked_until is not None:
            with turn.write() as session:
                _store_count(session, user_id, 0, None)
        return Actor(account.name, account.role)
    with turn.write() as session:
        refused = _count_failure(session, account, now)
    turn.owe(False)
    return refused, None


def _count_owed(turn: Turn, user_id: int, now: datetime) -> None:
    """A verification whose outcome never reached the database counts as a wrong PIN."""
    with turn.write() as session:
        account = _account_by_id(session, user_id)
        if account is not None and account.secret_hash and not account.locked_for(now):
            _count_failure(session, account, now, late=True)
    turn.owe(False)


def _count_failure(
    session: Session, account: _Account, now: datetime, *, late: bool = False
) -> SignInError:
    """Count one wrong secret (the fifth sets the lock and starts the count again)."""
    counted = account.failed_attempts + 1
    locks = counted >= MAX_FAILURES
    until = now + timedelta(seconds=LOCK_SECONDS) if locks else None
    _store_count(session, account.id, 0 if locks else counted, until)
    what = "password" if account.secret_kind == "password" else "PIN"
    note = _failure_note(what == "password", late=late).format(count=counted)
    session.add(_line(account.name, account.id, "sign_in_failed", note))
    if locks:
        session.add(
            _line(
                account.name,
                account.id,
                "locked",
                tr("locked for {seconds} s").format(seconds=LOCK_SECONDS),
            )
        )
        return SignInError(_locked_now(account, what), tries_left=0, locked_seconds=LOCK_SECONDS)
    left = MAX_FAILURES - counted
    if what == "password":
        message = ntr(
            "Wrong password for {name}: {count} try left before a one-minute lock",
            "Wrong password for {name}: {count} tries left before a one-minute lock",
            left,
        )
    else:
        message = ntr(
            "Wrong PIN for {name}: {count} try left before a one-minute lock",
            "Wrong PIN for {name}: {count} tries left before a one-minute lock",
            left,
        )
    return SignInError(message.format(name=account.name, count=left), tries_left=left)


def _locked_now(account: _Account, what: str) -> str:
    """The fifth wrong secret: the lock starts now."""
    if what == "password":
        text = tr(
            "Wrong password for {name}: {name} is now locked for {seconds} seconds after "
            "{five} wrong passwords"
        )
    else:
        text = tr(
            "Wrong PIN for {name}: {name} is now locked for {seconds} seconds after "
            "{five} wrong PINs"
        )
    return text.format(name=account.name, seconds=LOCK_SECONDS, five=_five())


def _store_count(session: Session, user_id: int, failures: int, until: datetime | None) -> None:
    user = session.get_one(User, user_id, populate_existing=True)
    user.failed_attempts, user.locked_until = failures, until
    session.flush()


_ACCOUNT = select(
    User.id, User.name, User.role, User.secret_hash, User.secret_kind,
    User.failed_attempts, User.locked_until,
).where(User.active.is_(True))  # fmt: skip


def _account(session: Session, name: str) -> _Account | None:
    row = session.execute(_ACCOUNT.where(User.key == user_key(name))).one_or_none()
    return None if row is None else _Account(row[0], row[1], Role(row[2]), *row[3:])


def _account_by_id(session: Session, user_id: int) -> _Account | None:
    row = session.execute(_ACCOUNT.where(User.id == user_id)).one_or_none()
    return None if row is None else _Account(row[0], row[1], Role(row[2]), *row[3:])


def _traced(database: Database, refused: SignInError, line: AuditEntry) -> SignInError:
    """The refusal, after its audit line; a line that cannot be written is named on it."""
    try:
        with database.transaction() as session:
            session.add(line)
    except Exception as failure:  # the refusal stands either way
        refused.add_note(
            tr("(its audit line could not be written: {failure})").format(failure=failure)
        )

    return refused


def _five() -> str:
    return tr("five") if MAX_FAILURES == 5 else str(MAX_FAILURES)


def _line(name: str, user_id: int | None, action: str, note: str) -> AuditEntry:
    return AuditEntry(
        author=name[:120], entity="user", entity_id="" if user_id is None else str(user_id),
        label=name[:200], action=action, note=note,
    )  # fmt: skip


def _failure_note(password: bool, *, late: bool) -> str:
    """The audit note of a wrong PIN, in the language of the terminal that counted it."""
    if password:
        if late:
            return tr("wrong password ({count}), counted late: its own write had failed")
        return tr("wrong password ({count})")
    if late:
        return tr("wrong PIN ({count}), counted late: its own write had failed")
    return tr("wrong PIN ({count})")
