"""The demo's weeks of sales: usage to read, and the same low and out items as without."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from inventory_app.db.engine import Database
from inventory_app.db.models import Sale
from inventory_app.services.demo.bar import load_demo
from inventory_app.services.demo.history import load_sales_history
from inventory_app.services.views.dashboard import dashboard
from inventory_app.services.views.stock import stock_rows

MONDAY = date(2026, 11, 23)


def test_history_gives_usage_and_keeps_the_demo_levels(db: Database) -> None:
    with db.transaction() as s:
        load_demo(s, author="owner")
        before = [(r.sku, r.on_hand, r.status) for r in stock_rows(s)]
        imported = load_sales_history(s, author="owner", today=MONDAY, weeks=2)
        assert imported == 2 * (5 * 50 + 2 * 250)
        assert [(r.sku, r.on_hand, r.status) for r in stock_rows(s)] == before
        last_sale = s.scalar(select(func.max(Sale.at)))
        assert last_sale is not None and last_sale.date() < MONDAY
        board = dashboard(s, today=MONDAY)
        assert any(row.days_of_cover is not None for row in board.low)
