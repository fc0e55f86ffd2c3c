"""How numbers look on screen: the display rule of `domain.display`, and local times."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from inventory_app.domain import display
from inventory_app.domain.money import format_money
from inventory_app.i18n.formats import date_text, date_time_text, day_time_text
from inventory_app.services.ledger.movements import Shortage


def grouped(value: Decimal) -> str:
    """'1,360' or '22.5': thousands grouped, no trailing zeros (a count of drinks, a par)."""
    return display.number_text(value)


def quantity(value: Decimal, unit: str, *, signed: bool = False) -> str:
    """'1,360 ml', '13,666.6 ml', '24 pcs': rounded to what matters for the unit."""
    return display.quantity_text(value, unit, signed=signed)


def count_text(value: int) -> str:
    """A whole count of things, grouped: '1,500' ('1.500' in Italian)."""
    return display.number_text(Decimal(value))


def containers(value: Decimal) -> str:
    """Containers to the tenth a count judges: '1.9', '20'."""
    return display.number_text(value, display.CONTAINER_PLACES)


def money(value: Decimal) -> str:
    """Two decimals, grouped, no currency sign: '1,234.50' ('1.234,50' in Italian)."""
    return format_money(value).replace("€", "").strip()


def euros(value: Decimal | None) -> str:
    """'€18.40', blank when there is no amount."""
    return "" if value is None else format_money(value)


def optional(value: Decimal | None) -> str:
    """A par or reorder point, blank when not set."""
    return "" if value is None else grouped(value)


def local_time(stored: datetime) -> str:
    """The ledger stores naive UTC; people read their own clock."""
    return date_time_text(_local(stored))


def local_date(stored: datetime) -> str:
    """'2026-12-07' ('07/12/2026'): the day of a stored moment, on the reader's clock."""
    return date_text(_local(stored).date())


def local_clock(stored: datetime) -> str:
    """'19:30': the time of day of a stored moment, on the reader's clock."""
    return f"{_local(stored):%H:%M}"


def _local(stored: datetime) -> datetime:
    aware = stored.replace(tzinfo=UTC) if stored.tzinfo is None else stored
    return aware.astimezone()


def local_day_time(stored: datetime) -> str:
    """'Wed 04 Mar 19:30' ('mer 04 mar 19:30'): a moment within a week, on the reader's clock."""
    return day_time_text(_local(stored))


def shortage_text(shortage: Shortage) -> str:
    """'Campari is now at −20 ml: count it or receive stock' (the service's one sentence)."""
    return shortage.shown()
