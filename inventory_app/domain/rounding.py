"""Where an exact figure must be cut short, it is cut half-up: one rule for every place.

Half-up is how a bar owner and a till round (2.345 -> 2.35, and -2.345 -> -2.35: halves
away from zero). Python's Decimal rounds half-even unless told otherwise (2.345 -> 2.34),
so every rounding of money, percentages and shown quantities goes through `half_up`.
Stored values are never rounded here: this is for the figures a report or a person reads.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def half_up(value: Decimal, places: int) -> Decimal:
    """`value` to `places` decimals, halves away from zero; the result keeps those places
    (half_up(Decimal('2.5'), 2) is Decimal('2.50'))."""
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
