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
