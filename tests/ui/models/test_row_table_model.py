"""ui/models/row_table_model.py: a read-only table of plain rows, and the undone look."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from inventory_app.ui.models.row_table_model import RIGHT, RowColumn, RowTableModel, undone_style

Role = Qt.ItemDataRole
H = Qt.Orientation.Horizontal


@dataclass(frozen=True)
class Line:
    sku: str
    litres: int


COLUMNS = (
    RowColumn[Line]("SKU", lambda r: r.sku),
    RowColumn[Line]("Litres", lambda r: f"{r.litres} l", numeric=True, title_tip="On hand"),
)


class Tinted(RowTableModel[Line]):
    aligned_titles = True

    def cell_data(self, row: Line, column: int, role: int) -> Any:
        return "empty" if role == Role.ToolTipRole and row.litres == 0 else None


def test_rows_show_their_column_texts_numbers_right_aligned(qtmodeltester: Any) -> None:
    model: RowTableModel[Line] = RowTableModel(COLUMNS)
    model.set_rows([Line("GIN", 3), Line("RUM", 0)])
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert model.index(0, 1).data() == "3 l" and model.cell_text(model.row_at(1), 0) == "RUM"
    assert model.index(0, 1).data(Role.TextAlignmentRole) == RIGHT
    assert model.index(0, 0).data(Role.TextAlignmentRole) is None
    assert model.index(0, 0).data(Role.ToolTipRole) is None  # no cell_data by default
    assert model.rowCount(model.index(0, 0)) == 0 and model.columnCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


def test_titles_tips_and_aligned_titles_only_when_asked() -> None:
    plain: RowTableModel[Line] = RowTableModel(COLUMNS)
    assert [plain.headerData(c, H) for c in (0, 1)] == ["SKU", "Litres"]
    assert plain.headerData(1, H, Role.ToolTipRole) == "On hand"
    assert plain.headerData(1, H, Role.TextAlignmentRole) is None
    assert plain.headerData(2, H) is None and plain.headerData(0, Qt.Orientation.Vertical) is None
    assert Tinted(COLUMNS).headerData(1, H, Role.TextAlignmentRole) == RIGHT


def test_set_rows_replaces_them_wholesale_and_resets_once(qtbot: Any) -> None:
    model = Tinted(COLUMNS)
    model.set_rows([Line("GIN", 3)])
    with qtbot.waitSignal(model.modelReset):
        model.set_rows([Line("RUM", 0), Line("VODKA", 1)])
    assert model.rows == [Line("RUM", 0), Line("VODKA", 1)]
    model.rows.clear()  # a copy: the model's own rows stay
    assert model.rowCount() == 2
    assert model.index(0, 0).data(Role.ToolTipRole) == "empty"
    assert model.index(1, 0).data(Role.ToolTipRole) is None


def test_undone_lines_are_greyed_struck_through_and_explained() -> None:
    assert undone_style(Role.ForegroundRole, "why") == QColor("#8a8f98")
    font = undone_style(Role.FontRole, "why")
    assert isinstance(font, QFont) and font.strikeOut()
    assert undone_style(Role.ToolTipRole, "why") == "why"
    assert undone_style(Role.DisplayRole, "why") is None
