"""ui/dialogs/receive_texts.py: the Receive dialog's heading and its outcome cells."""

from __future__ import annotations

from decimal import Decimal

import pytest

from inventory_app.domain.receiving import CostUpdate, LineOutcome
from inventory_app.services.ordering.lead_times import LeadTime
from inventory_app.services.ordering.receiving import Substitute
from inventory_app.services.ordering.receiving_form import ReceivingForm
from inventory_app.ui.dialogs.receive_texts import (
    editable_price,
    heading_text,
    lead_time_text,
    outcome_words,
)

D = Decimal


def form(number: str) -> ReceivingForm:
    lead = LeadTime("Laguna", 2, D(3), 5)
    return ReceivingForm(7, number, "Laguna", 3, [], lead, CostUpdate.LAST, [])


def test_the_heading_names_the_supplier_and_the_order_number() -> None:
    assert heading_text(form("2026-0001")) == "Laguna · order 2026-0001"
    assert heading_text(form("")) == "Laguna · order #7"  # sent before numbers existed
    assert lead_time_text(form("").lead_time) == ("Lead time 2 days, 3 days observed over 5 orders")
    assert lead_time_text(None) == ""


@pytest.mark.usefixtures("italian")
def test_in_italian_as_the_bar_says_it() -> None:
    assert lead_time_text(form("").lead_time) == (
        "Tempo di consegna 2 giorni, 3 giorni osservati su 5 ordini"
    )
    said = outcome_words(LineOutcome.SUBSTITUTED, True, Substitute("AGV-FORT", D(6)))
    assert said == "sostituito: AGV-FORT × 6, prezzo cambiato"
    assert editable_price(D("22")) == "22,00"


def test_an_outcome_cell_says_what_differs() -> None:
    assert outcome_words(LineOutcome.SHORT, False, None) == "short"
    assert outcome_words(LineOutcome.AS_ORDERED, True, None) == "as ordered, price changed"
    assert editable_price(D("0.0425")) == "0.0425"  # a cup's price keeps every digit
