"""Each supplier's record: details, lead time given and observed, orders sent this year."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from inventory_app.services.ordering.orders import receive_order, send_order
from inventory_app.services.ordering.supplier_records import supplier_records
from tests.services.order_fixtures import RIALTO_ADDRESS, RIALTO_VAT, ordering_bar


def test_records_count_this_years_orders_and_the_observed_lead_time(
    session: Session, tmp_path: Path
) -> None:
    ids = ordering_bar(session)
    for supplier, order_id in ids.items():
        send_order(session, order_id, author="owner", out=tmp_path / f"{supplier}.xlsx")
    receive_order(session, ids["Laguna Spirits"], author="owner")
    year = date.today().year
    laguna, rialto = supplier_records(session, year)
    assert (rialto.spec.name, rialto.spec.address, rialto.spec.vat_number) == (
        "Rialto", RIALTO_ADDRESS, RIALTO_VAT
    )  # fmt: skip
    assert (rialto.orders_this_year, rialto.lead.orders, rialto.lead.observed_days) == (1, 0, None)
    assert (laguna.orders_this_year, laguna.lead.orders, laguna.lead.configured_days) == (1, 1, 2)
    assert laguna.lead.observed_text() == "0 days observed over 1 order"
    assert [x.orders_this_year for x in supplier_records(session, year - 1)] == [0, 0]
