"""Stock status: the one place that decides whether an item is out, low or ok."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum


class Status(StrEnum):
    OUT = "out"
    LOW = "low"
    OK = "ok"


def containers(on_hand: Decimal, size: Decimal) -> Decimal:
    """On hand expressed in containers (bottles, flasks, pieces)."""
    if size <= 0:
        return Decimal(0)
    return on_hand / size


def stock_status(on_hand: Decimal, size: Decimal, reorder_at: Decimal | None) -> Status:
    """`out` at zero or below, `low` at or under the reorder point, else `ok`."""
    if on_hand <= 0:
        return Status.OUT
    if reorder_at is not None and containers(on_hand, size) <= reorder_at:
        return Status.LOW
    return Status.OK
