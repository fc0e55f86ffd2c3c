"""ui/order_operations.py: the Orders page's actions, each an Op saying what it changes.

Run on a copy of the demo bar (its suppliers and par levels make a proposal) and checked
by what they wrote, what they gave back and what the window heard.
"""

from __future__ import annotations

from inventory_app.domain.errors import InventoryError
from inventory_app.services.ordering import order_reads
from inventory_app.ui import order_operations, queries
from inventory_app.ui.context import AppContext, Change
from inventory_app.ui.ops import read_now
from tests.ui.conftest import heard


def test_drafting_orders_announces_orders(demo_context: AppContext) -> None:
    said = heard(demo_context)
    done = order_operations.create_draft_orders(demo_context, quantities={})
    assert not isinstance(done, InventoryError), done
    assert said == [Change.ORDERS]


def test_draft_orders_keep_the_quantities_the_owner_typed(demo_context: AppContext) -> None:
    [first, *_] = queries.load_proposal(demo_context.database)
    line = first.lines[0]
    typed = line.quantity + 5
    ids = order_operations.create_draft_orders(
        demo_context, quantities={(first.supplier, line.sku): typed}
    )
    assert isinstance(ids, list) and ids
    drafts = {r.supplier: r for r in queries.load_orders(demo_context.database, status="draft")}
    draft = drafts[first.supplier].order_id
    lines = {x.sku: x for x in queries.load_order_lines(demo_context.database, draft)}
    assert lines[line.sku].quantity == typed


def test_a_cancelled_draft_is_no_longer_a_draft(demo_context: AppContext) -> None:
    ids = order_operations.create_draft_orders(demo_context, quantities={})
    assert isinstance(ids, list) and ids
    [draft, *_] = queries.load_orders(demo_context.database, status="draft")
    stale = order_operations.cancel_order(
        demo_context, order_id=draft.order_id, expected_version=draft.version - 1
    )
    assert isinstance(stale, InventoryError)
    done = order_operations.cancel_order(
        demo_context, order_id=draft.order_id, expected_version=draft.version
    )
    assert done is None
    drafts = queries.load_orders(demo_context.database, status="draft")
    assert draft.order_id not in {r.order_id for r in drafts}
    assert read_now(demo_context.database, lambda s: order_reads.order_rows(s, status="cancelled"))
