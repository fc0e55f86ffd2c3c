"""The Dashboard: its cards list what is low and what is on order, and refresh on changes."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("inventory_app.services.views.dashboard")

from inventory_app.db.engine import Database
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.units import Unit
from inventory_app.services.imports.sales import import_sales
from inventory_app.services.selling.unmatched import resolve_to_pours, unmatched_sales
from inventory_app.ui import operations, order_operations
from inventory_app.ui.context import AppContext
from inventory_app.ui.pages.dashboard_page import DashboardPage
from tests.ui.conftest import Bar

D = Decimal


@pytest.fixture
def page(qtbot: Any, context: AppContext, bar: Bar) -> Iterator[DashboardPage]:
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    yield page


def test_low_card_lists_out_first_then_low(page: DashboardPage) -> None:
    names = [r.name for r in page.low.model.rows]
    assert names == ["Angostura", "Campari"]
    texts = [page.low.model.cell_text(page.low.model.rows[0], c) for c in range(2)]
    assert texts == ["Angostura", "Out"]
    assert page.heading.text().startswith("1 out · 1 low")


def test_open_order_appears_and_double_click_asks_for_it(
    page: DashboardPage, context: AppContext, qtbot: Any
) -> None:
    assert page.open_orders.empty.isVisible()
    created = order_operations.create_draft_orders(context, quantities={})
    assert isinstance(created, list) and created
    rows = page.open_orders.model.rows
    assert [(r.supplier, r.status) for r in rows] == [("Rialto", "draft")]
    assert page.open_orders.table.isVisible()
    with qtbot.waitSignal(page.order_requested) as signal:
        page.open_orders.table.doubleClicked.emit(page.open_orders.model.index(0, 1))
    assert signal.args == [created[0]]


def test_empty_state_when_all_is_stocked(
    page: DashboardPage, context: AppContext, db: Database
) -> None:
    for sku, amount in (("BIT-ANGO", "600"), ("CAMP-1L", "3000")):
        adjustment = operations.Adjustment(sku, D(amount), Unit.ML, Reason.CORRECTION)
        assert operations.adjust_stock(context, adjustment=adjustment) is None
    assert page.low.model.rows == []
    assert page.low.empty.isVisible()
    assert page.low.empty.text() == "Nothing low — all stocked"


def test_unmatched_sales_show_until_resolved(
    page: DashboardPage, db: Database, tmp_path: Path
) -> None:
    assert not page.unmatched.isVisible()
    sales = tmp_path / "night.csv"
    sales.write_text(
        "Date,Time,Item,Qty,Gross Sales,Event Type\n2026-03-06,22:15:00,Special,1,€12.00,Payment\n",
        encoding="utf-8",
    )
    with db.transaction() as s:
        import_sales(s, sales, author="owner", park_unknown=True)
    page.refresh()
    assert page.unmatched.isVisible()
    assert page.unmatched.text() == ("1 unmatched sale (€12.00) not yet deducted")
    with db.transaction() as s:
        resolve_to_pours(s, unmatched_sales(s)[0].id, [("BIT-ANGO", D(2), "ml")], author="owner")
    page.refresh()
    assert not page.unmatched.isVisible()
