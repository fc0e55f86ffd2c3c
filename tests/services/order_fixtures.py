"""A tiny bar with two suppliers, for the levels, reorder and order tests."""

from __future__ import annotations

from dataclasses import astuple
from decimal import Decimal

from sqlalchemy.orm import Session

from inventory_app.domain.catalogue import Reason
from inventory_app.domain.order_document import BarDetails
from inventory_app.services.catalogue.items import SupplierSpec, save_supplier
from inventory_app.services.ledger.movements import record_movement
from inventory_app.services.ordering.orders import cancel_order, create_orders, set_line
from inventory_app.services.settings import BAR_DETAILS, set_setting
from tests.conftest import make_item

D = Decimal


def stock_bar(session: Session) -> dict[str, int]:
    """Gin low (1 of par 6, cases of 6), rum fine, vermouth low (pack 1), soda without supplier."""
    save_supplier(session, SupplierSpec("Laguna Spirits", contact="Marco", lead_time_days=2,
                                        order_days="Mon,Thu"), author="owner")  # fmt: skip
    save_supplier(
        session, SupplierSpec("Rialto", contact="Giulia", lead_time_days=1), author="owner"
    )
    items = {
        "GIN": make_item(session, "GIN", supplier="Laguna Spirits", supplier_code="LS-1",
                         pack_size=6, cost=D("17.90"), par=D(6), reorder_at=D(2)),
        "RUM": make_item(session, "RUM", supplier="Laguna Spirits", supplier_code="LS-2",
                         pack_size=6, cost=D("19.50"), par=D(4), reorder_at=D(1)),
        "VER": make_item(session, "VER", supplier="Rialto", supplier_code="BR-9",
                         pack_size=1, cost=D("13.00"), par=D(3), reorder_at=D(1), size=D(750)),
        "SODA": make_item(session, "SODA", par=D(10), reorder_at=D(5), unit="pcs", size=D(1)),
    }  # fmt: skip
    levels = {"GIN": D(700), "RUM": D(2100), "VER": D(375), "SODA": D(2)}
    for sku, quantity in levels.items():
        record_movement(session, items[sku], quantity, Reason.RECEIVE, author="owner")
    return items


# The bar's details as an order names them (issue 19): every field distinct, to be found.
BAR = BarDetails(
    name="La Chiusa", legal_name="La Chiusa di T. Colombo S.a.s.", vat_number="IT09648150150",
    address="Alzaia Naviglio Grande 48, 20144 Milano MI",
    delivery_address="Vicolo dei Lavandai 2, 20144 Milano MI", receiving_hours="Mon-Fri 10-13",
    contact="Teresa Colombo", phone="+39 02 5555 0148", email="ordini@lachiusa.example",
)  # fmt: skip
# Each supplier's details as their order names them (fictitious P.IVAs with a right check
# digit); Laguna has no email (the documents dialog says so). Notes are the owner's only.
LAGUNA_ADDRESS = "Via della Pila 40\n30175 Marghera VE"
LAGUNA_VAT = "IT05550200025"
LAGUNA_PHONE = "+39 041 555 0200"
RIALTO_ADDRESS = "Ruga dei Spezieri 3\n30125 Venezia VE"
RIALTO_VAT = "IT05550100019"
RIALTO_PHONE = "+39 041 555 0100"
SUPPLIER_NOTES = "Cut-off 11:30 for tomorrow"
TONIC_PAR = D(37)  # a par no figure of the orders shares: it must not be on them


def ordering_bar(session: Session) -> dict[str, int]:
    """stock_bar with the bar's details, Laguna reading Italian and Rialto English, and
    tonic by the case of 24 at Rialto; returns the ids of the drafts by supplier."""
    items = stock_bar(session)
    for key, value in zip(BAR_DETAILS, astuple(BAR), strict=True):
        set_setting(session, key, value, author="owner")
    laguna = SupplierSpec(
        "Laguna Spirits", contact="Marco", lead_time_days=2, order_days="Mon,Thu", language="it",
        phone=LAGUNA_PHONE, address=LAGUNA_ADDRESS, vat_number=LAGUNA_VAT,
    )  # fmt: skip
    rialto = SupplierSpec(
        "Rialto", contact="Giulia", email="orders@rialto.example", lead_time_days=1, language="en",
        phone=RIALTO_PHONE, address=RIALTO_ADDRESS, vat_number=RIALTO_VAT,
        notes=SUPPLIER_NOTES,
    )  # fmt: skip
    for spec in (laguna, rialto):
        save_supplier(session, spec, author="owner")
    items["TONIC"] = make_item(
        session, "TONIC", name="Tonic Water 200 ml", supplier="Rialto", supplier_code="BR-T24",
        kind="consumable", unit="pcs", size=D(1), pack_size=24, cost=D("0.85"), par=TONIC_PAR,
        reorder_at=D(20),
    )  # fmt: skip
    record_movement(session, items["TONIC"], D(7), Reason.RECEIVE, author="owner")
    ids = create_orders(session, author="owner")
    first, second = sorted(ids)  # suppliers by name: Laguna first
    set_line(session, first, "RUM", D(12), author="owner")  # two cases of rum beside the gin
    return {"Laguna Spirits": first, "Rialto": second}


def proposal_bar(session: Session) -> None:
    """ordering_bar with its drafts cancelled: the same lines stand as the proposal, not
    ordered yet (no number), for the proposal's own documents."""
    for order_id in ordering_bar(session).values():
        cancel_order(session, order_id, author="owner")
