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


def test_once_made_the_label_is_offered_and_saved(
    qtbot: Any, context: AppContext, menu: Menu, tmp_path: Any
) -> None:
    """The batch's code is in the result; Print label… hands it, and roll or sheet, over."""
    asked: list[tuple[str, bool]] = []

    def print_label(_parent: object, code: str, sheet: bool) -> Any:
        asked.append((code, sheet))
        return tmp_path / "label.pdf"

    dialog = MakeDialog(
        None, recipe="Negroni batch", makes="600 ml FL-NEG",
        make=lambda b: operations.make_prep(context, name="Negroni batch", batches=b),
        print_label=print_label,
    )  # fmt: skip
    qtbot.addWidget(dialog)
    assert not dialog.label_row.isVisibleTo(dialog)
    dialog.make()
    assert dialog.made is not None
    code = dialog.made.batch_code
    assert f"Batch {code}" in dialog.outcome.text()
    assert dialog.label_row.isVisibleTo(dialog)
    dialog.label_kind.setCurrentIndex(1)
    dialog.print_label()
    assert asked == [(code, True)]
    assert dialog.label_saved.text() == f"Label saved: {tmp_path / 'label.pdf'}"
    dialog.reject()
