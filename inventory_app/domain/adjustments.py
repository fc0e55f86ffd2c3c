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
from inventory_app.domain.units import BaseUnit, format_quantity
from inventory_app.i18n.catalogue import tr

MAX_CONTAINERS = 1000


def check_adjustment(
    reason: Reason, delta: Decimal, *, on_hand: Decimal, size: Decimal, unit: BaseUnit
) -> None:
    """Refuse (InputError, column `by`) an adjustment beyond the bounds above."""
    largest = MAX_CONTAINERS * size
    if abs(delta) > largest:
        raise InputError(
            tr(
                "{reason} of {quantity} is more than {most} containers of {size} "
                "({largest}): check the quantity and its unit"
            ).format(
                reason=reason.label,
                quantity=format_quantity(abs(delta), unit),
                most=MAX_CONTAINERS,
                size=format_quantity(size, unit),
                largest=format_quantity(largest, unit),
            ),
            column="by",
        )
    if reason not in LOSS_REASONS:
        return
    there = max(on_hand, Decimal(0))
    if -delta > there + size:
        raise InputError(
            tr(
                "{reason} of {quantity} is more than the {on_hand} on hand plus one container "
                "({size}); if the stock is wrong, count it (or the owner records a correction)"
            ).format(
                reason=reason.label,
                quantity=format_quantity(-delta, unit),
                on_hand=format_quantity(there, unit),
                size=format_quantity(size, unit),
            ),
            column="by",
        )
