"""The Openings page: a barcode typed in, Open, Finish, Undo; the log shows each."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from inventory_app.db.engine import Database
from inventory_app.db.models import Bottle
from inventory_app.domain.catalogue import Tracking
from inventory_app.services.bottles.containers import add_bottle
from inventory_app.ui.context import AppContext
from inventory_app.ui.pages.openings_page import OpeningsPage
from tests.conftest import AUTHOR, make_item
from tests.ui.conftest import Bar

Click = Qt.MouseButton.LeftButton


@pytest.fixture
def page(qtbot: Any, context: AppContext, bar: Bar) -> Iterator[OpeningsPage]:
    with context.database.transaction() as s:
        make_item(s, "WHI-SPR21", name="Springbank 21", tracking=Tracking.SERIAL)
        add_bottle(s, "WHI-SPR21", label="Cask 412", author=AUTHOR, barcode="SPR-0118")
    page = OpeningsPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    yield page


def log_lines(page: OpeningsPage) -> list[list[str]]:
    model = page.log_model
    return [[model.cell_text(row, c) for c in (1, 2, 3)] for row in model.rows]


def test_a_barcode_typed_in_then_open(qtbot: Any, page: OpeningsPage) -> None:
    qtbot.keyClicks(page.search, "8000000000017")  # Tanqueray's barcode
    assert [page.matches.item(i).text() for i in range(page.matches.count())] == [
        "Tanqueray (GIN-TANQ) — 0 open"
    ]
    assert not page.finish_button.isEnabled()
    qtbot.mouseClick(page.open_button, Click)
    assert page.feedback.text() == "✓  Opened Tanqueray — 1 open now"
    assert log_lines(page) == [["Tanqueray", "opened", AUTHOR]]
    assert page.matches.item(0).text() == "Tanqueray (GIN-TANQ) — 1 open"
    qtbot.mouseClick(page.finish_button, Click)
    assert log_lines(page) == [["Tanqueray", "finished", AUTHOR], ["Tanqueray", "opened", AUTHOR]]


def test_a_bottle_scanned_opens_that_bottle_and_undo_seals_it(
    qtbot: Any, page: OpeningsPage, db: Database
) -> None:
    assert page.take_scan("SPR-0118")
    assert page.matches.item(0).text() == "#1 Cask 412 (WHI-SPR21) — sealed, 700 ml left"
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # one match: Enter opens it
    assert log_lines(page) == [["#1 Cask 412", "opened", AUTHOR]]
    page.log.selectRow(0)
    assert page.undo_button.isEnabled()
    qtbot.mouseClick(page.undo_button, Click)
    assert page.feedback.text() == "✓  Undone: opened #1 Cask 412"
    with db.sessions() as s:
        assert s.get_one(Bottle, 1).state == "sealed"
    font = page.log_model.index(0, 1).data(Qt.ItemDataRole.FontRole)
    assert font.strikeOut()


def test_a_refusal_is_shown_not_raised(qtbot: Any, page: OpeningsPage) -> None:
    page.take_scan("#1")
    qtbot.mouseClick(page.open_button, Click)
    page.refresh()
    page.open_selected()  # the button is off now, the action still answers clearly
    assert page.feedback.text() == "⚠  Not done: #1 Cask 412 is already open"
