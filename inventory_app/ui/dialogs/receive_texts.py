"""The Receive dialog's words: its heading and each line's outcome cell (beside the dialog,
so both stay short; the words themselves are the core's labels)."""

from __future__ import annotations

from decimal import Decimal

from inventory_app.domain.money import to_cents
from inventory_app.domain.receiving import LineOutcome
from inventory_app.domain.units import format_decimal
from inventory_app.i18n.catalogue import tr
from inventory_app.i18n.formats import localized_number
from inventory_app.services.ordering.lead_times import LeadTime
from inventory_app.services.ordering.receiving import Substitute
from inventory_app.services.ordering.receiving_form import ReceivingForm


def heading_text(form: ReceivingForm) -> str:
    """'Laguna Spirits · order 2026-0001': whose delivery, against which order."""
    order = tr("order {number}").format(number=form.number or f"#{form.order_id}")
    return f"{form.supplier} · {order}"


def lead_time_text(lead: LeadTime | None) -> str:
    """'Lead time 2 days, 3 days observed over 5 orders' (the supplier's, as typed and as
    their deliveries show it); '' for no supplier."""
    if lead is None:
        return ""
    said = f"{lead.configured_text()}, {lead.observed_text()}"
    return said[:1].upper() + said[1:]


def outcome_words(outcome: LineOutcome, new_price: bool, instead: Substitute | None) -> str:
    """'short, price changed', 'substituted: BIT-ANGO × 2': the Outcome cell."""
    said = outcome.label
    if instead is not None:
        said = tr("{outcome}: {sku} × {quantity}").format(
            outcome=said, sku=instead.sku, quantity=editable(instead.quantity)
        )
    if new_price:
        said = tr("{outcome}, price changed").format(outcome=said)
    return said


def editable_price(value: Decimal) -> str:
    """A price as the owner types it: to the cent ('22,00'), or every digit kept when it has
    more (a cup at 0,0425)."""
    if value == to_cents(value):
        return localized_number(f"{value:.2f}")
    return editable(value)


def editable(value: Decimal) -> str:
    """A number as the owner types it: no thousands groups, the reader's decimal mark."""
    return localized_number(format_decimal(value))
