"""The ordering rules as tables: whole packs, reorder point, weekday-weighted cover."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from inventory_app.domain.errors import InputError
from inventory_app.domain.ordering import (
    OrderStatus,
    average_daily,
    days_of_cover,
    days_until_next_order,
    delivery_date,
    line_total,
    needs_order,
    order_number_text,
    order_quantity,
    order_total,
    order_weekdays,
    suggest_levels,
    weekday_profile,
)
from inventory_app.i18n.catalogue import ITALIAN, in_language

D = Decimal
TUESDAY = date(2026, 11, 24)
SATURDAY = date(2026, 11, 28)
# A Saturday sells five times a Tuesday; Sunday closed.
PROFILE = tuple(D(x) for x in ("1", "1", "1", "2", "3", "5", "0"))


@pytest.mark.parametrize(
    ("par", "on_hand", "on_order", "pack", "expected"),
    [
        ("6", "2", "0", 1, "4"),
        ("6", "2.4", "0", 1, "4"),  # 3.6 needed: a whole bottle more
        ("6", "5.9", "0", 1, "1"),
        ("6", "6", "0", 1, "0"),
        ("6", "9", "0", 1, "0"),  # above par: never negative
        ("6", "-1", "0", 1, "6"),  # a negative level orders no more than from zero
        ("12", "2", "0", 6, "12"),  # 10 needed: two cases of six
        ("12", "6", "0", 6, "6"),
        ("12", "6.5", "0", 6, "6"),  # 5.5 needed: one case
        ("12", "0.2", "0", 12, "12"),
        ("12", "1", "0", 12, "12"),
        ("24", "1", "0", 12, "24"),  # 23 needed: two cases
        ("12", "2", "6", 6, "6"),  # on order counts
        ("12", "2", "10", 6, "0"),
        ("12", "2", "12", 1, "0"),
        ("4", "1.5", "0.5", 1, "2"),
        ("6", "2", "0", 0, "4"),  # a pack size of zero is read as one
    ],
)
def test_order_quantity(par: str, on_hand: str, on_order: str, pack: int, expected: str) -> None:
    quantity = order_quantity(D(par), D(on_hand), D(on_order), pack)
    assert quantity == D(expected)
    assert quantity >= 0 and quantity % max(pack, 1) == 0


@pytest.mark.parametrize(
    ("containers", "reorder_at", "expected"),
    [("2", "2", True), ("1.5", "2", True), ("2.01", "2", False), ("0", None, False)],
)
def test_needs_order(containers: str, reorder_at: str | None, expected: bool) -> None:
    point = D(reorder_at) if reorder_at is not None else None
    assert needs_order(D(containers), point) is expected


@pytest.mark.parametrize(
    ("on_hand", "today", "expected"),
    [
        ("1", TUESDAY, "1"),
        ("2", TUESDAY, "2"),  # Tue, Wed
        ("3", TUESDAY, "2.5"),  # Tue, Wed, half of Thursday's 2
        ("7", TUESDAY, "4"),  # Tue 1, Wed 1, Thu 2, Fri 3
        ("5", SATURDAY, "1"),  # one Saturday empties what a Tuesday could not in five days
        ("5", TUESDAY, "3.333333333333333333333333333"),
        ("0", TUESDAY, "0"),
        ("-3", TUESDAY, "0"),
    ],
)
def test_days_of_cover_weighs_weekdays(on_hand: str, today: date, expected: str) -> None:
    cover = days_of_cover(D(on_hand), PROFILE, today)
    assert cover is not None
    assert abs(cover - D(expected)) < D("0.0000001")


def test_saturday_runs_out_sooner_than_tuesday() -> None:
    assert days_of_cover(D(5), PROFILE, SATURDAY) == D(1)
    cover = days_of_cover(D(5), PROFILE, TUESDAY)
    assert cover is not None and cover > 3


def test_closed_days_carry_over() -> None:
    # Sunday uses nothing: six on a Saturday lasts Saturday, Sunday and Monday.
    assert days_of_cover(D(6), PROFILE, SATURDAY) == D(3)


def test_no_usage_has_no_cover() -> None:
    assert days_of_cover(D(4), (D(0),) * 7, TUESDAY) is None


def test_weekday_profile_averages_over_weeks() -> None:
    profile = weekday_profile([D(6), D(6), D(6), D(12), D(18), D(30), D(0)], 6)
    assert profile == PROFILE
    assert average_daily(profile) == D(13) / 7
    with pytest.raises(InputError):
        weekday_profile([D(1)] * 6, 6)
    with pytest.raises(InputError):
        weekday_profile([D(1)] * 7, 0)


@pytest.mark.parametrize(
    ("usage", "lead", "review", "safety", "reorder_at", "par"),
    [
        ("0.5", 2, 7, 1, "2", "6"),  # 0.5 x 3 = 1.5 -> 2; + 3.5 -> 4
        ("1", 2, 3, 1, "3", "6"),
        ("0.1", 1, 3, 0, "1", "2"),  # at least one container above the point
        ("0", 2, 7, 1, "0", "0"),
        ("2", 0, 1, 0, "0", "2"),
    ],
)
def test_suggest_levels(
    usage: str, lead: int, review: int, safety: int, reorder_at: str, par: str
) -> None:
    assert suggest_levels(D(usage), lead, review, safety) == (D(reorder_at), D(par))


@pytest.mark.parametrize(
    ("order_days", "today", "expected"),
    [
        ("Mon,Thu", TUESDAY, 2),
        ("Mon,Thu", date(2026, 11, 26), 4),  # Thursday: the next is Monday
        ("tue", TUESDAY, 7),
        ("", TUESDAY, 7),
        ("Friday; Saturday", TUESDAY, 3),
    ],
)
def test_days_until_next_order(order_days: str, today: date, expected: int) -> None:
    assert days_until_next_order(order_days, today) == expected


def test_unknown_order_day_is_input_error() -> None:
    with pytest.raises(InputError):
        order_weekdays("Mon,Funday")


def test_order_totals_are_exact_sums_of_their_lines() -> None:
    lines = [(Decimal(6), Decimal("13.90")), (Decimal(3), Decimal("0.333"))]
    assert line_total(Decimal(6), Decimal("13.90")) == Decimal("83.40")
    assert order_total(lines) == Decimal("84.399")
    assert order_total([]) == Decimal(0)


ORDER_STATUS_LABELS = [
    (OrderStatus.DRAFT, "draft", "bozza"),
    (OrderStatus.SENT, "sent", "inviato"),
    (OrderStatus.RECEIVED, "received", "ricevuto"),
    (OrderStatus.CANCELLED, "cancelled", "annullato"),
]


@pytest.mark.parametrize(("value", "english", "italiano"), ORDER_STATUS_LABELS)
def test_order_status_labels_in_both_languages(value: Any, english: str, italiano: str) -> None:
    """A stored value reads as its label: English as it always read, Italian as a bar says it."""
    assert value.label == english
    with in_language(ITALIAN):
        assert value.label == italiano


def test_every_order_status_value_has_a_label() -> None:
    assert all(value.label for value in OrderStatus)


@pytest.mark.parametrize(
    ("ordered", "lead", "asked"),
    [
        (date(2026, 12, 7), 2, date(2026, 12, 9)),  # Monday + 2: Wednesday
        (date(2026, 12, 10), 1, date(2026, 12, 11)),  # Thursday + 1: Friday
        (date(2026, 12, 11), 1, date(2026, 12, 14)),  # Friday + 1 is Saturday: Monday
        (date(2026, 12, 11), 2, date(2026, 12, 14)),  # Friday + 2 is Sunday: Monday
        (date(2026, 12, 12), 0, date(2026, 12, 14)),  # ordered on Saturday for the same day
        (date(2026, 12, 7), 5, date(2026, 12, 14)),  # a week of lead time, on a weekend
        (date(2026, 12, 7), -3, date(2026, 12, 7)),  # a negative lead time counts as none
    ],
)
def test_the_delivery_asked_for_is_a_working_day(ordered: date, lead: int, asked: date) -> None:
    assert delivery_date(ordered, lead) == asked


@pytest.mark.parametrize(
    ("year", "sequence", "text"),
    [(2026, 1, "2026-0001"), (2026, 42, "2026-0042"), (2027, 12345, "2027-12345")],
)
def test_order_numbers_read_year_and_place(year: int, sequence: int, text: str) -> None:
    assert order_number_text(year, sequence) == text
