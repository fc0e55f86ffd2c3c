"""Units: every conversion exact, every bad spelling a clear error."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inventory_app.domain.errors import InputError
from inventory_app.domain.units import (
    BaseUnit,
    MeasureSizes,
    Unit,
    check_stock,
    format_decimal,
    format_quantity,
    parse_decimal,
    parse_quantity,
    parse_unit,
    to_base,
    unit_label,
)
from inventory_app.i18n.catalogue import ITALIAN, in_language

D = Decimal


@pytest.mark.parametrize(
    ("amount", "unit", "base", "expected"),
    [
        ("40", Unit.ML, BaseUnit.ML, "40"),
        ("4", Unit.CL, BaseUnit.ML, "40"),
        ("1", Unit.OZ, BaseUnit.ML, "29.5735"),
        ("1.5", Unit.OZ, BaseUnit.ML, "44.36025"),
        ("2", Unit.DASH, BaseUnit.ML, "1.84"),
        ("1", Unit.BARSPOON, BaseUnit.ML, "5"),
        ("3", Unit.DROP, BaseUnit.ML, "0.15"),
        ("250", Unit.G, BaseUnit.G, "250"),
        ("2", Unit.PCS, BaseUnit.PCS, "2"),
        ("-22.5", Unit.ML, BaseUnit.ML, "-22.5"),
    ],
)
def test_to_base_is_exact(amount: str, unit: Unit, base: BaseUnit, expected: str) -> None:
    assert to_base(D(amount), unit, base) == D(expected)


def test_measure_sizes_are_settings() -> None:
    sizes = MeasureSizes(dash_ml=D("0.8"), barspoon_ml=D("2.5"), drop_ml=D("0.04"))
    assert to_base(D(3), Unit.DASH, BaseUnit.ML, sizes) == D("2.4")
    assert to_base(D(2), Unit.BARSPOON, BaseUnit.ML, sizes) == D("5")
    assert to_base(D(10), Unit.DROP, BaseUnit.ML, sizes) == D("0.4")


@pytest.mark.parametrize(
    ("unit", "base"),
    [
        (Unit.ML, BaseUnit.G),
        (Unit.OZ, BaseUnit.PCS),
        (Unit.PCS, BaseUnit.ML),
        (Unit.G, BaseUnit.ML),
    ],
)
def test_incompatible_units_are_refused(unit: Unit, base: BaseUnit) -> None:
    with pytest.raises(InputError, match="cannot convert"):
        to_base(D(1), unit, base)


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("-40ml", "-40", Unit.ML),
        ("+2pcs", "2", Unit.PCS),
        ("1.5 oz", "1.5", Unit.OZ),
        ("4,5cl", "4.5", Unit.CL),
        ("2 dashes", "2", Unit.DASH),
        ("1 bsp", "1", Unit.BARSPOON),
        ("-0.7l", "-700", Unit.ML),
        ("3 DROPS", "3", Unit.DROP),
        (".5 ml", "0.5", Unit.ML),
    ],
)
def test_parse_quantity(text: str, amount: str, unit: Unit) -> None:
    assert parse_quantity(text) == (D(amount), unit)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("forty ml", "expected a quantity with its unit"),
        ("40", "needs a unit"),
        ("40 gallons", "unknown unit 'gallons'"),
        ("", "expected a quantity with its unit"),
        ("1e3ml", "expected a quantity with its unit"),
    ],
)
def test_parse_quantity_errors(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_quantity(text)


def test_parse_quantity_default_unit() -> None:
    assert parse_quantity("12", default_unit=Unit.PCS) == (D(12), Unit.PCS)


@pytest.mark.parametrize("text", ["abc", "1.2.3", "NaN", "Infinity", ""])
def test_parse_decimal_refuses_non_numbers(text: str) -> None:
    with pytest.raises(InputError, match="expected a number"):
        parse_decimal(text)


def test_parse_unit_lists_choices() -> None:
    with pytest.raises(InputError, match="ml, cl, oz, dash, barspoon, drop, g, pcs"):
        parse_unit("litre")


@pytest.mark.parametrize(
    ("value", "text"),
    [("700.000000", "700"), ("22.500", "22.5"), ("-0.050", "-0.05"), ("1E+3", "1000")],
)
def test_format_decimal(value: str, text: str) -> None:
    assert format_decimal(D(value)) == text


def test_format_quantity() -> None:
    assert format_quantity(D("-40.000000"), BaseUnit.ML) == "-40 ml"


def test_ten_thousand_pours_are_exact() -> None:
    total = sum((to_base(D("2.25"), Unit.CL, BaseUnit.ML) for _ in range(10_000)), D(0))
    assert total == D(225_000)


@given(st.decimals(min_value=-10_000, max_value=10_000, places=3), st.sampled_from(list(Unit)[:6]))
def test_liquid_conversion_round_trips(amount: Decimal, unit: Unit) -> None:
    ml = to_base(amount, unit, BaseUnit.ML)
    back = ml / to_base(D(1), unit, BaseUnit.ML)
    assert back == amount


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0.0000000000000000000000000001", Decimal(0)),
        ("0.1234567", Decimal("0.123457")),
        ("999999999", Decimal(999999999)),
        ("-0", Decimal(0)),
    ],
)
def test_numbers_are_kept_to_a_millionth(text: str, expected: Decimal) -> None:
    """What the ledger stores: 1e-28 is 0 here, so a rule sees the 0 the database would keep."""
    assert parse_decimal(text) == expected


@pytest.mark.parametrize("text", ["1" + "0" * 30, "1000000000", "-1000000000", str(10**40)])
def test_a_billion_or_more_is_refused_before_it_reaches_the_database(text: str) -> None:
    with pytest.raises(InputError, match="too large"):
        parse_decimal(text, what="a size")


def test_a_long_bad_text_is_quoted_short() -> None:
    with pytest.raises(InputError) as caught:
        parse_decimal("x" * 100_000)
    assert len(str(caught.value)) < 120


def test_stock_past_what_the_ledger_keeps_is_refused() -> None:
    assert check_stock(Decimal(10**12 - 1)) == Decimal(10**12 - 1)
    with pytest.raises(InputError, match="too large a quantity") as caught:
        check_stock(Decimal(-(10**12)), column="full")
    assert caught.value.column == "full"


@pytest.mark.parametrize(
    ("unit", "english", "italiano"),
    [
        ("pcs", "pcs", "pz"),
        ("ml", "ml", "ml"),
        ("g", "g", "g"),
        ("barspoon", "barspoon", "barspoon"),
    ],
)
def test_a_unit_shown_alone_in_both_languages(unit: str, english: str, italiano: str) -> None:
    """'pcs' reads 'pz' in Italian; the token typed stays 'pcs'."""
    assert unit_label(unit) == english
    with in_language(ITALIAN):
        assert unit_label(unit) == italiano
