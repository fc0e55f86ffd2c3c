"""ui/models/opening_log_model.py: today's openings and finishes, undone ones struck through."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from inventory_app.ui import operations, queries
from inventory_app.ui.context import AppContext
from inventory_app.ui.models.opening_log_model import OpeningLogModel
from tests.ui.conftest import Bar

Role = Qt.ItemDataRole


def test_openings_and_finishes_read_as_the_bartender_says_them(
    qtmodeltester: Any, context: AppContext, bar: Bar
) -> None:
    for act in (operations.open_container, operations.empty_container):
        done = act(context, code="CAMP-1L")
        assert not isinstance(done, Exception), done
    model = OpeningLogModel()
    model.set_rows(queries.load_opening_log(context.database))
    qtmodeltester.check(model)
    texts = [[model.cell_text(e, c) for c in range(4)] for e in model.rows]
    assert [t[1:] for t in texts] == [
        ["Campari", "finished", context.user],
        ["Campari", "opened", context.user],
    ]
    assert all(len(t[0]) == 5 and t[0][2] == ":" for t in texts)  # 'HH:MM', local
    assert model.index(0, 0).data(Role.FontRole) is None


def test_an_undone_finish_stays_in_the_log_struck_through(
    qtmodeltester: Any, context: AppContext, bar: Bar
) -> None:
    for act in (operations.open_container, operations.empty_container):
        assert not isinstance(act(context, code="CAMP-1L"), Exception)
    [finish, _opening] = queries.load_opening_log(context.database)
    assert operations.undo_opening(context, movement_id=finish.movement_id) is None
    model = OpeningLogModel()
    model.set_rows(queries.load_opening_log(context.database))
    qtmodeltester.check(model)
    undone = next(n for n, e in enumerate(model.rows) if e.movement_id == finish.movement_id)
    font = model.index(undone, 2).data(Role.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
    assert model.index(undone, 1).data(Role.ToolTipRole) == "Undone"
