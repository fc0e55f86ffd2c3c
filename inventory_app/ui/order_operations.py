"""The Orders page's actions: proposals saved as drafts, sent, received, cancelled.

One function each, an Op saying what it changes; beside ui/operations.py (the other
actions) so neither grows past a page. A draft changed elsewhere meanwhile is refused
through the version the page shows (`expected_version`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from pathlib import Path

from inventory_app.db.engine import Session
from inventory_app.domain.errors import InventoryError
from inventory_app.services.ordering import order_reads, orders, receiving
from inventory_app.services.ordering.receiving import Delivery, Received
from inventory_app.ui.context import AppContext, Change
from inventory_app.ui.ops import Op
from inventory_app.ui.render.order_files import write_order_file


def create_draft_orders(
    context: AppContext, *, quantities: Mapping[tuple[str, str], Decimal]
) -> list[int] | InventoryError:
    """Save the proposal as drafts, with the quantities the owner typed over it."""

    def work(session: Session) -> list[int]:
        ids = orders.create_orders(session, author=context.user)
        by_supplier = {
            r.supplier: r.order_id for r in order_reads.order_rows(session, status="draft")
        }
        for (supplier, sku), quantity in quantities.items():
            if supplier in by_supplier:
                orders.set_line(session, by_supplier[supplier], sku, quantity, author=context.user)
        return ids

    return Op(context, Change.ORDERS, work).run()


def set_order_quantity(
    context: AppContext, *, order_id: int, sku: str, quantity: Decimal, expected_version: int
) -> InventoryError | None:
    """Change a draft's line; zero removes it; a draft changed elsewhere meanwhile is refused."""
    return _run(
        context,
        Change.ORDERS,
        lambda s: orders.set_line(
            s, order_id, sku, quantity, author=context.user, expected_version=expected_version
        ),
    )


def send_order(
    context: AppContext, *, order_id: int, out: Path, expected_version: int
) -> Path | InventoryError:
    """Mark the order sent with its number and write the supplier's document, a .pdf or an
    .xlsx by the name chosen (the version the page shows)."""
    return Op(
        context,
        Change.ORDERS,
        lambda s: orders.send_order(
            s, order_id, author=context.user, out=out, expected_version=expected_version,
            write=write_order_file,
        ),
    ).run()  # fmt: skip


def receive_order(
    context: AppContext, *, order_id: int, delivery: Delivery, expected_version: int
) -> Received | InventoryError:
    """Book what arrived (and what arrived instead), keep the DDT and invoice numbers, set
    the costs of changed prices, and close the order: one transaction."""
    return Op(
        context,
        Change.ORDERS | Change.STOCK | Change.ITEMS,
        lambda s: receiving.receive_delivery(
            s, order_id, delivery, author=context.user, expected_version=expected_version
        ),
    ).run()


def cancel_order(
    context: AppContext, *, order_id: int, expected_version: int
) -> InventoryError | None:
    return _run(
        context,
        Change.ORDERS,
        lambda s: orders.cancel_order(
            s, order_id, author=context.user, expected_version=expected_version
        ),
    )


def _run(
    context: AppContext, changes: Change, work: Callable[[Session], object]
) -> InventoryError | None:
    """The transaction around one action; on success the pages that show `changes` hear once."""
    done = Op(context, changes, work).run()
    return done if isinstance(done, InventoryError) else None
