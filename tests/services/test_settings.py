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
