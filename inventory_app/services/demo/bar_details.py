"""The demo bar's own details: a fictional bar on Milan's Naviglio Grande, so its orders
show a supplier what a real bar's would (issue 19)."""

from __future__ import annotations

from dataclasses import astuple

from sqlalchemy.orm import Session

from inventory_app.domain.order_document import BarDetails
from inventory_app.i18n.catalogue import tr
from inventory_app.services.settings import BAR_DETAILS, get_setting, store_setting


def demo_bar_details() -> BarDetails:
    """Fictional throughout: the P.IVA's check digit is right, the number is nobody's."""
    return BarDetails(
        name="La Chiusa Cocktail Bar",
        legal_name="La Chiusa di Teresa Colombo & C. S.a.s.",
        vat_number="IT09648150150",
        address="Alzaia Naviglio Grande 48, 20144 Milano MI",
        delivery_address=tr("Alzaia Naviglio Grande 48, courtyard door, 20144 Milano MI"),
        receiving_hours=tr("Mon–Fri 10:00–13:00"),
        contact="Teresa Colombo",
        phone="+39 02 5555 0148",
        email="ordini@lachiusa-bar.example",
    )


def load_demo_bar_details(session: Session) -> None:
    """The demo's details, each where the bar has none of its own yet."""
    details = demo_bar_details()
    for key, value in zip(BAR_DETAILS, astuple(details), strict=True):
        if not get_setting(session, key):
            store_setting(session, key, value)
