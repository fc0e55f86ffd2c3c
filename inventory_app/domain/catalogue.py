"""Catalogue vocabulary: kinds of item, tracking, ledger reasons."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from inventory_app.domain.units import BaseUnit
from inventory_app.i18n.catalogue import NC_, trc


class ItemKind(StrEnum):
    BOTTLE = "bottle"
    FLASK = "flask"
    CONSUMABLE = "consumable"

    @property
    def label(self) -> str:
        """The kind as a person reads it ('bottle', 'bottiglia'); the value is stored."""
        return trc("item kind", _KIND_LABELS[self])


class Tracking(StrEnum):
    BULK = "bulk"
    SERIAL = "serial"

    @property
    def label(self) -> str:
        """How the item is followed ('serial', 'per bottiglia'); the value is stored."""
        return trc("tracking", _TRACKING_LABELS[self])


class Reason(StrEnum):
    """Why stock moved; every movement carries one."""

    RECEIVE = "receive"
    SALE = "sale"
    PREP_USE = "prep_use"
    PREP_MAKE = "prep_make"
    OPEN = "open"
    EMPTY = "empty"
    WASTE = "waste"
    BREAKAGE = "breakage"
    COMP = "comp"
    CORRECTION = "correction"
    COUNT = "count"
    UNDO = "undo"

    @property
    def label(self) -> str:
        """The reason as a person reads it ('waste', 'scarto'); the value is stored."""
        return trc("movement reason", _REASON_LABELS[self])


_KIND_LABELS = {
    ItemKind.BOTTLE: NC_("item kind", "bottle"),
    ItemKind.FLASK: NC_("item kind", "flask"),
    ItemKind.CONSUMABLE: NC_("item kind", "consumable"),
}
_TRACKING_LABELS = {
    Tracking.BULK: NC_("tracking", "bulk"),
    Tracking.SERIAL: NC_("tracking", "serial"),
}
_REASON_LABELS = {
    Reason.RECEIVE: NC_("movement reason", "receive"),
    Reason.SALE: NC_("movement reason", "sale"),
    Reason.PREP_USE: NC_("movement reason", "prep use"),
    Reason.PREP_MAKE: NC_("movement reason", "prep make"),
    Reason.OPEN: NC_("movement reason", "open"),
    Reason.EMPTY: NC_("movement reason", "empty"),
    Reason.WASTE: NC_("movement reason", "waste"),
    Reason.BREAKAGE: NC_("movement reason", "breakage"),
    Reason.COMP: NC_("movement reason", "comp"),
    Reason.CORRECTION: NC_("movement reason", "correction"),
    Reason.COUNT: NC_("movement reason", "count"),
    Reason.UNDO: NC_("movement reason", "undo"),
}


# Reasons a person may give for a manual adjustment.
ADJUST_REASONS = (Reason.WASTE, Reason.BREAKAGE, Reason.COMP, Reason.CORRECTION)

# Stock that left the bar: these can only take away (a correction goes either way).
LOSS_REASONS = (Reason.WASTE, Reason.BREAKAGE, Reason.COMP)

# Usage: stock that left the bar for good, what a par has to cover and what openings are
# checked against (drinks sold, preps, losses); not a count, a correction or an undo.
USAGE_REASONS = (Reason.SALE, Reason.PREP_USE, *LOSS_REASONS)

# A new item whose size is not given gets the usual container of its unit.
DEFAULT_SIZE = {BaseUnit.ML: Decimal(700), BaseUnit.G: Decimal(1000), BaseUnit.PCS: Decimal(1)}
