"""How numbers look on screen: grouped thousands, units, local times."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal

from inventory_app.domain.units import format_decimal

TWO_PLACES = Decimal("0.01")


def grouped(value: Decimal) -> str:
    """'1,360' or '22.5': thousands grouped, no trailing zeros."""
    text = format_decimal(value)
    whole, _, fraction = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    digits = f"{int(whole.lstrip('-') or 0):,}"
    return f"{sign}{digits}.{fraction}" if fraction else f"{sign}{digits}"


def quantity(value: Decimal, unit: str) -> str:
    """'1,360 ml'."""
    return f"{grouped(value)} {unit}"


def two_places(value: Decimal) -> str:
    """Containers with two decimals: '1.94'."""
    return f"{value.quantize(TWO_PLACES, rounding=ROUND_HALF_UP):,.2f}"


def euros(value: Decimal | None) -> str:
    """'€18.40', blank when there is no amount."""
    return "" if value is None else f"€{two_places(value)}"


def optional(value: Decimal | None) -> str:
    """A par or reorder point, blank when not set."""
    return "" if value is None else grouped(value)


def local_time(stored: datetime) -> str:
    """The ledger stores naive UTC; people read their own clock."""
    aware = stored.replace(tzinfo=UTC) if stored.tzinfo is None else stored
    return aware.astimezone().strftime("%Y-%m-%d %H:%M")


def local_day_time(stored: datetime) -> str:
    """'Wed 04 Mar 19:30': a moment within a week, on the reader's clock."""
    aware = stored.replace(tzinfo=UTC) if stored.tzinfo is None else stored
    return aware.astimezone().strftime("%a %d %b %H:%M")
