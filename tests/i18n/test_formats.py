"""Numbers, money and dates as each language writes them: a table of cases."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from inventory_app.domain import display
from inventory_app.domain.money import format_money
from inventory_app.i18n.catalogue import ENGLISH, ITALIAN, in_language
from inventory_app.i18n.formats import date_text, date_time_text, day_time_text, month_name

NBSP = "\u00a0"

CASES = [
    # (what, English, Italian)
    (lambda: format_money(Decimal("1234.56")), "€1,234.56", f"1.234,56{NBSP}€"),
    (lambda: format_money(Decimal("-28.333")), "-€28.33", f"-28,33{NBSP}€"),
    (lambda: format_money(Decimal("0.005")), "€0.01", f"0,01{NBSP}€"),
    (lambda: display.quantity_text(Decimal("7.5"), "ml"), "7.5 ml", "7,5 ml"),
    (lambda: display.quantity_text(Decimal("13666.639"), "ml"), "13,666.6 ml", "13.666,6 ml"),
    (lambda: display.quantity_text(Decimal("1500"), "ml"), "1,500 ml", "1.500 ml"),
    (lambda: display.number_text(Decimal("1360"), grouped=False), "1360", "1360"),
    (lambda: display.number_text(Decimal("22.5"), signed=True), "+22.5", "+22,5"),
    (lambda: display.percent_text(Decimal("24.8")), "24.8 %", f"24,8{NBSP}%"),
    (lambda: display.percent_text(Decimal("26")), "26 %", f"26{NBSP}%"),
    (
        lambda: display.containers_text(Decimal("1234.4"), display.ContainerStyle.TENTHS),
        "1,234 + 4/10",
        "1.234 + 4/10",
    ),
    (lambda: display.container_label("bottle"), "btl", "bt"),
    (lambda: date_text(date(2026, 12, 7)), "2026-12-07", "07/12/2026"),
    (lambda: date_time_text(datetime(2026, 12, 7, 19, 30)), "2026-12-07 19:30", "07/12/2026 19:30"),
    (lambda: day_time_text(datetime(2026, 3, 4, 19, 30)), "Wed 04 Mar 19:30", "mer 04 mar 19:30"),
    (lambda: month_name(date(2026, 5, 1)), "May", "maggio"),
    (lambda: month_name(date(2026, 5, 1), short=True), "May", "mag"),
]


@pytest.mark.parametrize(("shown", "english", "italian"), CASES)
def test_each_language_writes_numbers_its_way(shown, english: str, italian: str) -> None:
    with in_language(ENGLISH):
        assert shown() == english
    with in_language(ITALIAN):
        assert shown() == italian
