"""The one display rule: whole numbers bare, no more digits than mean something."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from inventory_app.domain import display
from inventory_app.domain.counting import open_containers_level
from inventory_app.domain.display import ContainerStyle
from inventory_app.domain.rounding import half_up


@pytest.mark.parametrize(
    ("value", "unit", "signed", "text"),
    [
        (D("6.0"), "pcs", False, "6 pcs"),
        (D("6.000000"), "ml", False, "6 ml"),
        (D("13666.639875"), "ml", True, "+13,666.6 ml"),
        (D("2351.09325"), "ml", True, "+2,351.1 ml"),
        (D("22.5"), "ml", False, "22.5 ml"),
        (D("-22.5"), "ml", True, "-22.5 ml"),
        (D("0.92"), "ml", False, "0.92 ml"),
        (D("0.05"), "ml", False, "0.05 ml"),
        (D("23.825"), "pcs", True, "+24 pcs"),
        (D("1.5"), "pcs", False, "1.5 pcs"),
        (D("0.25"), "pcs", False, "0.25 pcs"),
        (D("278.2"), "pcs", True, "+278 pcs"),
        (D("1360"), "g", False, "1,360 g"),
        (D("0"), "ml", True, "0 ml"),
        (D("0.04"), "ml", True, "+0.04 ml"),
        (D("-0.001"), "ml", False, "0 ml"),
        (D("2.25"), "ml", False, "2.3 ml"),  # half up, as people round
    ],
)
def test_quantity_text(value: D, unit: str, signed: bool, text: str) -> None:
    assert display.quantity_text(value, unit, signed=signed) == text


@pytest.mark.parametrize(
    ("value", "places", "grouped", "text"),
    [
        (D("6.0"), 3, True, "6"),
        (D("1500"), 3, False, "1500"),
        (D("1500"), 3, True, "1,500"),
        (D("1.80"), 1, True, "1.8"),
        (D("1.94"), 1, True, "1.9"),
        (D("-1234567.891"), 2, True, "-1,234,567.89"),
        (D("1E+3"), 0, True, "1,000"),
    ],
)
def test_number_text(value: D, places: int, grouped: bool, text: str) -> None:
    assert display.number_text(value, places, grouped=grouped) == text


@pytest.mark.parametrize(
    ("value", "unit", "number_format"),
    [
        (D("6"), "ml", "#,##0"),
        (D("6.0000"), "pcs", "#,##0"),
        (D("22.5"), "ml", "#,##0.0"),
        (D("13666.639875"), "ml", "#,##0.0"),
        (D("0.92"), "ml", "#,##0.00"),
        (D("0.95"), "ml", "#,##0.00"),
        (D("2.94"), "ml", "#,##0.0"),
        (D("2.96"), "ml", "#,##0"),  # rounds to 3.0: shown as 3
        (D("2.999"), "ml", "#,##0"),  # rounds to 3: shown as 3, not 3.0
    ],
)
def test_spreadsheet_formats_show_what_the_window_shows(
    value: D, unit: str, number_format: str
) -> None:
    assert display.quantity_format(value, unit) == number_format


@pytest.mark.parametrize(
    ("containers", "style", "label", "text"),
    [
        (D("1.4"), ContainerStyle.DECIMAL, "btl", "1.4 btl"),
        (D("1.4"), ContainerStyle.TENTHS, "btl", "1 + 4/10 btl"),
        (D("1.94"), ContainerStyle.TENTHS, "btl", "1 + 9/10 btl"),
        (D("0.8"), ContainerStyle.TENTHS, "flask", "8/10 flask"),
        (D("2.00"), ContainerStyle.TENTHS, "btl", "2 btl"),
        (D("2.00"), ContainerStyle.DECIMAL, "", "2"),
        (D("1234.5"), ContainerStyle.TENTHS, "btl", "1,234 + 5/10 btl"),
        (D("-0.3"), ContainerStyle.TENTHS, "btl", "-3/10 btl"),
        (D("0.04"), ContainerStyle.TENTHS, "btl", "0 btl"),
    ],
)
def test_containers_text(containers: D, style: ContainerStyle, label: str, text: str) -> None:
    assert display.containers_text(containers, style, label=label) == text


def test_containers_with_the_base_unit_beside() -> None:
    shown = display.containers_with_base(
        D("1.4"), D("980"), "ml", ContainerStyle.TENTHS, label="btl"
    )
    assert shown == "1 + 4/10 btl (980 ml)"


@pytest.mark.parametrize(
    ("value", "text"), [(D("26.0"), "26 %"), (D("24.75"), "24.8 %"), (D("0"), "0 %")]
)
def test_percent_text(value: D, text: str) -> None:
    assert display.percent_text(value) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [(D("26.0"), "26.0 %"), (D("24.75"), "24.8 %"), (D("0"), "0.0 %"), (D("1234.56"), "1,234.6 %")],
)
def test_percent_text_in_a_column_keeps_its_tenth(value: D, text: str) -> None:
    assert display.percent_text(value, column=True) == text


def test_percent_text_in_a_column_in_italian(italian: None) -> None:
    assert display.percent_text(D("26"), column=True) == "26,0\u00a0%"


@pytest.mark.parametrize(
    ("on_hand", "size", "open_count", "level"),
    [
        (D(1260), D(700), 1, D(560)),  # one sealed spare, one open bottle
        (D(1400), D(700), 1, D(700)),  # just opened: the open one is full
        (D(300), D(700), 2, D(300)),  # two open, no spare
        (D(2100), D(700), 2, D(1400)),  # two full open ones and a spare
        (D(0), D(700), 1, D(0)),
        (D(-5), D(700), 1, D(0)),
        (D(500), D(0), 1, D(500)),
    ],
)
def test_the_level_of_a_bulk_items_open_containers(
    on_hand: D, size: D, open_count: int, level: D
) -> None:
    assert open_containers_level(on_hand, size, open_count) == level


@pytest.mark.parametrize(
    ("value", "places", "shown"),
    [("22.45", 1, "22.5"), ("-22.45", 1, "-22.5"), ("6.05", 1, "6.1"), ("5.96", 1, "6"),
     ("0.125", 2, "0.13"), ("-0.125", 2, "-0.13")],
)  # fmt: skip
def test_the_display_rule_rounds_half_up_then_drops_trailing_zeros(
    value: str, places: int, shown: str
) -> None:
    assert str(display.rounded(D(value), places)) == shown
    assert display.rounded(D(value), places) == half_up(D(value), places)


@pytest.mark.parametrize(
    ("label", "heading"),
    [("draft", "Draft"), ("bozza", "Bozza"), ("PIN impostato", "PIN impostato"), ("", "")],
)
def test_a_label_standing_alone_starts_with_a_capital(label: str, heading: str) -> None:
    assert display.heading_word(label) == heading
