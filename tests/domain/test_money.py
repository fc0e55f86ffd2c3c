"""Prices as bars write them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from inventory_app.domain.errors import InputError
from inventory_app.domain.money import format_money, parse_money, to_cents


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12.50", "12.50"),
        ("12,50", "12.50"),
        ("€12.50", "12.50"),
        ("12,50 €", "12.50"),
        ("EUR 7", "7"),
        ("1.234,50", "1234.50"),
        ("1,234.50", "1234.50"),
        ("0.0375", "0.0375"),
        (" 9 ", "9"),
    ],
)
def test_parse_money(text: str, value: str) -> None:
    assert parse_money(text) == Decimal(value)


@pytest.mark.parametrize("text", ["abc", "€", "-3.00", "12.50.1"])
def test_parse_money_refuses(text: str) -> None:
    with pytest.raises(InputError):
        parse_money(text)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("12.5", "€12.50"),
        ("0.005", "€0.01"),
        ("1234.5", "€1,234.50"),
        ("-28.333", "-€28.33"),
        ("-0.001", "€0.00"),
    ],
)
def test_format_money(value: str, text: str) -> None:
    assert format_money(Decimal(value)) == text


@pytest.mark.parametrize(
    ("value", "cents"),
    [("12.345", "12.35"), ("12.344", "12.34"), ("-28.335", "-28.34"), ("0.005", "0.01"),
     ("-0.005", "-0.01"), ("1234", "1234.00")],
)  # fmt: skip
def test_money_to_the_cent(value: str, cents: str) -> None:
    assert str(to_cents(Decimal(value))) == cents


@pytest.mark.parametrize(
    ("value", "text"), [("12.345", "€12.35"), ("-28.335", "-€28.34"), ("0.005", "€0.01")]
)
def test_money_text_rounds_as_money_does(value: str, text: str) -> None:
    assert format_money(Decimal(value)) == text
    assert format_money(Decimal(value)) == format_money(to_cents(Decimal(value)))
