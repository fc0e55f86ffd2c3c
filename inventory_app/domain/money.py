"""Money: always Decimal, parsed the way a bar writes prices."""

from __future__ import annotations

import re
from decimal import Decimal

from inventory_app.domain.errors import InputError
from inventory_app.domain.numbers import ExactNumberText, shown
from inventory_app.domain.rounding import half_up
from inventory_app.domain.units import parse_decimal
from inventory_app.i18n.catalogue import N_, tr
from inventory_app.i18n.formats import money_text

_CURRENCY = re.compile(r"^\s*(?:€|EUR|\$|£)?\s*(.*?)\s*(?:€|EUR)?\s*$", re.IGNORECASE)
CENT = Decimal("0.01")
CENT_PLACES = 2
A_PRICE = N_("a price such as 12.50")


def parse_money(text: str) -> Decimal:
    """Accept '12.50', '12,50', '€12.50', '12,50 €' and '1.234,50' (domain/numbers.py)."""
    match = _CURRENCY.match(text)
    body = match.group(1) if match else text
    if isinstance(text, ExactNumberText):  # a workbook's number cell: no currency to strip
        body = text
    value = parse_decimal(body, what=A_PRICE)
    if value < 0:
        raise InputError(
            tr("expected a price of zero or more, got {text}").format(text=shown(text))
        )
    return value


def format_money(value: Decimal) -> str:
    """Euros with two decimals, for people ("-€28.33", "-28,33 €"); storage keeps every digit."""
    rounded = to_cents(value)
    return money_text(f"{abs(rounded):,.2f}", negative=rounded < 0)


def to_cents(value: Decimal) -> Decimal:
    """A money figure to the cent, half-up, as a report or a sheet shows it."""
    return half_up(value, CENT_PLACES)
