"""ui/dialogs/make_dialog.py: batches made, a bad number refused, shortages shown (moved
from tests/ui/pages/test_recipes_page.py)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from inventory_app.ui import operations
from inventory_app.ui.context import AppContext
from inventory_app.ui.dialogs.make_dialog import MakeDialog
from tests.ui.conftest import Bar, Menu, on_hand

D = Decimal


def test_make_dialog_makes_a_prep(qtbot: Any, context: AppContext, menu: Menu, bar: Bar) -> None:
    dialog = MakeDialog(
        None, recipe="Negroni batch", makes="600 ml FL-NEG",
        make=lambda b: operations.make_prep(context, name="Negroni batch", batches=b),
    )  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.batches.setText("abc")
    dialog.make()
    assert dialog.made is None and dialog.message.isVisibleTo(dialog)
    dialog.batches.setText("2")
    dialog.make()
    assert dialog.made is not None
    assert on_hand(context.database, menu.batch_flask) == D(1200)
    assert on_hand(context.database, bar.campari) == D(400)
    assert dialog.outcome.text().startswith("Made 2 × Negroni batch: +1,200 ml FL-NEG")
    assert "Tanqueray is now at −" not in dialog.warning.text()
    dialog.reject()


def test_make_reports_shortages(qtbot: Any, context: AppContext, menu: Menu) -> None:
    dialog = MakeDialog(
        None, recipe="Negroni batch", makes="600 ml FL-NEG",
        make=lambda b: operations.make_prep(context, name="Negroni batch", batches=b),
    )  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.batches.setText("5")
    dialog.make()
    assert "Tanqueray is now at −100 ml" in dialog.warning.text()
    assert "Campari is now at −500 ml" in dialog.warning.text()
