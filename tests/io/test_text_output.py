"""Output formats: aligned tables, CSV that cannot run formulas, exact JSON numbers."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from decimal import Decimal

import pytest

from inventory_app.domain.display import exact_number, exact_quantity, percent_text
from inventory_app.domain.money import format_money
from inventory_app.io.text_output import (
    decimal_number,
    render_csv,
    render_json,
    render_table,
)

D = Decimal


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@x", "'@x"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Gin", "Gin"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_csv_guards_text_that_would_run_as_a_formula(text: str, written: str) -> None:
    out = render_csv(["name", "on_hand"], [[text, D("-40")]])
    assert list(csv.reader(io.StringIO(out, newline="")))[1] == [written, "-40"]


def test_csv_numbers_are_plain_and_exact() -> None:
    out = render_csv(["a", "b", "c", "d"], [[D("22.500000"), -3, None, D("0.1")]])
    assert out == "a,b,c,d\r\n22.5,-3,,0.1\r\n"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (D("660.000000"), "660"),
        (D("0.500"), "0.5"),
        (D("-22.5"), "-22.5"),
        (D("0.000001"), "0.000001"),
        (D("1E+3"), "1000"),
        (D("123456789012.345678"), "123456789012.345678"),
        (D("-0"), "0"),
    ],
)
def test_json_decimals_are_exact_numbers(value: Decimal, text: str) -> None:
    assert decimal_number(value) == text
    assert json.loads(render_json([{"v": value}]), parse_float=Decimal) == [{"v": D(text)}]


def test_json_values() -> None:
    record = {
        "s": 'say "hi" €',
        "n": None,
        "b": True,
        "i": 3,
        "t": datetime(2026, 1, 2, 3, 4, 5),
        "l": ["a", D("1.5")],
    }
    assert json.loads(render_json([record]), parse_float=Decimal) == [
        {
            "s": 'say "hi" €',
            "n": None,
            "b": True,
            "i": 3,
            "t": "2026-01-02T03:04:05",
            "l": ["a", D("1.5")],
        }
    ]
    assert render_json([]) == "[]\n"


def test_json_refuses_floats() -> None:
    with pytest.raises(TypeError, match="float"):
        render_json([{"x": 1.5}])


def test_table_aligns_text_left_and_numbers_right() -> None:
    out = render_table(
        ["SKU", "On hand", "Share"], [["GIN-1", D("660"), "0.94"], ["A", D("5.5"), ""]]
    )
    assert out == (
        "SKU    On hand  Share\n-----  -------  -----\nGIN-1      660   0.94\nA          5.5\n"
    )


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (D("6.0"), "6"),
        (D("6.000000"), "6"),
        (D("1500"), "1500"),
        (D("2351.09325"), "2351.093"),
        (D("0.5"), "0.5"),
        (D("-22.5"), "-22.5"),
        (D("1E+3"), "1000"),
    ],
)
def test_a_table_shows_numbers_by_the_display_rule(value: Decimal, shown: str) -> None:
    table = render_table(["n"], [[value]])
    assert table.splitlines()[2].strip() == shown


def test_csv_keeps_every_digit_a_table_rounds() -> None:
    value = D("2351.09325")
    assert "2351.09325" in render_csv(["n"], [[value]])
    assert "2351.09325" not in render_table(["n"], [[value]])


def test_csv_in_italian_splits_at_semicolons_with_a_decimal_comma(italian: None) -> None:
    out = render_csv(
        ["sku", "name", "on_hand", "count", "day"],
        [["GIN-1", "Gin; dry, 70 cl", D("2351.09325"), -3, date(2026, 12, 7)],
         ["=cmd", None, D("-22.500"), 0, None]],
    )  # fmt: skip
    assert out == (
        "sku;name;on_hand;count;day\r\n"
        'GIN-1;"Gin; dry, 70 cl";2351,09325;-3;2026-12-07\r\n'
        "'=cmd;;-22,5;0;\r\n"
    )
    rows = list(csv.reader(io.StringIO(out, newline=""), delimiter=";"))
    assert rows[1][1] == "Gin; dry, 70 cl"


def test_csv_in_english_keeps_commas_and_points() -> None:
    out = render_csv(["name", "on_hand"], [["Gin; dry, 70 cl", D("2351.09325")]])
    assert out == 'name,on_hand\r\n"Gin; dry, 70 cl",2351.09325\r\n'


@pytest.mark.parametrize(
    ("value", "shown"),
    [(D("6.0"), "6"), (D("2351.09325"), "2351,093"), (D("0.5"), "0,5"), (D("-22.5"), "-22,5")],
)
def test_an_italian_table_shows_a_decimal_comma(italian: None, value: Decimal, shown: str) -> None:
    assert render_table(["n"], [[value]]).splitlines()[2].strip() == shown


def test_an_italian_table_aligns_money_and_percentages_right(italian: None) -> None:
    out = render_table(
        ["Articolo", "Prezzo", "Costo %", "Giorno"],
        [["Negroni", format_money(D("1234.5")), percent_text(D("24.84")), date(2026, 12, 7)],
         ["Spritz", format_money(D("9")), percent_text(D("8")), date(2026, 1, 2)]],
    )  # fmt: skip
    assert out.replace("\u00a0", " ").splitlines()[2:] == [  # no-break spaces before € and %
        "Negroni   1.234,50 €   24,8 %  07/12/2026",
        "Spritz        9,00 €      8 %  02/01/2026",
    ]


@pytest.mark.parametrize(("unit", "italian_text"), [("pcs", "pz"), ("ml", "ml"), ("g", "g")])
def test_a_quantity_in_a_message(italian: None, unit: str, italian_text: str) -> None:
    assert exact_quantity(D("-1.840"), unit) == f"-1,84 {italian_text}"
    assert exact_number(D("13666.639875")) == "13666,639875"
