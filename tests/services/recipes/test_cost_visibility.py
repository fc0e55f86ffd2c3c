"""Who sees costs: the owner always, a bartender only when the bar's setting allows it."""

from __future__ import annotations

import pytest

from inventory_app.db.engine import Database
from inventory_app.domain.errors import InputError, PermissionDenied
from inventory_app.services.people import roster as people
from inventory_app.services.recipes.cost_visibility import sees_costs
from inventory_app.services.settings import set_setting


def seen(db: Database) -> dict[str, bool]:
    with db.reading() as s:
        return {name: sees_costs(s, name) for name in ("owner", "giulia", "nobody")}


def test_by_default_only_the_owner_sees_costs(db: Database) -> None:
    assert seen(db) == {"owner": True, "giulia": False, "nobody": False}


def test_the_owner_may_share_costs_with_bartenders(db: Database) -> None:
    with db.transaction() as s:
        set_setting(s, "bartenders_see_costs", "yes", author="owner")
    assert seen(db) == {"owner": True, "giulia": True, "nobody": False}
    with db.transaction() as s:
        people.disable_user(s, "giulia", author="owner")
    assert seen(db)["giulia"] is False


def test_only_the_owner_decides_and_only_yes_or_no(db: Database) -> None:
    with pytest.raises(PermissionDenied), db.transaction() as s:
        set_setting(s, "bartenders_see_costs", "yes", author="giulia")
    with pytest.raises(InputError, match="yes or no"), db.transaction() as s:
        set_setting(s, "bartenders_see_costs", "maybe", author="owner")
    assert seen(db)["giulia"] is False
