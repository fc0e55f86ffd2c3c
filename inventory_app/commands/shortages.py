"""The warning `make` and `sell` print for an ingredient taken below zero."""

from __future__ import annotations

import sys
from collections.abc import Iterable

from inventory_app.services.ledger.movements import Shortage


def warn_shortages(shortages: Iterable[Shortage]) -> None:
    """One line on stderr per item now below zero, beside the record on stdout."""
    for short in shortages:
        print(short.warning(), file=sys.stderr)
