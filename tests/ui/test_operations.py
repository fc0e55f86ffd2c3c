"""ui/operations.py: one function per user action, each an Op saying what it changes.

Each action is run on a real SQLite file (the test bar, or a copy of the demo bar) and
checked by what it wrote, what it gave back and what the window heard.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from inventory_app.domain.catalogue import Reason
from inventory_app.domain.errors import InventoryError
from inventory_app.domain.recipes import Channel
from inventory_app.domain.units import Unit
from inventory_app.services.settings import all_settings
from inventory_app.ui import operations, queries
from inventory_app.ui.context import AppContext, Change
from inventory_app.ui.ops import read_now
from tests.ui.conftest import Bar, Menu, heard, on_hand

# --- the actions of ui/operations.py, each an Op, say what they change -----------------------
Action = Callable[[AppContext, Menu], object]
ACTIONS: list[tuple[str, Action, Change]] = [
    ("adjust", lambda c, _m: operations.adjust_stock(c, adjustment=operations.Adjustment(
        "GIN-TANQ", Decimal(-20), Unit.ML, Reason.WASTE)), Change.STOCK),
    ("sell", lambda c, _m: operations.sell(
        c, name="Negroni", quantity=Decimal(1), channel=Channel.TAKEAWAY),
     Change.SALES | Change.STOCK | Change.BOTTLES),
    ("menu", lambda c, m: operations.move_on_menu(
        c, recipe_id=m.gin_tonic, to_recipe_id=m.negroni), Change.RECIPES),
    ("make", lambda c, _m: operations.make_prep(c, name="Negroni batch", batches=Decimal(1)),
     Change.STOCK),
    ("count", lambda c, _m: operations.start_count(c, locations=()), Change.COUNTS),
    ("settings", lambda c, _m: operations.save_settings(c, values={"vat_rate_pct": "10"}),
     Change.SETTINGS),
]  # fmt: skip


@pytest.mark.parametrize(
    ("action", "changes"), [a[1:] for a in ACTIONS], ids=[a[0] for a in ACTIONS]
)
def test_each_action_announces_what_it_changed(
    context: AppContext, menu: Menu, action: Action, changes: Change
) -> None:
    said = heard(context)
    done = action(context, menu)
    assert not isinstance(done, InventoryError), done
    assert said == [changes]


def test_a_refused_action_announces_nothing(context: AppContext, menu: Menu) -> None:
    said = heard(context)
    done = operations.sell(
        context, name="No such drink", quantity=Decimal(1), channel=Channel.TAKEAWAY
    )
    assert isinstance(done, InventoryError) and said == []


def test_an_adjustment_is_written_and_undone_by_a_compensating_movement(
    context: AppContext, bar: Bar
) -> None:
    before = on_hand(context.database, bar.gin)
    waste = operations.Adjustment("GIN-TANQ", Decimal(-2), Unit.CL, Reason.WASTE, note="  spilt  ")
    assert operations.adjust_stock(context, adjustment=waste) is None
    assert on_hand(context.database, bar.gin) == before - Decimal(20)
    [latest, *_] = queries.load_history(context.database, bar.gin)
    assert latest.note == "spilt" and latest.author == context.user
    said = heard(context)
    assert operations.undo_movement(context, movement_id=latest.movement_id) is None
    assert on_hand(context.database, bar.gin) == before
    assert said == [Change.STOCK | Change.SALES | Change.BOTTLES]


def test_the_settings_are_saved_all_or_none(context: AppContext) -> None:
    before = read_now(context.database, all_settings)
    said = heard(context)
    error = operations.save_settings(
        context, values={"vat_rate_pct": "10", "idle_lock_minutes": "a while"}
    )
    assert isinstance(error, InventoryError) and "idle_lock_minutes" in str(error)
    assert read_now(context.database, all_settings) == before and said == []


def test_a_backup_that_cannot_be_made_comes_back_as_a_message(demo_context: AppContext) -> None:
    demo_context.database.dispose()
    Path(demo_context.database.url.removeprefix("sqlite:///")).unlink()
    error = operations.back_up_now(demo_context)
    assert isinstance(error, InventoryError) and "no database file" in str(error)


def test_a_backup_is_written_and_restored_under_the_open_window(context: AppContext) -> None:
    made = operations.back_up_now(context)
    assert isinstance(made, Path) and made.is_file()
    assert operations.save_settings(context, values={"vat_rate_pct": "10"}) is None
    said = heard(context)
    restored = operations.restore_backup(context, source=made)
    assert not isinstance(restored, InventoryError), restored
    assert read_now(context.database, all_settings)["vat_rate_pct"] != "10"
    assert said == [Change.EVERYTHING]
