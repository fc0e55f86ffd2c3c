"""The counting rules: every way the trade counts a line, and every way it can be wrong."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from inventory_app.domain.counting import (
    Band,
    Entry,
    Scale,
    beverage_cost_pct,
    counted_quantity,
    loss_band,
    variance,
    variance_pct,
    variance_value,
)
from inventory_app.domain.errors import InputError
from inventory_app.domain.units import BaseUnit
from inventory_app.i18n.catalogue import ITALIAN, in_language

D = Decimal
ML = BaseUnit.ML
MONKEY = Scale("Monkey Shoulder", ML, D(700), tare_g=D(540), full_g=D(1205))
TARE_ONLY = Scale("Campari", ML, D(1000), tare_g=D(600), density=D("1.06"))
FULL_ONLY = Scale("Cointreau", ML, D(700), full_g=D(1300), density=D("1.04"))
CUPS = Scale("Cups", BaseUnit.PCS, D(1))
GINGER = Scale("Ginger", BaseUnit.G, D(1000), tare_g=D(50))
BARE = Scale("Aperol", ML, D(700))


@pytest.mark.parametrize(
    ("entry", "item", "counted"),
    [
        (Entry(full=D(2)), MONKEY, D(1400)),
        (Entry(full=D(2), tenths=D(3)), MONKEY, D(1610)),
        (Entry(tenths=D(10)), MONKEY, D(700)),
        (Entry(tenths=D(0)), MONKEY, D(0)),
        (Entry(tenths=D("2.5")), MONKEY, D(175)),
        # (905 - 540) / (1205 - 540) x 700 = 384.21 -> a tenth of an ml
        (Entry(full=D(1), weight_g=D(905)), MONKEY, D("1084.2")),
        (Entry(weight_g=D(540)), MONKEY, D(0)),
        (Entry(weight_g=D(1205)), MONKEY, D(700)),
        # without a full weight: (gross - tare) / density
        (Entry(weight_g=D(1130)), TARE_ONLY, D("500.0")),
        # without a tare: tare = 1300 - 700 x 1.04 = 572; (936 - 572) / 728 x 700 = 350
        (Entry(weight_g=D(936)), FULL_ONLY, D("350.0")),
        (Entry(full=D(3), tenths=D(5), weight_g=None, quantity=D(420)), MONKEY, D(420)),
        (Entry(quantity=D(0)), MONKEY, D(0)),
        (Entry(full=D(120)), CUPS, D(120)),
        (Entry(quantity=D(37)), CUPS, D(37)),
        # an item kept in grams weighs one gram per gram
        (Entry(weight_g=D(850)), GINGER, D("800.0")),
    ],
)
def test_every_input_mode(entry: Entry, item: Scale, counted: Decimal) -> None:
    assert counted_quantity(entry, item) == counted


@pytest.mark.parametrize(
    ("entry", "item", "column", "message"),
    [
        (
            Entry(weight_g=D(1380)), MONKEY, "weight_g",
            "1,380 g is above the full weight of 1,205 g for Monkey Shoulder: "
            "weigh again or enter tenths",
        ),
        (
            Entry(weight_g=D(500)), MONKEY, "weight_g",
            "500 g is below the empty weight of 540 g for Monkey Shoulder: "
            "weigh again or enter tenths",
        ),
        (
            Entry(weight_g=D(1700)), TARE_ONLY, "weight_g",
            "1,700 g is above the full weight of 1,660 g for Campari: weigh again or enter tenths",
        ),
        (
            Entry(weight_g=D(900)), BARE, "weight_g",
            "Aperol has no empty or full weight in the catalogue: add them to weigh it, "
            "or enter tenths",
        ),
        (
            Entry(weight_g=D(900)), Scale("Gin", ML, D(700), tare_g=D(500)), "weight_g",
            "Gin has an empty weight but no full weight or density in the catalogue: "
            "add them to weigh it, or enter tenths",
        ),
        (
            Entry(weight_g=D(900)), Scale("Gin", ML, D(700), full_g=D(1200)), "weight_g",
            "Gin has a full weight but no empty weight or density in the catalogue: "
            "add them to weigh it, or enter tenths",
        ),
        (Entry(tenths=D(11)), MONKEY, "tenths", "expected tenths from 0 to 10, got 11"),
        (Entry(tenths=D(-1)), MONKEY, "tenths", "expected tenths from 0 to 10, got -1"),
        (
            Entry(tenths=D(3), weight_g=D(900)), MONKEY, "weight_g",
            "Monkey Shoulder: enter the open part as tenths or as a weight, not both",
        ),
        (
            Entry(full=D("1.5")), MONKEY, "full",
            "expected a whole number of full containers, got 1.5 "
            "(enter the open one as tenths or a weight)",
        ),
        (Entry(quantity=D(-5)), MONKEY, "quantity", "expected a quantity of zero or more, got -5"),
        (
            Entry(full=D(3), tenths=D(4)), CUPS, "tenths",
            "Cups is counted in pieces: enter them as full or as a quantity",
        ),
        (Entry(), MONKEY, "full", "nothing entered for Monkey Shoulder"),
    ],
)  # fmt: skip
def test_bad_entries_are_refused_with_a_clear_message(
    entry: Entry, item: Scale, column: str, message: str
) -> None:
    with pytest.raises(InputError) as caught:
        counted_quantity(entry, item)
    assert (caught.value.column, caught.value.detail) == (column, message)


@pytest.mark.parametrize(
    ("counted", "expected", "unit_cost", "usage", "difference", "value", "pct", "band"),
    [
        (D(600), D(700), D("0.04"), D(1000), D(-100), D(-4), D(-10), Band.BLEEDING),
        (D(650), D(700), D("0.04"), D(1000), D(-50), D(-2), D(-5), Band.LEAK),
        (D(670), D(700), D("0.04"), D(1000), D(-30), D("-1.2"), D(-3), Band.IMPROVE),
        (D(690), D(700), D("0.04"), D(1000), D(-10), D("-0.4"), D(-1), Band.HEALTHY),
        (D(720), D(700), D("0.04"), D(1000), D(20), D("0.8"), D(2), Band.HEALTHY),
        (D(650), D(700), D("0.04"), D(0), D(-50), D(-2), None, Band.BLEEDING),
        (D(700), D(700), D("0.04"), D(0), D(0), D(0), None, Band.HEALTHY),
    ],
)
def test_variance_rules(
    counted: Decimal, expected: Decimal, unit_cost: Decimal, usage: Decimal,
    difference: Decimal, value: Decimal, pct: Decimal | None, band: Band,
) -> None:  # fmt: skip
    assert variance(counted, expected) == difference
    assert variance_value(difference, unit_cost) == value
    assert variance_pct(difference, usage) == pct
    assert loss_band(difference, pct) is band


@pytest.mark.parametrize(
    ("opening", "purchases", "closing", "sales", "pct"),
    [
        (D(1000), D(500), D(900), D(3000), D(20)),
        (D(0), D(0), D(0), D(100), D(0)),
        (D(1000), D(500), D(900), None, None),
        (D(1000), D(500), D(900), D(0), None),
    ],
)
def test_beverage_cost_pct(
    opening: Decimal, purchases: Decimal, closing: Decimal, sales: Decimal | None,
    pct: Decimal | None,
) -> None:  # fmt: skip
    assert beverage_cost_pct(opening, purchases, closing, sales) == pct


BAND_LABELS = [
    (Band.HEALTHY, "healthy", "sano"),
    (Band.IMPROVE, "improve", "da migliorare"),
    (Band.LEAK, "leak", "perdita"),
    (Band.BLEEDING, "bleeding", "perdita grave"),
]


@pytest.mark.parametrize(("value", "english", "italiano"), BAND_LABELS)
def test_band_labels_in_both_languages(value: Any, english: str, italiano: str) -> None:
    """A stored value reads as its label: English as it always read, Italian as a bar says it."""
    assert value.label == english
    with in_language(ITALIAN):
        assert value.label == italiano


def test_every_band_value_has_a_label() -> None:
    assert all(value.label for value in Band)
