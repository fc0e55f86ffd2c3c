"""The dashboard on the demo bar: low first, open orders, flasks to make, bottles to watch."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from inventory_app.domain.catalogue import Reason
from inventory_app.domain.levels import Status
from inventory_app.services.demo.bar import load_demo
from inventory_app.services.imports.sales import import_sales
from inventory_app.services.ledger.movements import record_movement
from inventory_app.services.ordering.orders import create_orders
from inventory_app.services.ordering.reorder import reorder_proposal
from inventory_app.services.selling.unmatched import Unresolved, resolve_to_recipe, unmatched_sales
from inventory_app.services.views.dashboard import dashboard
from inventory_app.services.views.stock import stock_rows
from tests.services.order_fixtures import stock_bar
from tests.services.sales_fixtures import make_bar, write

TODAY = date(2026, 11, 24)


def test_demo_dashboard(session: Session) -> None:
    load_demo(session, author="owner")
    board = dashboard(session, today=TODAY)
    statuses = [r.status for r in board.low]
    assert statuses == sorted(statuses, key=[Status.OUT, Status.LOW].index)
    assert {"BIT-PEYCH", "WHI-LAG16"} <= {r.sku for r in board.low}
    assert [f.sku for f in board.flasks_to_make] == ["FLK-HONEYG"]
    assert board.flasks_to_make[0].recipe
    assert any("open longer" in b.reason for b in board.bottles_to_watch)
    assert board.open_orders == []
    create_orders(session, author="owner")
    assert len(dashboard(session, today=TODAY).open_orders) == 3


def test_demo_proposal_orders_whole_packs_from_every_supplier(session: Session) -> None:
    load_demo(session, author="owner")
    proposal = reorder_proposal(session)
    assert len(proposal) == 3
    for supplier in proposal:
        assert supplier.lines
        for line in supplier.lines:
            assert line.quantity > 0 and line.quantity % line.pack_size == 0


def test_running_out_before_delivery(session: Session) -> None:
    items = stock_bar(session)
    for back in range(1, 43):
        at = datetime.combine(TODAY - timedelta(days=back), time(22))
        record_movement(session, items["VER"], Decimal(-750), Reason.SALE, author="pos", at=at)
    record_movement(session, items["VER"], Decimal(42 * 750), Reason.RECEIVE, author="owner")
    board = dashboard(session, today=TODAY)
    assert [r.sku for r in board.running_out] == ["VER"]


def test_the_dashboard_reads_in_italian(session: Session, italian: None) -> None:
    load_demo(session, author="owner")
    board = dashboard(session, today=TODAY)
    assert any(b.reason.startswith("aperta da più di ") for b in board.bottles_to_watch)
    low = next(r for r in stock_rows(session) if r.status is Status.LOW)
    assert (low.status, low.status_shown) == (Status.LOW, "sottoscorta")


def test_unmatched_sales_wait_on_the_dashboard(session: Session, tmp_path: Path) -> None:
    """Parked till lines show until resolved: how many, and their takings."""
    make_bar(session)
    sales = write(
        tmp_path / "night.csv",
        "Date,Time,Item,Qty,Gross Sales,Event Type\n"
        "2026-03-06,22:15:00,Special,2,€24.00,Payment\n"
        "2026-03-06,23:40:00,Signora Rossi,1,€13.50,Payment\n",
    )
    assert dashboard(session, today=TODAY).unmatched == Unresolved(0, Decimal(0))
    assert dashboard(session, today=TODAY).unmatched.text() == ""
    import_sales(session, sales, author="owner", park_unknown=True)
    board = dashboard(session, today=TODAY)
    assert board.unmatched == Unresolved(2, Decimal("37.50"))
    assert board.unmatched.text() == ("2 unmatched sales (€37.50) not yet deducted")
    first = unmatched_sales(session)[0].id
    resolve_to_recipe(session, first, "Negroni", author="owner")
    assert dashboard(session, today=TODAY).unmatched == Unresolved(1, Decimal("13.50"))


def test_unmatched_sales_read_in_italian(italian: None) -> None:
    assert Unresolved(1, Decimal("13.5")).text() == (
        "1 vendita non abbinata (13,50\u00a0€) non ancora scaricata"
    )
