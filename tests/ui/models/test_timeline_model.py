"""ui/models/timeline_model.py: the History table, read a page at a time as the view scrolls.

The pages come from `queries.load_timeline` on a copy of the demo bar (four weeks of sales,
thousands of lines); each read is recorded, so the tests see what the model asked for.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont

from inventory_app.db.engine import Database
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.units import Unit
from inventory_app.services.views.timeline_rows import Sort, TimelineFilter, TimelineRow
from inventory_app.ui import operations, queries
from inventory_app.ui.context import AppContext
from inventory_app.ui.models.timeline_model import TimelineColumn, TimelineModel, can_undo
from tests.ui.conftest import Bar

Role = Qt.ItemDataRole
Asked = tuple[TimelineFilter, Sort, bool, TimelineRow | None, int]


class Reader:
    """The page loader the History page hands the model, with every question kept."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.asked: list[Asked] = []

    def __call__(
        self, where: TimelineFilter, sort: Sort, descending: bool, after: TimelineRow | None,
        limit: int,
    ) -> list[TimelineRow]:  # fmt: skip
        self.asked.append((where, sort, descending, after, limit))
        return queries.load_timeline(
            self.database, where, sort=sort, descending=descending, after=after, limit=limit
        )


@pytest.fixture
def reader(demo_db: Database) -> Reader:
    return Reader(demo_db)


def test_rows_arrive_a_page_at_a_time_until_a_short_page(
    qtmodeltester: Any, qtbot: Any, reader: Reader
) -> None:
    model = TimelineModel(reader)
    model.page_size = 200
    model.set_query(TimelineFilter())
    assert model.rowCount() == 200 and model.canFetchMore()
    assert reader.asked[-1][3] is None  # the first page starts at the top
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.fetchMore()
    assert inserted.args[1:] == [200, 399] and model.rowCount() == 400
    assert reader.asked[-1][3] == model.row_at(199)  # after the last row shown
    total = queries.count_timeline(reader.database, TimelineFilter())
    model.fetch_rest(total)
    assert model.rowCount() == total and not model.canFetchMore()
    asked = len(reader.asked)
    model.fetchMore()
    assert len(reader.asked) == asked  # nothing more to ask
    ats = [model.row_at(n).at for n in range(model.rowCount())]
    assert ats == sorted(ats, reverse=True)
    model.page_size = 50
    model.set_query(TimelineFilter())
    qtmodeltester.check(model)


def test_a_header_click_asks_the_database_again_for_the_columns_it_can_sort(
    reader: Reader,
) -> None:
    model = TimelineModel(reader)
    model.page_size = 100
    model.set_query(TimelineFilter())
    model.sort(TimelineColumn.WHEN, Qt.SortOrder.AscendingOrder)
    assert reader.asked[-1][1:3] == (Sort.AT, False) and model.query[1:] == (Sort.AT, False)
    ats = [model.row_at(n).at for n in range(model.rowCount())]
    assert ats == sorted(ats)
    model.sort(TimelineColumn.PERSON, Qt.SortOrder.DescendingOrder)
    assert model.query[1:] == (Sort.AUTHOR, True)
    asked = len(reader.asked)
    model.sort(TimelineColumn.KIND, Qt.SortOrder.AscendingOrder)
    assert len(reader.asked) == asked and model.query[1:] == (Sort.AUTHOR, True)
    header = model.headerData
    assert header(TimelineColumn.KIND, Qt.Orientation.Horizontal) == "Kind"
    tip = "Sort by When, Person, What or Reason"
    assert header(TimelineColumn.KIND, Qt.Orientation.Horizontal, Role.ToolTipRole) == tip
    assert header(TimelineColumn.WHEN, Qt.Orientation.Horizontal, Role.ToolTipRole) is None


def test_a_page_read_elsewhere_is_waited_for_then_shown(reader: Reader) -> None:
    model = TimelineModel(reader)
    model.page_size = 100
    where = TimelineFilter(search="Negroni")
    model.wait_for(where, sort=Sort.WHAT, descending=False)
    assert reader.asked == [] and model.rowCount() == 0 and not model.canFetchMore()
    assert model.query == (where, Sort.WHAT, False)
    first = reader(where, Sort.WHAT, False, None, model.page_size)
    model.show_first(first)
    assert model.rowCount() == len(first)
    assert model.canFetchMore() == (len(first) == model.page_size)


def test_an_undone_line_is_struck_through_and_its_undo_says_which(
    qtmodeltester: Any, context: AppContext, bar: Bar
) -> None:
    waste = operations.Adjustment("GIN-TANQ", Decimal(-2), Unit.CL, Reason.WASTE, note="spilt")
    assert operations.adjust_stock(context, adjustment=waste) is None
    [wasted, *_] = queries.load_history(context.database, bar.gin)
    assert operations.undo_movement(context, movement_id=wasted.movement_id) is None
    model = TimelineModel(Reader(context.database))
    model.set_query(TimelineFilter(search="Tanqueray"))
    qtmodeltester.check(model)
    rows = [model.row_at(n) for n in range(model.rowCount())]
    undo = next(n for n, r in enumerate(rows) if r.is_undo)
    undone = next(n for n, r in enumerate(rows) if r.undone)
    assert not can_undo(rows[undo]) and not can_undo(rows[undone])
    assert model.index(undo, 0).data(Role.ToolTipRole) == f"Undoes line {rows[undo].undoes_id}"
    font = model.index(undone, TimelineColumn.WHAT).data(Role.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
    assert model.index(undone, TimelineColumn.NOTE).data() == "spilt"
    assert model.index(undone, TimelineColumn.CHANGE).data(Role.TextAlignmentRole) is not None
    assert model.index(undone, 0).data(Role.UserRole) is None
    assert model.rowCount(model.index(0, 0)) == 0 and model.data(QModelIndex()) is None
