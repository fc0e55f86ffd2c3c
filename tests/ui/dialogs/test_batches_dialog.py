"""A flask's batches: the list with its states, the trace of the one picked, Discard…."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from inventory_app.domain.errors import InventoryError
from inventory_app.ui import operations
from inventory_app.ui.context import AppContext
from inventory_app.ui.dialogs.batches_dialog import BatchesDialog
from tests.ui.conftest import Menu


def test_the_batches_trace_and_discard(qtbot: Any, context: AppContext, menu: Menu) -> None:
    first = operations.make_prep(context, name="Negroni batch", batches=Decimal(1))
    second = operations.make_prep(context, name="Negroni batch", batches=Decimal(1))
    assert not isinstance(first, InventoryError) and not isinstance(second, InventoryError)
    dialog = BatchesDialog(None, context=context, sku=first.item_sku, title="Negroni",
                           select=first.batch_code.lower())  # fmt: skip
    qtbot.addWidget(dialog)
    assert [r.code for r in dialog.model.rows] == [second.batch_code, first.batch_code]
    current = dialog.current()
    assert current is not None and current.code == first.batch_code
    assert "Went into it" in dialog.trace.toPlainText()
    QTimer.singleShot(50, lambda: _answer_yes())
    dialog.discard()
    current = dialog.current()
    assert current is not None and current.code == first.batch_code  # kept across the reload
    assert current.remaining == 0 and current.state.value == "empty"
    assert not dialog.discard_button.isEnabled()
    assert "waste" in dialog.trace.toPlainText()


def _answer_yes() -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()
