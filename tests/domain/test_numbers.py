"""A written number has one reading or is refused with the reason and what to write instead."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inventory_app.domain.errors import InputError
from inventory_app.domain.money import parse_money
from inventory_app.domain.numbers import ExactNumberText, is_whole_number, read_decimal
from inventory_app.domain.units import parse_decimal, parse_quantity
from inventory_app.services.settings import check_setting

D = Decimal


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12", D(12)),
        ("12.50", D("12.5")),
        ("12,50", D("12.5")),
        (" 7 ", D(7)),
        ("+3", D(3)),
        ("-3", D(-3)),
        (".5", D("0.5")),
        (",5", D("0.5")),
        ("0,500", D("0.5")),  # a thousands group never starts with 0
        ("0.125", D("0.125")),
        ("1234.567", D("1234.567")),  # four digits before the mark: no group of three
        ("1,2345", D("1.2345")),
        ("1,00", D(1)),
        ("1.234,56", D("1234.56")),
        ("1,234.56", D("1234.56")),
        ("-1.234,5", D("-1234.5")),
        ("1.234.567", D(1234567)),  # a mark twice can only be a thousands separator
        ("1,234,567", D(1234567)),
        ("1,234,567.89", D("1234567.89")),
        ("1.234.567,89", D("1234567.89")),
    ],
)
def test_a_number_with_one_reading_is_read(text: str, value: Decimal) -> None:
    assert read_decimal(text, what="a number") == value


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("1_0", "'_' is not read as a digit separator; write the digits alone, such as 1000"),
        ("١٢", "'١' (arabic-indic digit one) is not one of the digits 0-9"),
        ("۱۲", "'۱' (extended arabic-indic digit one) is not one of the digits 0-9"),
        ("５", "'５' (fullwidth digit five) is not one of the digits 0-9"),
        ("१०", "'१' (devanagari digit one) is not one of the digits 0-9"),
        ("1,000", "it may mean 1000 (',' separating thousands) or 1.0 (',' as the decimal mark); "
                  "write 1000 or 1.0"),
        ("1.000", "it may mean 1000 ('.' separating thousands) or 1.0 ('.' as the decimal mark)"),
        ("-2,500", "it may mean 2500 (',' separating thousands) or 2.5"),
        ("100.000", "it may mean 100000 ('.' separating thousands) or 100.0"),
        ("1 000", "a space inside a number is not read (it may separate two numbers)"),
        ("1\u00a0000", "a space inside a number is not read"),
        ("1\u202f000", "a space inside a number is not read"),
        ("1e5", "write the number in full, without an exponent (1000, not 1E3)"),
        ("1E-3", "without an exponent"),
        ("1.2.3", "a number has one decimal mark (. or ,)"),
        ("1,234,56", "a number has one decimal mark (. or ,)"),
        ("1.234.56", "a number has one decimal mark (. or ,)"),
        ("1.234,567.8", "a number has one decimal mark (. or ,)"),
        ("12.", "a number has one decimal mark (. or ,)"),
        ("0,123,456", "a number has one decimal mark (. or ,)"),
    ],
)  # fmt: skip
def test_a_number_without_one_reading_is_refused_saying_why(text: str, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        read_decimal(text, what="a size such as 700")
    assert str(caught.value).startswith(f"expected a size such as 700, got {text!r}: ")
    assert reason in str(caught.value)


@pytest.mark.parametrize("text", ["", " ", "-", "+", ".", "NaN", "-inf", "Infinity", "0x1A",
                                  "--1", "+-1", "1-", "twelve", "=1+1", "12 bottles"])  # fmt: skip
def test_what_is_no_number_at_all_is_refused_plainly(text: str) -> None:
    with pytest.raises(InputError) as caught:
        read_decimal(text, what="a size such as 700")
    assert str(caught.value) == f"expected a size such as 700, got {text!r}"


@pytest.mark.parametrize(
    ("text", "mark", "value"),
    [
        ("1,000", ".", D(1000)),
        ("1.000", ",", D(1000)),
        ("1,5", ",", D("1.5")),
        ("1.000", ".", D(1)),
    ],
)
def test_a_known_decimal_mark_settles_a_group_of_three(
    text: str, mark: str, value: Decimal
) -> None:
    assert read_decimal(text, what="a number", mark=mark) == value  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "mark"), [("1,5", "."), ("1.5", ","), ("1,234.5", ",")])
def test_a_separator_that_is_not_the_known_mark_must_group_thousands(text: str, mark: str) -> None:
    with pytest.raises(InputError, match=r"decimal mark|one decimal mark"):
        read_decimal(text, what="a number", mark=mark)  # type: ignore[arg-type]


def test_a_workbook_number_cell_is_read_with_its_decimal_point() -> None:
    assert read_decimal(ExactNumberText("1.234"), what="a number") == D("1.234")
    assert parse_money(ExactNumberText("1.250")) == D("1.25")


@pytest.mark.parametrize(
    ("text", "value"),
    [("€12,50", D("12.5")), ("12,50 €", D("12.5")), ("€ 1.234,50", D("1234.5"))],
)
def test_prices_use_the_same_rules(text: str, value: Decimal) -> None:
    assert parse_money(text) == value


@pytest.mark.parametrize("text", ["€1,000", "1_0 €", "€١٢"])
def test_prices_refuse_what_numbers_refuse(text: str) -> None:
    with pytest.raises(InputError, match=r"expected a price such as 12\.50"):
        parse_money(text)


@pytest.mark.parametrize("text", ["1,000ml", "١٢ml", "1_0ml", "５ cl"])
def test_quantities_with_a_unit_use_the_same_rules(text: str) -> None:
    with pytest.raises(InputError):
        parse_quantity(text)


# --- properties ---------------------------------------------------------------------------
money = st.decimals(min_value=0, max_value=D("999999999.99"), places=2)


@given(money)
def test_a_grouped_amount_reads_back_exactly_in_either_convention(value: Decimal) -> None:
    english = f"{value:,.2f}"  # 1,234,567.89
    european = english.translate(str.maketrans(",.", ".,"))  # 1.234.567,89
    assert parse_decimal(english) == value
    assert parse_decimal(european) == value


@given(st.decimals(min_value=-999999, max_value=999999, places=4), st.sampled_from(".,"))
def test_a_plain_number_reads_back_or_is_refused_as_ambiguous(value: Decimal, mark: str) -> None:
    text = format(value, "f").replace(".", mark)
    try:
        read = read_decimal(text, what="a number")
    except InputError as refused:
        assert "it may mean" in str(refused)
        assert re.fullmatch(r"-?[1-9][0-9]{0,2}[.,][0-9]{3}", text)
    else:
        assert read == value


digits_of_other_scripts = st.characters(categories=["Nd"]).filter(lambda ch: ch not in "0123456789")


@given(st.text(alphabet="0123456789.,", max_size=6), digits_of_other_scripts, st.data())
def test_a_digit_of_another_script_is_always_refused(
    ascii_text: str, digit: str, data: st.DataObject
) -> None:
    at = data.draw(st.integers(min_value=0, max_value=len(ascii_text)))
    text = ascii_text[:at] + digit + ascii_text[at:]
    with pytest.raises(InputError):
        read_decimal(text, what="a number")


@given(st.text(max_size=12))
def test_only_ascii_digits_signs_and_marks_are_ever_read(text: str) -> None:
    try:
        read_decimal(text, what="a number")
    except InputError:
        return
    assert re.fullmatch(r"[+-]?[0-9.,]+", text.strip())
    assert all(unicodedata.category(ch) != "Nd" or ch in "0123456789" for ch in text)


@pytest.mark.parametrize(
    ("text", "whole"),
    [("12", True), ("0", True), ("١٢", False), ("５", False), ("²", False), ("1_0", False),
     ("-1", False), ("1.0", False), ("", False), (" 1", False)],
)  # fmt: skip
def test_a_whole_number_is_digits_0_to_9_only(text: str, whole: bool) -> None:
    assert is_whole_number(text) is whole


@pytest.mark.parametrize(
    ("key", "value"),
    [("shift_hours", "١٢"), ("oxidation_months", "５"), ("idle_lock_minutes", "²"),
     ("backup_keep", "٣٠"), ("dash_ml", "1_0"), ("vat_rate_pct", "٢٢")],
)  # fmt: skip
def test_settings_refuse_digits_of_other_scripts(key: str, value: str) -> None:
    with pytest.raises(InputError):
        check_setting(key, value)
