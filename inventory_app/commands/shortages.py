"""The warning `make` and `sell` print for an ingredient taken below zero."""

from __future__ import annotations

import sys
from collections.abc import Iterable

from inventory_app.domain.display import exact_quantity
from inventory_app.i18n.catalogue import tr
from inventory_app.services.ledger.movements import Shortage


def warn_shortages(shortages: Iterable[Shortage]) -> None:
    """One line on stderr per item now below zero, beside the record on stdout."""
    for short in shortages:
        text = tr(
            "warning: {sku} ({name}) is now at {level}: count it or record a delivery"
        ).format(sku=short.sku, name=short.name, level=exact_quantity(short.on_hand, short.unit))
        print(text, file=sys.stderr)
