"""The Orders page's actions: proposals saved as drafts, sent, received, cancelled, and the
suppliers' documents exported into the month's folder.

One function each, an Op saying what it changes; beside ui/operations.py (the other
actions) so neither grows past a page. A draft changed elsewhere meanwhile is refused
through the version the page shows (`expected_version`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import TypeVar

from inventory_app.db.engine import Session
from inventory_app.domain.errors import InventoryError
from inventory_app.i18n.catalogue import tr
from inventory_app.services.ordering import order_export, order_reads, orders, receiving
from inventory_app.services.ordering.order_export import WrittenDocument
from inventory_app.services.ordering.receiving import Delivery, Received
from inventory_app.ui.context import AppContext, Change
from inventory_app.ui.ops import Op, read_now
from inventory_app.ui.render.order_files import write_order_file

T = TypeVar("T")


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
    context: AppContext, *, order_id: int, expected_version: int
) -> WrittenDocument | InventoryError:
    """Mark the order sent with its number and write the supplier's documents into the
    month's folder (the version the page shows); a file not written sends nothing."""
    return _writing(
        lambda: Op(
            context,
            Change.ORDERS,
            lambda s: order_export.send_to_folder(
                s, order_id, author=context.user, write=write_order_file,
                expected_version=expected_version,
            ),
        ).run()
    )  # fmt: skip


def export_orders(
    context: AppContext, order_ids: list[int]
) -> list[WrittenDocument] | InventoryError:
    """Orders' documents into the month's folder (a draft marked a draft); reads only."""
    return _writing(
        lambda: read_now(
            context.database,
            lambda s: order_export.export_orders(s, order_ids, write=write_order_file),
        )
    )


def export_proposal(
    context: AppContext, quantities: Mapping[tuple[str, str], Decimal]
) -> list[WrittenDocument] | InventoryError:
    """The proposal, with the owner's quantities, as a draft per supplier; reads only."""
    return _writing(
        lambda: read_now(
            context.database,
            lambda s: order_export.export_proposal(s, quantities, write=write_order_file),
        )
    )


def _writing(work: Callable[[], T]) -> T | InventoryError:
    """A refusal, or a folder that cannot be written, comes back as the error to show."""
    try:
        return work()
    except InventoryError as error:
        return error
    except OSError as error:
        return InventoryError(
            tr("the document could not be written: {reason}").format(reason=error)
        )


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
