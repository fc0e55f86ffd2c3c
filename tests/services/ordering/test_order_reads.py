"""Order reads: newest first, filtered by status, lines by SKU, refusals named."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from inventory_app.domain.errors import InputError, NotFoundError
from inventory_app.domain.ordering import order_total
from inventory_app.services.ordering.order_reads import (
    STATUSES,
    order_in_status,
    order_lines,
    order_rows,
)
from inventory_app.services.ordering.orders import cancel_order, create_orders
from tests.services.order_fixtures import stock_bar

D = Decimal


def test_rows_are_newest_first_with_their_line_count_and_total(session: Session) -> None:
    stock_bar(session)
    ids = create_orders(session, author="owner")
    rows = order_rows(session)
    assert [r.order_id for r in rows] == sorted(ids, reverse=True)
    for row in rows:
        lines = order_lines(session, row.order_id)
        assert row.lines == len(lines)
        assert row.total == order_total([(x.quantity, x.unit_cost) for x in lines])
        assert [x.sku for x in lines] == sorted(x.sku for x in lines)


def test_a_status_filter_keeps_only_those_orders(session: Session) -> None:
    stock_bar(session)
    first, *others = create_orders(session, author="owner")
    cancel_order(session, first, author="owner")
    assert [r.order_id for r in order_rows(session, status="cancelled")] == [first]
    drafts = order_rows(session, statuses=("draft", "sent"))
    assert sorted(r.order_id for r in drafts) == sorted(others)
    assert {r.status for r in order_rows(session)} <= set(STATUSES)


def test_an_unknown_status_and_a_missing_order_are_refused_by_name(session: Session) -> None:
    stock_bar(session)
    order_id = create_orders(session, author="owner")[0]
    with pytest.raises(InputError, match="lost"):
        order_rows(session, status="lost")
    with pytest.raises(NotFoundError, match="999"):
        order_lines(session, 999)
    with pytest.raises(InputError, match=f"order {order_id} is draft: it cannot be received"):
        order_in_status(session, order_id, allowed=("sent",), action="received")
