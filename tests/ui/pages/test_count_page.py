"""The Count page: one entry and Enter per item, scans jump, bad weights stay on their row."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import select

from inventory_app.db.engine import Database
from inventory_app.db.models import Count, CountLine
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.services.catalogue.items import save_item
from inventory_app.services.counts.report import CountReport
from inventory_app.ui import operations
from inventory_app.ui.context import AppContext
from inventory_app.ui.dialogs import count_dialogs
from inventory_app.ui.main_window import MainWindow
from inventory_app.ui.models.count_model import CountColumn
from inventory_app.ui.pages.count_page import CountPage
from tests.ui.conftest import Bar, on_hand

D = Decimal
# Walking order of the test bar: Angostura, Tanqueray, Campari, cups.
ANGOSTURA, GIN, CAMPARI, CUPS = range(4)


@pytest.fixture
def page(qtbot: Any, context: AppContext, bar: Bar) -> Iterator[CountPage]:
    with context.database.transaction() as s:
        save_item(
            s, ItemSpec(sku="GIN-TANQ", tare_g=D(540), full_g=D(1205), cost=D(21)), author="owner"
        )
    assert operations.start_count(context, locations=()) is None
    page = CountPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    yield page


def lines(db: Database) -> list[tuple[int, Decimal | None, Decimal | None]]:
    with db.sessions() as s:
        query = select(CountLine.item_id, CountLine.full, CountLine.counted)
        return sorted((i, f, c) for i, f, c in s.execute(query))


def shown(page: CountPage, row: int, column: CountColumn) -> str:
    return str(page.model.index(row, column).data())


def test_type_and_enter_saves_and_moves_to_the_next_item(
    qtbot: Any, page: CountPage, bar: Bar
) -> None:
    table = page.table
    assert (table.currentIndex().row(), table.currentIndex().column()) == (0, CountColumn.FULL)
    table.setFocus()
    qtbot.keyClicks(table, "2")
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "2"
    assert shown(page, ANGOSTURA, CountColumn.COUNTED) == "400 ml"  # live, before Enter
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.currentIndex().row() == GIN)
    assert table.currentIndex().column() == CountColumn.FULL
    assert lines(page._context.database) == [(bar.angostura, D(2), D(400))]
    assert shown(page, ANGOSTURA, CountColumn.STATUS) == "✓"
    assert "Under the counter <b>1/1</b>" in page.locations.text()
    assert page.progress_bar.value() == 1


def test_a_scanned_barcode_jumps_to_its_row(
    qtbot: Any, context: AppContext, bar: Bar, page: CountPage
) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show_page(window.count_page)
    window.on_scanned("8001234567890")
    count_table = window.count_page.table
    assert (count_table.currentIndex().row(), count_table.currentIndex().column()) == (
        CAMPARI, CountColumn.FULL
    )  # fmt: skip
    assert window.current_page() is window.count_page


def test_a_bad_weight_stays_on_its_row_with_the_reason(page: CountPage, bar: Bar) -> None:
    model = page.model
    assert model.setData(model.index(GIN, CountColumn.WEIGHT), "1380")
    assert shown(page, GIN, CountColumn.WEIGHT) == "1380"
    assert shown(page, GIN, CountColumn.STATUS) == (
        "⚠ 1,380 g is above the full weight of 1,205 g for Tanqueray: weigh again or enter tenths"
    )
    assert model.index(GIN, CountColumn.WEIGHT).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert lines(page._context.database) == [(bar.gin, None, None)]  # kept, counting nothing
    page.table.setCurrentIndex(model.index(GIN, CountColumn.WEIGHT))
    assert page.hint.text().startswith("⚠ 1,380 g is above the full weight")
    assert model.setData(model.index(GIN, CountColumn.WEIGHT), "905")
    assert shown(page, GIN, CountColumn.STATUS) == "✓"
    assert shown(page, GIN, CountColumn.COUNTED) == "384.2 ml"


def test_finalise_shows_a_summary(
    monkeypatch: pytest.MonkeyPatch, page: CountPage, context: AppContext, bar: Bar
) -> None:
    model = page.model
    model.setData(model.index(GIN, CountColumn.FULL), "1")
    model.setData(model.index(CUPS, CountColumn.QUANTITY), "100")
    summaries: list[CountReport] = []
    monkeypatch.setattr(count_dialogs, "confirm_finalise", lambda parent, state: True)
    monkeypatch.setattr(count_dialogs, "show_summary", lambda parent, r: summaries.append(r))
    page.finalise()
    [report] = summaries
    assert (report.totals.items, [v.sku for v in report.lines]) == (2, ["GIN-TANQ", "CUP-12"])
    assert on_hand(context.database, bar.gin) == D(700)
    with context.database.sessions() as s:
        assert s.scalars(select(Count.status)).all() == ["finalised"]
    assert page.title.text().startswith("No count open")
    assert not model.flags(model.index(GIN, CountColumn.FULL)) & Qt.ItemFlag.ItemIsEditable
    assert "Variance at cost: <b>-€21.00</b>" in count_dialogs.summary_html(report)


def test_the_count_model_keeps_qt_rules(qtmodeltester: Any, page: CountPage) -> None:
    page.model.setData(page.model.index(GIN, CountColumn.TENTHS), "12")
    qtmodeltester.check(page.model)
