"""The stock table model and its filter proxy: Qt's model tester, roles, search, order."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt

from inventory_app.db.engine import Database
from inventory_app.domain.display import ContainerStyle
from inventory_app.domain.levels import Status
from inventory_app.services.views.stock import Order
from inventory_app.ui import queries
from inventory_app.ui.models.stock_model import Column, StockFilterProxy, StockTableModel
from tests.ui.conftest import Bar

Role = Qt.ItemDataRole


@pytest.fixture
def model(qapp: Any, db: Database, bar: Bar) -> StockTableModel:
    model = StockTableModel()
    model.set_rows(queries.load_stock(db, order=Order.LOCATION))
    return model


@pytest.fixture
def proxy(model: StockTableModel) -> StockFilterProxy:
    proxy = StockFilterProxy()
    proxy.setSourceModel(model)
    return proxy


def cell(model: Any, sku: str, column: Column, role: int = Role.DisplayRole) -> Any:
    for row in range(model.rowCount()):
        if model.index(row, Column.SKU).data() == sku:
            return model.index(row, column).data(role)
    raise AssertionError(f"{sku} not shown")


def shown(proxy: StockFilterProxy) -> list[str]:
    return [proxy.index(row, Column.SKU).data() for row in range(proxy.rowCount())]


def test_refresh_with_same_items_emits_data_changed_not_reset(
    qtbot: Any, db: Database, model: StockTableModel
) -> None:
    rows = model.rows
    changed = [*rows[:1], replace(rows[1], name="Renamed"), *rows[2:]]
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged) as signal:
        model.set_rows(changed)
    assert signal.args[0].row() == 1 and signal.args[1].row() == 1


@pytest.mark.parametrize(
    ("sku", "column", "text"),
    [
        ("GIN-TANQ", Column.ON_HAND, "1,400 ml"),
        ("GIN-TANQ", Column.CONTAINERS, "2 btl"),
        ("CAMP-1L", Column.CONTAINERS, "1 btl"),
        ("CUP-12", Column.ON_HAND, "100 pcs"),
        ("GIN-TANQ", Column.PAR, "3"),
        ("GIN-TANQ", Column.REORDER_AT, "1"),
        ("GIN-TANQ", Column.LOCATION, "Back bar"),
        ("GIN-TANQ", Column.SUPPLIER, "Rialto"),
        ("BIT-ANGO", Column.SUPPLIER, ""),
    ],
)
def test_display_text(model: StockTableModel, sku: str, column: Column, text: str) -> None:
    assert cell(model, sku, column) == text


def test_containers_read_in_the_bars_style(model: StockTableModel) -> None:
    model.set_container_style(ContainerStyle.TENTHS)
    assert cell(model, "GIN-TANQ", Column.CONTAINERS) == "2 btl"
    row = next(r for r in model.rows if r.sku == "GIN-TANQ")
    model.set_rows([replace(row, containers=Decimal("1.4")) if r is row else r for r in model.rows])
    assert cell(model, "GIN-TANQ", Column.CONTAINERS) == "1 + 4/10 btl"


@pytest.mark.parametrize(
    ("sku", "status", "tooltip"),
    [
        ("CAMP-1L", Status.LOW, "1 of 3 bottles left: at or below the reorder point 1"),
        ("BIT-ANGO", Status.OUT, "Out of stock: 0 ml on hand"),
        ("GIN-TANQ", Status.OK, "2 of 3 bottles left: above the reorder point 1"),
    ],
)
def test_status_icon_and_tooltip(
    model: StockTableModel, sku: str, status: Status, tooltip: str
) -> None:
    row = model.row_at(model.row_of_item(_id(model, sku)) or 0)
    assert row.status is status
    assert not cell(model, sku, Column.STATUS, Role.DecorationRole).isNull()
    assert cell(model, sku, Column.STATUS, Role.ToolTipRole) == tooltip


@pytest.mark.parametrize(("sku", "colour"), [("CAMP-1L", "#fff0cc"), ("BIT-ANGO", "#fbd9d6")])
def test_low_and_out_rows_are_coloured(model: StockTableModel, sku: str, colour: str) -> None:
    for column in Column:
        assert cell(model, sku, column, Role.BackgroundRole).color().name() == colour


def test_ok_rows_keep_the_table_colour(model: StockTableModel) -> None:
    assert cell(model, "GIN-TANQ", Column.ITEM, Role.BackgroundRole) is None


def test_numbers_are_right_aligned(model: StockTableModel) -> None:
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert cell(model, "GIN-TANQ", Column.ON_HAND, Role.TextAlignmentRole) == right
    assert cell(model, "GIN-TANQ", Column.ITEM, Role.TextAlignmentRole) is None


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("", ["BIT-ANGO", "GIN-TANQ", "CAMP-1L", "CUP-12"]),
        ("campari", ["CAMP-1L"]),
        ("8001234567890", ["CAMP-1L"]),
        ("fridge", ["CAMP-1L"]),
        ("rialto", ["GIN-TANQ", "CAMP-1L"]),
        ("bitter", ["BIT-ANGO", "CAMP-1L"]),
        ("cup-", ["CUP-12"]),
        ("nothing like this", []),
    ],
)
def test_search_filters(proxy: StockFilterProxy, search: str, expected: list[str]) -> None:
    proxy.set_search(search)
    assert shown(proxy) == expected


def test_low_only_keeps_low_and_out(proxy: StockFilterProxy) -> None:
    proxy.set_low_only(True)
    assert shown(proxy) == ["BIT-ANGO", "CAMP-1L"]
    proxy.set_search("camp")
    assert shown(proxy) == ["CAMP-1L"]
    proxy.set_low_only(False)
    proxy.set_search("")
    assert len(shown(proxy)) == 4


@pytest.mark.parametrize(
    ("order", "expected"),
    [
        (Order.LOCATION, ["BIT-ANGO", "GIN-TANQ", "CAMP-1L", "CUP-12"]),
        (Order.NAME, ["BIT-ANGO", "CAMP-1L", "CUP-12", "GIN-TANQ"]),
    ],
)
def test_order_by_location_or_name(
    db: Database, proxy: StockFilterProxy, order: Order, expected: list[str]
) -> None:
    model = proxy.sourceModel()
    assert isinstance(model, StockTableModel)
    model.set_rows(queries.load_stock(db, order=order))
    assert shown(proxy) == expected


def test_header_sort_orders_numbers_as_numbers(proxy: StockFilterProxy) -> None:
    proxy.sort(Column.ON_HAND, Qt.SortOrder.DescendingOrder)
    assert shown(proxy) == ["GIN-TANQ", "CAMP-1L", "CUP-12", "BIT-ANGO"]
    proxy.sort(Column.STATUS, Qt.SortOrder.AscendingOrder)
    assert shown(proxy)[:2] == ["BIT-ANGO", "CAMP-1L"]


def _id(model: StockTableModel, sku: str) -> int:
    return next(r.item_id for r in model.rows if r.sku == sku)
