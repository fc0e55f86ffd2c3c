"""ui/ledger_warning.py: the dialog that names the items whose kept totals left the ledger.

On a copy of the demo bar whose kept totals were pushed off their ledger sums with sqlite3;
the mismatches are the ledger check's own (services/ledger/check.py). The start-up flow,
the refused writes and the rebuild are driven in tests/ui/scenarios/test_ledger_check.py.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from inventory_app.db.engine import Database
from inventory_app.services.ledger.check import MAX_NAMED, Mismatch, find_mismatches
from inventory_app.ui.ledger_warning import TITLE, LedgerDialog


def drift(database: Database, items: int) -> list[Mismatch]:
    """The first `items` items' kept totals one stored unit above their ledger."""
    with sqlite3.connect(database.url.removeprefix("sqlite:///")) as conn:
        conn.execute(
            "UPDATE stock_levels SET on_hand = on_hand + 1"
            " WHERE item_id IN (SELECT id FROM items ORDER BY id LIMIT ?)",
            (items,),
        )
    conn.close()
    with database.reading() as session:
        return find_mismatches(session)


def test_an_owner_is_offered_the_rebuild(qtbot: Any, demo_db: Database) -> None:
    mismatches = drift(demo_db, 2)
    assert len(mismatches) == 2
    dialog = LedgerDialog(None, mismatches, may=True)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == TITLE
    for mismatch in mismatches:
        assert f"  {mismatch}" in dialog.text()
    assert not dialog.text().endswith("more")
    assert dialog.informativeText().endswith("Rebuild now?")
    assert dialog.rebuild_button is not None
    assert dialog.defaultButton() is dialog.rebuild_button
    assert not dialog.rebuild_chosen()
    dialog.show()
    dialog.rebuild_button.click()
    assert dialog.rebuild_chosen()


def test_a_bartender_is_told_who_may_and_many_items_are_cut_short(
    qtbot: Any, demo_db: Database
) -> None:
    mismatches = drift(demo_db, MAX_NAMED + 3)
    assert len(mismatches) == MAX_NAMED + 3
    dialog = LedgerDialog(None, mismatches, may=False)
    qtbot.addWidget(dialog)
    assert dialog.text().endswith("\n  and 3 more")
    assert str(mismatches[MAX_NAMED]) not in dialog.text()
    assert "Only an owner may rebuild" in dialog.informativeText()
    assert dialog.rebuild_button is None
    buttons = [b.text() for b in dialog.buttons()]
    assert buttons == ["Not now"]
    dialog.show()
    dialog.buttons()[0].click()
    assert not dialog.rebuild_chosen()


def test_the_dialog_in_italian(qtbot: Any, demo_db: Database, italian: None) -> None:
    mismatches = drift(demo_db, MAX_NAMED + 3)
    dialog = LedgerDialog(None, mismatches, may=False)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Le giacenze non tornano con il registro"
    assert dialog.text().startswith("La giacenza salvata di questi articoli non torna")
    more = len(mismatches) - MAX_NAMED
    assert dialog.text().endswith(f"\n  e altri {more}")
    assert "Solo il titolare può ricostruire" in dialog.informativeText()
    assert [b.text() for b in dialog.buttons()] == ["Non ora"]
