"""Quantities a command confirms, with every digit the ledger keeps, in the reader's language.

A confirmation repeats what was written ('-40 ml', '12.5 pcs' of lime, '22,5 ml' in
Italian), so it is not rounded as a listing is (domain/display.py rounds for reading a
stock level); it is never grouped either, as the person may type it back.
"""

from __future__ import annotations

from decimal import Decimal

from inventory_app.domain import display
from inventory_app.i18n.catalogue import trc

LEDGER_PLACES = 6  # the ledger keeps quantities to a millionth (domain/units.py)


def exact_number(value: Decimal, *, signed: bool = False) -> str:
    """'1.5', '1,5': every kept digit, no trailing zeros, the language's decimal mark."""
    return display.number_text(value, LEDGER_PLACES, grouped=False, signed=signed)


def exact_quantity(amount: Decimal, unit: str, *, signed: bool = False) -> str:
    """'-40 ml', '+750 ml', '12,5 pcs'."""
    return f"{exact_number(amount, signed=signed)} {unit_label(unit)}"


def unit_label(unit: str) -> str:
    """A base unit as shown: 'pcs' reads 'pz' in Italian; ml and g are the same everywhere.

    Only what is shown: the tokens typed as input (ml, cl, pcs...) are never translated.
    """
    return trc("unit", "pcs") if unit == "pcs" else unit
