"""Catalogue vocabulary: kinds of item, tracking, ledger reasons."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from inventory_app.domain.units import BaseUnit


class ItemKind(StrEnum):
    BOTTLE = "bottle"
    FLASK = "flask"
    CONSUMABLE = "consumable"


class Tracking(StrEnum):
    BULK = "bulk"
    SERIAL = "serial"


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


# Reasons a person may give for a manual adjustment.
ADJUST_REASONS = (Reason.WASTE, Reason.BREAKAGE, Reason.COMP, Reason.CORRECTION)

# Stock that left the bar: these can only take away (a correction goes either way).
LOSS_REASONS = (Reason.WASTE, Reason.BREAKAGE, Reason.COMP)

# Usage: stock that left the bar for good, what a par has to cover and what openings are
# checked against (drinks sold, preps, losses); not a count, a correction or an undo.
USAGE_REASONS = (Reason.SALE, Reason.PREP_USE, *LOSS_REASONS)

# A new item whose size is not given gets the usual container of its unit.
DEFAULT_SIZE = {BaseUnit.ML: Decimal(700), BaseUnit.G: Decimal(1000), BaseUnit.PCS: Decimal(1)}
