"""How much one manual adjustment may move: the bounds of waste, breakage, comps, corrections.

A bartender once could record a comp of -999,999,999 ml: the ledger took it, and every
level, order and variance after it was nonsense. Two bounds, for everyone:

- A loss (waste, breakage, comp) takes at most what is on hand plus one container. The
  container is slack for a bottle that broke before its delivery was entered; more than
  that was never in the bar to lose. A stock record that is wrong is put right by a count,
  or by the owner's correction.
- No adjustment, a correction included, moves more than MAX_CONTAINERS containers of the
  item at once (700 l of a 700 ml bottle): beyond that it is a typing slip, not a bar.
"""

from __future__ import annotations

from decimal import Decimal

from inventory_app.domain.catalogue import LOSS_REASONS, Reason
from inventory_app.domain.errors import InputError
from inventory_app.domain.units import BaseUnit, format_decimal, format_quantity

MAX_CONTAINERS = 1000


def check_adjustment(
    reason: Reason, delta: Decimal, *, on_hand: Decimal, size: Decimal, unit: BaseUnit
) -> None:
    """Refuse (InputError, column `by`) an adjustment beyond the bounds above."""
    largest = MAX_CONTAINERS * size
    if abs(delta) > largest:
        raise InputError(
            f"{reason.value} of {format_quantity(abs(delta), unit)} is more than "
            f"{MAX_CONTAINERS} containers of {format_quantity(size, unit)} "
            f"({format_quantity(largest, unit)}): check the quantity and its unit",
            column="by",
        )
    if reason not in LOSS_REASONS:
        return
    there = max(on_hand, Decimal(0))
    if -delta > there + size:
        raise InputError(
            f"{reason.value} of {format_quantity(-delta, unit)} is more than the "
            f"{format_quantity(there, unit)} on hand plus one container "
            f"({format_decimal(size)} {unit.value}); if the stock is wrong, count it "
            "(or the owner records a correction)",
            column="by",
        )
