"""The bar's settings as the window reads them (services/settings.py)."""

from __future__ import annotations

import pytest

from inventory_app.db.engine import Database
from inventory_app.domain.errors import InputError
from inventory_app.services.settings import idle_lock_minutes, set_setting


def test_idle_lock_minutes_default_set_and_never(db: Database) -> None:
    with db.reading() as s:
        assert idle_lock_minutes(s) == 5
    with db.transaction() as s:
        set_setting(s, "idle_lock_minutes", "12", author="owner")
        assert idle_lock_minutes(s) == 12
        set_setting(s, "idle_lock_minutes", "0", author="owner")
        assert idle_lock_minutes(s) == 0
    with pytest.raises(InputError), db.transaction() as s:
        set_setting(s, "idle_lock_minutes", "soon", author="owner")
    with db.reading() as s:
        assert idle_lock_minutes(s) == 0


@pytest.mark.parametrize(
    ("key", "typed", "kept"),
    [("dash_ml", "0,8", "0.8"), ("barspoon_ml", "5,0", "5"), ("drop_ml", " 0.050 ", "0.05"),
     ("vat_rate_pct", "22", "22"), ("vat_rate_pct", "10,5", "10.5")],
)  # fmt: skip
def test_a_decimal_typed_with_a_comma_is_stored_as_the_app_reads_it(
    db: Database, key: str, typed: str, kept: str
) -> None:
    from decimal import Decimal

    from inventory_app.services.settings import get_setting, measure_sizes, vat_rate_pct

    with db.transaction() as s:
        set_setting(s, key, typed, author="owner")
        assert get_setting(s, key) == kept
        assert measure_sizes(s).dash_ml > 0 and vat_rate_pct(s) >= Decimal(0)


def test_the_bars_details_are_checked_kept_and_read_together(db: Database) -> None:
    """Issue 19: every field of BarDetails is a bar_<field> setting; none is set at first."""
    from inventory_app.domain.order_document import BarDetails
    from inventory_app.services.settings import BAR_DETAILS, bar_details

    with db.reading() as s:
        assert bar_details(s) == BarDetails()
    with db.transaction() as s:
        for key in set(BAR_DETAILS) - {"bar_vat_number", "bar_email"}:
            set_setting(s, key, f" {key} ", author="owner")  # kept without its spaces
        set_setting(s, "bar_vat_number", "it 0964 815 0150", author="owner")
        set_setting(s, "bar_email", "ordini@lachiusa.example", author="owner")
    with db.reading() as s:
        details = bar_details(s)
    assert details.name == "bar_name" and details.address == "bar_address"
    assert (details.vat_number, details.email) == ("IT09648150150", "ordini@lachiusa.example")


@pytest.mark.parametrize(
    ("key", "value", "says"),
    [
        ("bar_vat_number", "IT09648150151", "wrong check digit"),
        ("bar_vat_number", "123", "11 digits"),
        ("bar_email", "ordini at bar", "an email address"),
        ("bar_name", "x" * 201, "at most 200 characters"),
        ("bar_address", "Via Roma 1\nMilano", "one line"),
        ("order_vat_pct", "100", "a percentage from 0 to 99"),
    ],
)
def test_a_wrong_bar_detail_changes_nothing(db: Database, key: str, value: str, says: str) -> None:
    from inventory_app.services.settings import get_setting

    with pytest.raises(InputError, match=says), db.transaction() as s:
        set_setting(s, key, value, author="owner")
    with db.reading() as s:
        assert get_setting(s, key) == ("22" if key == "order_vat_pct" else "")


def test_only_the_owner_changes_the_bars_details_and_each_change_is_audited(
    db: Database,
) -> None:
    from sqlalchemy import select

    from inventory_app.db.models import AuditEntry
    from inventory_app.domain.errors import PermissionDenied
    from inventory_app.services.audit_log.entries import as_change

    with pytest.raises(PermissionDenied), db.transaction() as s:
        set_setting(s, "bar_name", "Bar Giulia", author="giulia")
    with db.transaction() as s:
        set_setting(s, "bar_name", "La Chiusa", author="owner")
    with db.reading() as s:
        found = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == "bar_name"))
        entries = [as_change(e) for e in found]
    assert [(e.author, e.before, e.after) for e in entries] == [
        ("owner", {"value": ""}, {"value": "La Chiusa"})
    ]
