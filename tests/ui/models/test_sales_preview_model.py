"""The sales preview model on the shared row table: text, alignment and the red 'unknown'."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from inventory_app.domain.recipes import Channel, SaleKind
from inventory_app.services.imports.preview import PreviewLine
from inventory_app.ui.models.row_table_model import RIGHT
from inventory_app.ui.models.sales_preview_model import PreviewColumn, SalesPreviewModel

Role = Qt.ItemDataRole


def lines() -> list[PreviewLine]:
    bar = Channel.SPEAKEASY
    return [
        PreviewLine(2, "2026-11-20 21:00", "Negroni", Decimal(2), bar, SaleKind.SALE, "Negroni"),
        PreviewLine(3, "2026-11-20 21:05", "Mystery", Decimal(1), bar, SaleKind.SALE, None),
    ]


def test_cells_and_roles() -> None:
    model = SalesPreviewModel()
    model.set_rows(lines())
    assert model.headerData(PreviewColumn.QTY, Qt.Orientation.Horizontal) == "Qty"
    assert (
        model.headerData(PreviewColumn.QTY, Qt.Orientation.Horizontal, Role.TextAlignmentRole)
        is None
    )
    assert model.index(1, PreviewColumn.RECIPE).data() == "unknown"
    assert model.index(1, PreviewColumn.RECIPE).data(Role.ForegroundRole) == QColor("#b3261e")
    assert model.index(0, PreviewColumn.RECIPE).data(Role.ForegroundRole) is None
    assert model.index(0, PreviewColumn.QTY).data(Role.TextAlignmentRole) == RIGHT
    assert model.index(0, PreviewColumn.ITEM).data(Role.TextAlignmentRole) is None
