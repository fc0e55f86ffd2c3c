"""The one rounding rule: half-up, halves away from zero (domain/rounding.py)."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN
from decimal import Decimal as D

import pytest

from inventory_app.domain.rounding import half_up


@pytest.mark.parametrize(
    ("value", "places", "rounded"),
    [
        ("2.345", 2, "2.35"),  # half-even would say 2.34
        ("2.355", 2, "2.36"),
        ("-2.345", 2, "-2.35"),  # away from zero, not towards +infinity
        ("0.5", 0, "1"),
        ("1.5", 0, "2"),
        ("2.5", 0, "3"),  # half-even would say 2
        ("-0.5", 0, "-1"),
        ("-2.5", 0, "-3"),
        ("0.05", 1, "0.1"),
        ("-0.05", 1, "-0.1"),
        ("0.04999", 1, "0.0"),
        ("-0.04999", 1, "-0.0"),
        ("2.344999", 2, "2.34"),
        ("12.00005", 4, "12.0001"),
        ("13666.639875", 1, "13666.6"),
        ("99.995", 2, "100.00"),
        ("-99.995", 2, "-100.00"),
        ("7", 2, "7.00"),
        ("0", 2, "0.00"),
    ],
)
def test_half_up(value: str, places: int, rounded: str) -> None:
    result = half_up(D(value), places)
    assert result == D(rounded)
    assert str(result) == rounded  # the places are kept: 7 -> 7.00


def test_half_up_is_not_pythons_default() -> None:
    """Decimal's quantize rounds half-even unless told: the reason the helper exists."""
    assert D("2.345").quantize(D("0.01")) == D("2.34")
    assert D("2.345").quantize(D("0.01"), rounding=ROUND_HALF_EVEN) == D("2.34")
    assert half_up(D("2.345"), 2) == D("2.35")
