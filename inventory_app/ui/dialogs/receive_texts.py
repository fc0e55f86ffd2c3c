"""The Receive dialog's words: its heading and each line's outcome cell (beside the dialog,
so both stay short; the words themselves are the core's labels)."""

from __future__ import annotations

from decimal import Decimal

from inventory_app.domain.receiving import LineOutcome
from inventory_app.domain.units import format_decimal
from inventory_app.i18n.catalogue import tr
from inventory_app.i18n.formats import localized_number
from inventory_app.services.ordering.lead_times import LeadTime
from inventory_app.services.ordering.receiving import Substitute
from inventory_app.services.ordering.receiving_form import ReceivingForm


def heading_text(form: ReceivingForm) -> str:
    """'Laguna Spirits · order 2026-0001 · lead time 2 days, 3 days observed over 5 orders'."""
    parts = [form.supplier, tr("order {number}").format(number=form.number or f"#{form.order_id}")]
    if form.lead_time is not None:
        parts.append(lead_time_text(form.lead_time))
    return " · ".join(parts)


def lead_time_text(lead: LeadTime) -> str:
    """'lead time 2 days, 3 days observed over 5 orders'."""
    return f"{lead.configured_text()}, {lead.observed_text()}"


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


def editable(value: Decimal) -> str:
    """A number as the owner types it: no thousands groups, the reader's decimal mark."""
    return localized_number(format_decimal(value))
