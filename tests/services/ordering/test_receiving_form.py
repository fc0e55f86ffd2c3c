"""services/ordering/receiving_form.py: a sent order as the Receive dialog opens it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from inventory_app.domain.errors import InputError
from inventory_app.domain.receiving import CostUpdate
from inventory_app.services.ordering.order_reads import order_rows
from inventory_app.services.ordering.orders import create_orders, receive_order, send_order
from inventory_app.services.ordering.receiving_form import receiving_form
from inventory_app.services.settings import set_setting
from tests.services.order_fixtures import stock_bar


def test_a_sent_order_opens_with_its_number_lines_lead_time_and_cost_rule(
    session: Session, tmp_path: Path
) -> None:
    stock_bar(session)
    order_id = create_orders(session, author="owner", suppliers=["Laguna Spirits"])[0]
    send_order(session, order_id, author="owner", out=tmp_path / "o.xlsx")
    set_setting(session, "receive_cost_update", "average", author="owner")
    form = receiving_form(session, order_id)
    row = order_rows(session)[0]
    assert (form.number, form.supplier, form.version) == (row.number, "Laguna Spirits", row.version)
    assert [(x.sku, x.quantity, x.outcome) for x in form.lines] == [("GIN", Decimal(6), None)]
    assert form.lead_time is not None and form.lead_time.configured_days == 2
    assert form.rule is CostUpdate.AVERAGE
    assert [(x.label, x.cost) for x in form.offers] == [  # GIN is on the order itself
        ("RUM — Item RUM", Decimal("19.50")), ("SODA — Item SODA", Decimal(0)),
        ("VER — Item VER", Decimal("13.00")),
    ]  # fmt: skip
    receive_order(session, order_id, author="owner")
    with pytest.raises(InputError, match="received: it cannot be received"):
        receiving_form(session, order_id)
