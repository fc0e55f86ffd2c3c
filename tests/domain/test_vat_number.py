"""VAT numbers (domain/vat_number.py): an Italian P.IVA's check digit, other EU forms plainly."""

from __future__ import annotations

import pytest

from inventory_app.domain.errors import InputError
from inventory_app.domain.vat_number import (
    check_vat_number,
    italian_check_digit,
    italian_check_digit_ok,
)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("", ""),
        ("   ", ""),
        ("09648150150", "09648150150"),
        ("IT09648150150", "IT09648150150"),
        ("it 096 481 501 50", "IT09648150150"),
        ("IT-09648150150", "IT09648150150"),
        ("00743110157", "00743110157"),
        ("DE123456789", "DE123456789"),
        ("fr 12 345678901", "FR12345678901"),
        ("ATU12345678", "ATU12345678"),
        ("ESX1234567X", "ESX1234567X"),
    ],
)
def test_accepted_numbers_as_stored(typed: str, stored: str) -> None:
    assert check_vat_number(typed) == stored


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("09648150151", "wrong check digit"),  # the last digit mistyped
        ("09648105150", "wrong check digit"),  # two digits swapped
        ("IT0964815015", "11 digits"),
        ("0964815015", "11 digits"),
        ("IT096481501500", "11 digits"),
        ("ITABCDEFGHIJK", "11 digits"),
        ("VAT 123", "country code"),
        ("D1234", "country code"),
        ("=1+1", "country code"),
    ],
)
def test_refused_numbers_say_why(typed: str, says: str) -> None:
    with pytest.raises(InputError, match=says):
        check_vat_number(typed)


def test_the_check_digit_rule() -> None:
    """Odd places as they are, even places doubled (less 9 above 9), 10 minus the last digit."""
    assert italian_check_digit("0000000000") == "0"
    assert italian_check_digit("1234567890") == "3"
    assert italian_check_digit("0964815015") == "0"
    assert italian_check_digit_ok("12345678903")
    assert not italian_check_digit_ok("1234567890")
    assert not italian_check_digit_ok("1234567890A")


def test_a_wrong_p_iva_in_italian(italian: None) -> None:
    with pytest.raises(InputError, match="cifra di controllo"):
        check_vat_number("09648150151")
