"""Stock status: the one place that decides whether an item is out, low or ok."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from inventory_app.i18n.catalogue import NC_, trc


class Status(StrEnum):
    OUT = "out"
    LOW = "low"
    OK = "ok"

    @property
    def label(self) -> str:
        """The status as a person reads it ('low', 'sottoscorta'); the value is machine text."""
        return trc("stock status", _STATUS_LABELS[self])


_STATUS_LABELS = {
    Status.OUT: NC_("stock status", "out"),
    Status.LOW: NC_("stock status", "low"),
    Status.OK: NC_("stock status", "ok"),
}


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
