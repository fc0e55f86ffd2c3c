"""A bottle's batches: oldest first, kept selected across a reload, Enter opens the trace."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import select

from inventory_app.db.engine import Database
from inventory_app.db.models import Bottle
from inventory_app.domain.errors import InventoryError
from inventory_app.services.imports.recipes import import_recipes
from inventory_app.ui import batch_operations, operations
from inventory_app.ui.context import AppContext, Changes
from inventory_app.ui.dialogs.bottle_batches_dialog import BottleBatchesDialog
from inventory_app.ui.opening_reads import load_role
from tests.ui.scenarios.conftest import DEMO_OWNER
from tests.ui.scenarios.test_batch_traceability import RINSE
from tests.ui.scenarios.test_batches import batch_dialogs


def test_the_batches_a_bottle_went_into(qtbot: Any, demo_db: Database, tmp_path: Path) -> None:
    recipes = tmp_path / "rinse.csv"
    recipes.write_text(RINSE, encoding="utf-8")
    with demo_db.transaction() as session:
        import_recipes(session, recipes, author=DEMO_OWNER)
    context = AppContext(database=demo_db, user=DEMO_OWNER, changes=Changes(),
                         role=load_role(demo_db, DEMO_OWNER))  # fmt: skip
    made = [operations.make_prep(context, name="Macallan rinse", batches=Decimal(1))
            for _ in range(2)]  # fmt: skip
    codes = [m.batch_code for m in made if not isinstance(m, InventoryError)]
    assert len(codes) == 2
    with demo_db.reading() as session:
        bottle = session.scalars(
            select(Bottle.id).where(Bottle.state == "open", Bottle.label.like("Macallan%"))
        ).one()  # fmt: skip
    dialog = BottleBatchesDialog(None, context=context, bottle_id=bottle, title="#3")
    qtbot.addWidget(dialog)
    dialog.show()
    assert [r.code for r in dialog.model.rows] == codes  # oldest first
    assert dialog.summary.text() == "It went into 2 batches"
    dialog.table.selectRow(1)
    assert batch_operations.discard(context, codes[0]) is not None  # a stock change: reload
    current = dialog.current()
    assert current is not None and current.code == codes[1]  # kept across the reload
    assert dialog.model.rows[0].remaining == 0 and dialog.model.rows[0].state.value == "empty"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    opened = batch_dialogs()
    assert len(opened) == 1
    chosen = opened[0].current()
    assert chosen is not None and chosen.code == codes[1]
    opened[0].close()
    assert dialog.isVisible()  # Enter opened the batch; it did not close the list
