"""Issue 20's traceability and chosen batches in the window: from a bottle on the Bottles
page, the batches it went into (and on to a batch's trace); in the Adjust dialog, waste
taken from a chosen batch of a flask rather than the oldest."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import select

from inventory_app.db.engine import Database
from inventory_app.db.models import Movement, PrepBatch
from inventory_app.domain.bottle_states import BottleState
from inventory_app.domain.errors import InventoryError
from inventory_app.services.imports.recipes import import_recipes
from inventory_app.ui import operations
from inventory_app.ui.dialogs.adjust_dialog import AdjustDialog
from inventory_app.ui.dialogs.bottle_batches_dialog import BottleBatchesDialog
from inventory_app.ui.main_window import MainWindow
from tests.ui.scenarios.conftest import DEMO_OWNER, go_to
from tests.ui.scenarios.test_batches import batch_dialogs

RINSE = (
    "recipe,kind,price,pos_name,ingredient,quantity,unit,channel,yield_sku,yield_quantity,notes\n"
    "Macallan rinse,prep,,,WHI-MAC18,50,ml,,FLK-DEMER,50,\n"
)


def bottle_batch_dialogs() -> list[BottleBatchesDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, BottleBatchesDialog) and w.isVisible()]  # fmt: skip


def test_a_bottle_shows_the_batches_it_went_into(
    open_main_window: Callable[..., MainWindow], qtbot: Any, demo_db: Database, tmp_path: Path
) -> None:
    """No demo prep uses a serial bottle: a rinse syrup poured from the open Macallan 18 is
    imported and made; its bottle's Batches… lists that batch, and Enter opens its trace."""
    recipes = tmp_path / "rinse.csv"
    recipes.write_text(RINSE, encoding="utf-8")
    with demo_db.transaction() as session:
        import_recipes(session, recipes, author=DEMO_OWNER)
    window = open_main_window()
    made = operations.make_prep(window.context, name="Macallan rinse", batches=Decimal(1))
    assert not isinstance(made, InventoryError)
    page = go_to(qtbot, window, "Bottles")
    row = next(n for n, r in enumerate(page.model.rows)
               if r.sku == "WHI-MAC18" and r.state is BottleState.OPEN)  # fmt: skip
    rect = page.table.visualRect(page.model.index(row, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.batches_button.isEnabled()
    qtbot.mouseClick(page.batches_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(bottle_batch_dialogs()) == 1)
    dialog = bottle_batch_dialogs()[0]
    assert [(r.code, r.name, r.made_by) for r in dialog.model.rows] == [
        (made.batch_code, "Rich demerara syrup 2:1", DEMO_OWNER)
    ]
    shown = [dialog.model.index(0, c).data() for c in range(dialog.model.columnCount())]
    assert shown[0] == made.batch_code and shown[1] == "Rich demerara syrup 2:1"
    assert dialog.summary.text() == "It went into 1 batch"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter on the batch opens its trace
    qtbot.waitUntil(lambda: len(batch_dialogs()) == 1)
    trace = batch_dialogs()[0]
    current = trace.current()
    assert current is not None and current.code == made.batch_code
    assert "50 ml Macallan 18 Sherry Oak [" in trace.trace.toPlainText()
    assert dialog.isVisible()  # Enter opened the batch; it did not close the list
    trace.close()
    dialog.close()


def test_a_sealed_bottle_went_into_no_batch(
    open_main_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = open_main_window()
    page = go_to(qtbot, window, "Bottles")
    page.table.selectRow(0)
    dialog = page.show_batches()
    assert dialog is not None
    assert dialog.model.rows == []
    assert dialog.summary.text() == "It went into no house-prep batch"
    assert not dialog.open_button.isEnabled()
    dialog.close()


def remaining(database: Database) -> dict[str, Decimal]:
    with database.reading() as session:
        return {b.code: b.remaining for b in session.scalars(
            select(PrepBatch).where(PrepBatch.code.like("ORG-%")))}  # fmt: skip


def test_waste_from_a_chosen_batch_draws_from_that_batch_only(
    open_main_window: Callable[..., MainWindow], qtbot: Any, demo_db: Database
) -> None:
    """House orgeat has its opening batch (the oldest) and one made now: 100 ml wasted from
    the new one, chosen in the Adjust dialog by keys, leaves the opening batch whole."""
    window = open_main_window(user="giulia")
    made = operations.make_prep(window.context, name="House orgeat", batches=Decimal(1))
    assert not isinstance(made, InventoryError)
    before = remaining(demo_db)
    assert set(before) == {"ORG-OPEN-1", made.batch_code}
    page = window.stock_page
    window.show_page(page)
    orgeat = next(row for row in page.model.rows if row.sku == "FLK-ORGEAT")
    page.select_item(orgeat.item_id)
    seen: list[list[str]] = []

    def waste_from_the_new_batch() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AdjustDialog)
        try:
            choose_and_waste(dialog)
        finally:  # a failure here must not leave the modal dialog open (the test would hang)
            if dialog.isVisible():
                dialog.reject()

    def choose_and_waste(dialog: AdjustDialog) -> None:
        seen.append([dialog.batch.itemData(n) for n in range(dialog.batch.count())])
        assert dialog.batch.currentText() == "Oldest first"
        dialog.reason.setCurrentIndex(dialog.reason.findData("waste"))
        qtbot.keyClicks(dialog.quantity, "-100 ml")
        dialog.batch.setFocus()
        qtbot.keyClick(dialog.batch, Qt.Key.Key_Down)  # the opening batch
        qtbot.keyClick(dialog.batch, Qt.Key.Key_Down)  # the one made now
        assert dialog.batch.currentText().startswith(made.batch_code + " · made ")
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, waste_from_the_new_batch)
    page.actions_by_name["adjust"].trigger()  # Item › Adjust stock… (Ctrl+J)
    assert seen == [[None, "ORG-OPEN-1", made.batch_code]]  # oldest first
    with demo_db.reading() as session:
        last = session.scalars(select(Movement).order_by(Movement.id.desc()).limit(1)).one()
        chosen = session.scalars(select(PrepBatch).where(PrepBatch.code == made.batch_code)).one()
        assert (last.reason, last.delta, last.batch_id, last.author) == (
            "waste",
            Decimal(-100),
            chosen.id,
            "giulia",
        )
    assert remaining(demo_db) == {
        "ORG-OPEN-1": before["ORG-OPEN-1"],
        made.batch_code: before[made.batch_code] - 100,
    }
