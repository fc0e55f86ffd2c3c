"""The History page: every filter, the date order, lazy pages, export, undo and its refusals."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import insert

from inventory_app.db.engine import Database
from inventory_app.db.models import AuditEntry, Movement
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.local_day import local_day_start
from inventory_app.services.ledger import movements as stock
from inventory_app.services.settings import get_setting, set_setting
from inventory_app.services.views.timeline import Sort
from inventory_app.ui.context import AppContext, Changes
from inventory_app.ui.models.timeline_model import TimelineColumn
from inventory_app.ui.pages.history_page import HistoryPage
from tests.ui.conftest import Bar

D = Decimal
SATURDAY = date(2026, 11, 21)
Col = TimelineColumn


@dataclass(frozen=True)
class Evening:
    sale: int  # bob's Campari sale
    change: int  # the owner's note on the gin


@pytest.fixture
def evening(db: Database, bar: Bar) -> Evening:
    """Saturday: Campari opened by ann, bob, then ann; bob sells; the owner notes the gin."""
    start = local_day_start(SATURDAY) + timedelta(hours=18)
    with db.transaction() as s:
        for hour, who in enumerate(("ann", "bob", "ann")):
            stock.record_movement(
                s, bar.campari, D(0), Reason.OPEN, author=who, at=start + timedelta(hours=hour)
            )
        sale = stock.record_movement(
            s, bar.campari, D(-30), Reason.SALE, author="bob", note="Negroni",
            at=start + timedelta(hours=4),
        )  # fmt: skip
        entry = AuditEntry(
            at=start + timedelta(hours=5), author="owner", entity="setting", entity_id="vat",
            label="VAT rate", action="update", before=json.dumps({"value": "22"}),
            after=json.dumps({"value": "10"}), note="",
        )  # fmt: skip
        s.add(entry)
        s.flush()
    return Evening(sale=sale, change=entry.id)


@pytest.fixture
def page(qtbot: Any, context: AppContext, evening: Evening) -> Iterator[HistoryPage]:
    page = HistoryPage(context)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    with qtbot.waitSignals([page.choices_shown, page.counted]):  # read in the background
        page.show()
    yield page


def shown(page: HistoryPage, *columns: Col) -> list[tuple[str, ...]]:
    model = page.model
    return [tuple(model.index(r, c).data() for c in columns) for r in range(model.rowCount())]


def test_the_campari_question(qtbot: Any, page: HistoryPage, bar: Bar) -> None:
    """Who opened the third bottle of Campari on Saturday, and who sold it?"""
    page.filters.choose(page.filters.item, bar.campari)
    page.filters.set_days(SATURDAY, SATURDAY)
    page.table.horizontalHeader().setSortIndicator(Col.WHEN, Qt.SortOrder.AscendingOrder)
    assert shown(page, Col.REASON, Col.PERSON, Col.CHANGE) == [
        ("open", "ann", "0 ml"), ("open", "bob", "0 ml"), ("open", "ann", "0 ml"),
        ("sale", "bob", "-30 ml"),
    ]  # fmt: skip
    qtbot.waitUntil(lambda: page.count_label.text() == "4 lines")  # counted in the background


@pytest.mark.parametrize(
    ("choose", "expected", "only"),
    [
        (lambda f, bar: f.choose(f.person, "bob"), {("open", "bob"), ("sale", "bob")}, True),
        (lambda f, bar: f.choose(f.reason, "sale"), {("sale", "bob")}, True),
        (lambda f, bar: f.choose(f.kind, "change:setting"), {("update", "owner")}, True),
        (lambda f, bar: f.search.setText("negroni") or f.flush_search(), {("sale", "bob")}, True),
        (lambda f, bar: f.set_days(SATURDAY + timedelta(1), SATURDAY + timedelta(1)), set(), True),
        # the catalogue's own changes come along (created by the owner): a subset
        (lambda f, bar: f.choose(f.kind, "change"), {("update", "owner")}, False),
        (lambda f, bar: f.choose(f.item, bar.gin), {("receive", "owner")}, False),
    ],
    ids=["person", "reason", "entity", "search", "dates", "kind", "item"],
)
def test_each_filter(
    qtbot: Any, page: HistoryPage, bar: Bar, choose: Any, expected: set, only: bool
) -> None:
    everything = page.model.rowCount()
    choose(page.filters, bar)
    qtbot.waitUntil(lambda: not page.searching)  # a search reads its page in the background
    got = set(shown(page, Col.REASON, Col.PERSON))
    assert got == expected if only else expected <= got
    assert page.model.rowCount() < everything


def test_kind_keeps_stock_and_changes_apart(page: HistoryPage) -> None:
    page.filters.choose(page.filters.kind, "movement")
    assert {k for (k,) in shown(page, Col.KIND)} == {"stock"}
    page.filters.choose(page.filters.kind, "change")
    assert "stock" not in {k for (k,) in shown(page, Col.KIND)}


def test_search_waits_for_a_pause_in_typing(qtbot: Any, page: HistoryPage) -> None:
    qtbot.keyClicks(page.filters.search, "Negroni")
    assert page.model.rowCount() > 1  # no query per key
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)


def test_a_search_reads_its_first_page_off_the_ui_thread(qtbot: Any, page: HistoryPage) -> None:
    """The window never freezes on a LIKE over the whole ledger; a newer question wins."""
    page.filters.search.setText("campari")
    page.filters.flush_search()
    assert page.searching and page.model.rowCount() == 0  # asked, not yet read
    page.filters.search.setText("negroni")  # typed on before the first answer came
    with qtbot.waitSignal(page.searched):
        page.filters.flush_search()
    qtbot.wait(50)  # the "campari" page, if it came late, would land here
    assert [r for (r,) in shown(page, Col.REASON)] == ["sale"]
    assert not page.searching
    page.filters.search.setText("")
    page.filters.flush_search()
    assert not page.searching and page.model.rowCount() > 1  # no search: read at once


def test_item_picker_completes_on_part_of_the_name(qtbot: Any, page: HistoryPage) -> None:
    completer = page.filters.item.completer()
    assert completer is not None
    completer.setCompletionPrefix("camp")
    assert completer.currentCompletion() == "Campari (CAMP-1L)"


def test_clicking_the_date_header_turns_the_order(qtbot: Any, page: HistoryPage) -> None:
    first = page.model.row_at(0).at
    header = page.table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionPosition(0) + 10, 8)
    )
    at = [page.model.row_at(r).at for r in range(page.model.rowCount())]
    assert at == sorted(at) and at[-1] == first


def test_a_column_the_database_cannot_sort_keeps_the_date(page: HistoryPage) -> None:
    page.table.horizontalHeader().setSortIndicator(Col.NOTE, Qt.SortOrder.AscendingOrder)
    assert page.table.horizontalHeader().sortIndicatorSection() == Col.WHEN


def test_rows_arrive_a_page_at_a_time(
    qtbot: Any, db: Database, bar: Bar, page: HistoryPage
) -> None:
    rows = [
        {"item_id": bar.cups, "delta": D(0), "reason": "correction", "author": "ann",
         "reference": f"r{n}", "note": "", "at": local_day_start(SATURDAY)}
        for n in range(3000)
    ]  # fmt: skip
    before = page.count_label.text()
    with db.transaction() as s:
        s.execute(insert(Movement), rows)
    page.refresh()
    assert page.model.rowCount() == 200
    assert page.model.canFetchMore()
    page.model.fetchMore()
    assert page.model.rowCount() == 400
    page.jump_to_end()
    total = int(before.split()[0]) + 3000
    assert page.model.rowCount() == total and not page.model.canFetchMore()
    assert page.count_label.text() == f"{total:,} lines"


def test_model_passes_the_qt_model_tester(qtmodeltester: Any, page: HistoryPage) -> None:
    qtmodeltester.check(page.model)


def test_export_writes_the_filtered_lines(qtbot: Any, page: HistoryPage, tmp_path: Path) -> None:
    page.filters.choose(page.filters.person, "bob")
    path = tmp_path / "bob.xlsx"
    page.export(path)
    assert page.export_worker is not None
    with qtbot.waitSignal(page.export_worker.finished, timeout=10_000):
        pass
    sheet = load_workbook(path).active
    assert sheet is not None
    lines = [(row[2], row[6]) for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert lines == [("bob", "sale"), ("bob", "open")]


def select_line(page: HistoryPage, reason: str) -> None:
    rows = [page.model.row_at(r).reason for r in range(page.model.rowCount())]
    page.table.selectRow(rows.index(reason))


def test_undo_a_movement_greys_it(page: HistoryPage, db: Database, bar: Bar) -> None:
    page.filters.choose(page.filters.reason, "sale")
    select_line(page, "sale")
    assert page.actions_by_name["undo"].isEnabled()
    page.actions_by_name["undo"].trigger()
    assert not page.message.isVisible()
    page.filters.choose(page.filters.reason, None)
    sale = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).reason == "sale")
    assert page.model.index(sale, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
    with db.reading() as s:
        assert stock.on_hand(s, bar.campari) == D(1000)
    select_line(page, "undo")
    assert not page.actions_by_name["undo"].isEnabled()  # an undo is not undone


def test_a_refused_undo_shows_the_services_message(
    qtbot: Any, db: Database, evening: Evening
) -> None:
    bartender = AppContext(database=db, user="ann", changes=Changes())
    page = HistoryPage(bartender)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.choices_shown):
        page.show()
    page.filters.choose(page.filters.reason, "sale")
    select_line(page, "sale")  # bob's sale: not ann's to undo
    page.actions_by_name["undo"].trigger()
    assert page.message.isVisible() and page.message.text()
    assert not page.model.row_at(0).undone


def test_undo_a_change_puts_the_value_back(page: HistoryPage, db: Database) -> None:
    with db.transaction() as s:
        set_setting(s, "oxidation_months", "6", author="owner")
    page.refresh()
    page.filters.choose(page.filters.kind, "change:setting")
    rows = [page.model.row_at(r) for r in range(page.model.rowCount())]
    page.table.selectRow(next(n for n, r in enumerate(rows) if r.what == "oxidation_months"))
    page.actions_by_name["undo"].trigger()
    assert not page.message.isVisible(), page.message.text()
    with db.reading() as s:
        assert get_setting(s, "oxidation_months") == "12"
    top = page.model.row_at(0)
    assert top.is_undo and top.what == "oxidation_months"
    assert page.model.row_at(1).undone


def test_sort_by_person_when_few_enough(page: HistoryPage) -> None:
    page.table.horizontalHeader().setSortIndicator(Col.PERSON, Qt.SortOrder.AscendingOrder)
    people = [page.model.row_at(r).author for r in range(page.model.rowCount())]
    assert people == sorted(people) and page.model.query[1] == Sort.AUTHOR


def test_too_many_lines_keep_the_date_order(
    qtbot: Any, page: HistoryPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("inventory_app.ui.pages.history_page.SORT_LIMIT", 3)
    with qtbot.waitSignal(page.status_message) as said:
        page.table.horizontalHeader().setSortIndicator(Col.PERSON, Qt.SortOrder.AscendingOrder)
    assert "filter them first to sort by Person" in said.args[0]
    assert page.model.query[1] == Sort.AT
    assert page.table.horizontalHeader().sortIndicatorSection() == Col.WHEN


def test_the_count_follows_in_the_background(qtbot: Any, page: HistoryPage) -> None:
    """The first page is shown at once; its count arrives after; an older count is dropped."""
    everything = page.count_label.text()
    page.filters.choose(page.filters.person, "bob")
    assert page.count_label.text() == "…" and page.model.rowCount() == 2
    page.filters.choose(page.filters.person, "owner")  # before bob's count arrived
    owners = page.model.rowCount()
    assert owners not in (0, 2) and not page.model.canFetchMore()
    with qtbot.waitSignal(page.counted):
        pass
    assert page.count_label.text() == f"{owners} lines"
    qtbot.wait(50)  # bob's count, if it arrives now, belongs to an older question
    assert page.count_label.text() == f"{owners} lines" and page.total() == owners
    page.filters.choose(page.filters.person, None)
    assert page.total() == int(everything.split()[0])  # asked before it arrived: counted now
    assert page.count_label.text() == everything
