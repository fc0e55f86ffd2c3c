"""Ordering rules: how much to order, when, and how long stock lasts. The one place for each."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from decimal import ROUND_CEILING, Decimal
from enum import StrEnum

from inventory_app.domain.errors import InputError
from inventory_app.domain.units import decimal_text, parse_decimal
from inventory_app.i18n.catalogue import N_, NC_, tr, trc

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# A supplier's order days may be typed in Italian too ("lun, gio"): no abbreviation is
# both an English and an Italian day.
WEEKDAYS_ITALIAN = ("lun", "mar", "mer", "gio", "ven", "sab", "dom")
# Walking further than a year ahead says nothing useful: such stock has "plenty" of cover.
MAX_COVER_DAYS = 366
ZERO = Decimal(0)


class OrderStatus(StrEnum):
    """Where a purchase order is: a draft goes out (sent), then arrives or is called off."""

    DRAFT = "draft"
    SENT = "sent"
    RECEIVED = "received"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        """The status as a person reads it ('draft', 'bozza'); the value is stored."""
        return trc("order status", _STATUS_LABELS[self])


_STATUS_LABELS = {
    OrderStatus.DRAFT: NC_("order status", "draft"),
    OrderStatus.SENT: NC_("order status", "sent"),
    OrderStatus.RECEIVED: NC_("order status", "received"),
    OrderStatus.CANCELLED: NC_("order status", "cancelled"),
}


def _ceil(value: Decimal) -> Decimal:
    return value.to_integral_value(rounding=ROUND_CEILING)


def order_quantity(
    par: Decimal, on_hand_containers: Decimal, on_order: Decimal, pack_size: int
) -> Decimal:
    """Par minus on hand minus on order, rounded up to whole packs: suppliers sell cases."""
    need = par - max(on_hand_containers, ZERO) - on_order
    if need <= 0:
        return ZERO
    pack = Decimal(max(pack_size, 1))
    return _ceil(need / pack) * pack


def line_total(quantity: Decimal, unit_cost: Decimal) -> Decimal:
    """What one order line costs: containers times the cost of one (the sheet says the same)."""
    return quantity * unit_cost


def order_total(lines: Iterable[tuple[Decimal, Decimal]]) -> Decimal:
    """An order's or a supplier's total: the sum of its (quantity, unit cost) lines."""
    return sum((line_total(quantity, cost) for quantity, cost in lines), ZERO)


def needs_order(containers: Decimal, reorder_at: Decimal | None) -> bool:
    """At or below the reorder point; an item without one is never proposed."""
    return reorder_at is not None and containers <= reorder_at


def weekday_profile(totals: Sequence[Decimal], weeks: int) -> tuple[Decimal, ...]:
    """Average usage per weekday (Monday first) from totals summed over `weeks` weeks."""
    if len(totals) != 7:
        raise InputError(tr("a weekday profile has seven days, Monday first"))
    if weeks <= 0:
        raise InputError(tr("usage is averaged over one week or more"), column="weeks")
    return tuple(Decimal(t) / weeks for t in totals)


def average_daily(profile: Sequence[Decimal]) -> Decimal:
    """The plain daily average of a weekday profile."""
    return sum(profile, ZERO) / 7


def days_of_cover(on_hand: Decimal, profile: Sequence[Decimal], today: date) -> Decimal | None:
    """Days until stock runs out, walking the weekdays from today; None when nothing is used.

    A busy Saturday eats more than a quiet Tuesday, so a plain average would
    promise too much before a weekend; the last day counts as a fraction.
    """
    if sum(profile, ZERO) <= 0:
        return None
    # Whole days counted as an int and weekdays as an index: the same Decimal arithmetic
    # as walking dates (int + Decimal is exact), at a fraction of the cost for 500 items.
    remaining = on_hand
    cover = 0
    weekday = today.weekday()
    while remaining > 0 and cover < MAX_COVER_DAYS:
        use = profile[weekday]
        if use >= remaining:
            return cover + remaining / use
        remaining -= use
        cover += 1
        weekday = weekday + 1 if weekday < 6 else 0
    return Decimal(cover)


def order_weekdays(order_days: str) -> frozenset[int]:
    """ "Mon,Thu" (or "lun,gio") as weekday numbers (Monday 0); unknown words are an input
    error."""
    days: set[int] = set()
    for word in order_days.replace(";", ",").replace(" ", ",").split(","):
        key = word.strip().lower()[:3]
        if not key:
            continue
        if key in WEEKDAYS:
            days.add(WEEKDAYS.index(key))
        elif key in WEEKDAYS_ITALIAN:
            days.add(WEEKDAYS_ITALIAN.index(key))
        else:
            raise InputError(
                tr("{word} is not a weekday such as Mon").format(word=repr(word.strip())),
                column="order_days",
            )
    return frozenset(days)


def days_until_next_order(order_days: str, today: date) -> int:
    """Days from today to the next order day after it (a week when none are set)."""
    days = order_weekdays(order_days)
    if not days:
        return 7
    return min((d - today.weekday() - 1) % 7 + 1 for d in days)


def delivery_date(order_day: date, lead_time_days: int) -> date:
    """The day to ask a supplier to deliver: their lead time after the order, moved on to
    the next working day (Monday to Friday) when it falls on a weekend.

    A supplier's order days (Supplier.order_days) are the days the bar orders from them,
    the review period of levels.py, not days they deliver: they do not move this date.
    """
    day = order_day + timedelta(days=max(lead_time_days, 0))
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def order_number_text(year: int, sequence: int) -> str:
    """'2026-0042': the year the order was sent and its place in that year's orders."""
    return f"{year}-{sequence:04d}"


def suggest_levels(
    daily_usage: Decimal, lead_time_days: int, review_days: int, safety_days: int
) -> tuple[Decimal, Decimal]:
    """(reorder point, par) in whole containers from usage, lead time, review period and safety.

    Reorder point = usage x (lead time + safety days); par = reorder point + usage
    until the next order day, and always at least one container above the reorder point.
    """
    if daily_usage <= 0:
        return ZERO, ZERO
    reorder_point = _ceil(daily_usage * (lead_time_days + safety_days))
    par = reorder_point + max(_ceil(daily_usage * review_days), Decimal(1))
    return reorder_point, par


def parse_containers(text: str) -> Decimal:
    """Containers ordered or received, as the CLI and the Orders page read them."""
    return parse_decimal(text, what=N_("a number of containers such as 6"))


# Whole sentences for the two columns a delivery has (Italian nouns carry a gender).
_DELIVERED = {
    "quantity": N_("{sku}: a quantity is zero or more, got {value}"),
    "cost": N_("{sku}: a cost is zero or more, got {value}"),
}


def check_delivered(sku: str, value: Decimal, what: str) -> Decimal:
    """A delivered quantity or invoiced cost (`what`: "quantity" or "cost") of one line: zero
    or more."""
    if value < 0:
        raise InputError(
            tr(_DELIVERED[what]).format(sku=sku, value=decimal_text(value)), column=what
        )
    return value
