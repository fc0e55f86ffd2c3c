"""ui/dialogs/count_dialogs.py: which locations to count, the question before finalising,
the refusals, and the summary of what finalising found (on the test bar's file)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from inventory_app.domain.item_rules import ItemSpec
from inventory_app.services.catalogue.items import save_item
from inventory_app.ui import operations, queries
from inventory_app.ui.context import AppContext
from inventory_app.ui.dialogs import count_dialogs
from inventory_app.ui.dialogs.count_dialogs import StartCountDialog
from tests.ui.conftest import Bar

D = Decimal
LOCATIONS = ["Under the counter", "Back bar", "Fridge", "Store"]


def answer(monkeypatch: pytest.MonkeyPatch, kind: str, reply: object = None) -> list[str]:
    """QMessageBox.<kind> answers `reply` at once; the texts it was shown come back."""
    shown: list[str] = []

    def box(_parent: object, _title: str, text: str, *_rest: object) -> object:
        shown.append(text)
        return reply

    monkeypatch.setattr(QMessageBox, kind, box)
    return shown


def modal() -> StartCountDialog:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, StartCountDialog)
    return dialog


def test_every_location_ticked_is_the_whole_bar(qtbot: Any) -> None:
    dialog = StartCountDialog(None, locations=LOCATIONS)
    qtbot.addWidget(dialog)
    assert dialog.chosen() == ()
    dialog.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.list.item(3).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.chosen() == ("Back bar", "Fridge")


def test_ask_gives_the_locations_or_none_when_cancelled(qtbot: Any) -> None:
    def untick_and_start() -> None:
        dialog = modal()
        dialog.list.item(1).setCheckState(Qt.CheckState.Unchecked)
        dialog.accept()

    QTimer.singleShot(0, untick_and_start)
    assert StartCountDialog.ask(None, locations=LOCATIONS) == (
        "Under the counter", "Fridge", "Store",
    )  # fmt: skip
    QTimer.singleShot(0, lambda: modal().reject())
    assert StartCountDialog.ask(None, locations=LOCATIONS) is None
    QTimer.singleShot(0, lambda: modal().accept())
    assert StartCountDialog.ask(None, locations=[]) == ()  # a bar without locations


def test_finalising_asks_first_and_names_what_is_left(
    monkeypatch: pytest.MonkeyPatch, context: AppContext, bar: Bar
) -> None:
    assert operations.start_count(context, locations=()) is None
    counted = operations.set_count_line(
        context, item_id=bar.gin, sku="GIN-TANQ", texts={"full": "1"}
    )
    assert not isinstance(counted, Exception)
    state = queries.load_count_state(context.database)
    asked = answer(monkeypatch, "question", QMessageBox.StandardButton.Yes)
    assert count_dialogs.confirm_finalise(None, state)
    assert asked[0].startswith(f"Finalise count {state.count_id}? 1 of 4 items are counted")
    assert asked[0].endswith("3 items not counted keep their stock as it is.")
    answer(monkeypatch, "question", QMessageBox.StandardButton.No)
    assert not count_dialogs.confirm_finalise(None, state)


def test_refused_entries_are_named_in_the_warning(
    monkeypatch: pytest.MonkeyPatch, context: AppContext, bar: Bar
) -> None:
    with context.database.transaction() as s:
        save_item(s, ItemSpec(sku="GIN-TANQ", tare_g=D(540), full_g=D(1205)), author="owner")
    assert operations.start_count(context, locations=()) is None
    refused = operations.set_count_line(
        context, item_id=bar.gin, sku="GIN-TANQ", texts={"weight_g": "1380"}
    )
    assert not isinstance(refused, Exception) and refused.refused
    warned = answer(monkeypatch, "warning")
    count_dialogs.show_refused(None, queries.load_count_state(context.database))
    [text] = warned
    assert text[0].isupper() and "GIN-TANQ" in text and "1,380 g" in text


def test_the_summary_gives_the_variance_and_the_worst_items(context: AppContext, bar: Bar) -> None:
    with context.database.transaction() as s:
        spec = ItemSpec(sku="GIN-TANQ", name="Tanqueray <London>", cost=D(21))
        save_item(s, spec, author="owner")
    assert operations.start_count(context, locations=("Back bar",)) is None
    operations.set_count_line(context, item_id=bar.gin, sku="GIN-TANQ", texts={"full": "1"})
    report = operations.finalise_count(context)
    assert not isinstance(report, Exception), report
    html = count_dialogs.summary_html(report)
    assert "<p><b>1</b> items counted.</p>" in html
    assert "Variance at cost: <b>-€21.00</b> (losses -€21.00)." in html
    assert "<b>Worst items</b>" in html and "Tanqueray &lt;London&gt;" in html


def test_in_italian_the_question_and_the_summary_read_as_an_italian_bar_says_them(
    italian: None, monkeypatch: pytest.MonkeyPatch, context: AppContext, bar: Bar
) -> None:
    with context.database.transaction() as s:
        spec = ItemSpec(sku="GIN-TANQ", name="Tanqueray", cost=D("1234.5"))
        save_item(s, spec, author="owner")
    assert operations.start_count(context, locations=()) is None
    operations.set_count_line(context, item_id=bar.gin, sku="GIN-TANQ", texts={"full": "1"})
    state = queries.load_count_state(context.database)
    asked = answer(monkeypatch, "question", QMessageBox.StandardButton.Yes)
    assert count_dialogs.confirm_finalise(None, state)
    assert asked[0].startswith(f"Chiudi la conta {state.count_id}? Articoli contati: 1 su 4;")
    assert asked[0].endswith("Articoli non contati: 3; la loro giacenza resta com'è.")
    report = operations.finalise_count(context)
    assert not isinstance(report, Exception), report
    html = count_dialogs.summary_html(report)
    assert "<p>Articoli contati: <b>1</b>.</p>" in html
    assert "Scostamento al costo: <b>-1.234,50\u00a0€</b> (perdite -1.234,50\u00a0€)." in html
    assert "<b>Articoli peggiori</b>" in html and "<td>Tanqueray</td>" in html


def test_in_italian_the_start_dialog_names_its_buttons(italian: None, qtbot: Any) -> None:
    dialog = StartCountDialog(None, locations=LOCATIONS)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Inizia una conta"
    buttons = sorted(b.text() for b in dialog.findChildren(QPushButton))
    assert buttons == ["Annulla", "Inizia la conta"]
