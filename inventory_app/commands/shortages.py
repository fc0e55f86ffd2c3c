"""The warning `make` and `sell` print for an ingredient taken below zero."""

from __future__ import annotations

import sys
from collections.abc import Iterable

from inventory_app.domain.units import BaseUnit, format_quantity
from inventory_app.services.ledger.movements import Shortage


def warn_shortages(shortages: Iterable[Shortage]) -> None:
    """One line on stderr per item now below zero, beside the record on stdout."""
    for short in shortages:
        level = format_quantity(short.on_hand, BaseUnit(short.unit))
        print(
            f"warning: {short.sku} ({short.name}) is now at {level}: count it or record a delivery",
            file=sys.stderr,
        )
