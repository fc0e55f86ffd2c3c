"""A VAT number as a supplier's invoice must carry it: an Italian P.IVA is checked digit by digit.

An Italian partita IVA is 11 digits, the last a check digit (the Luhn rule as the Agenzia
delle Entrate applies it): a mistyped digit is caught here, before it heads every order.
Other EU numbers are accepted in their plain form (two letters, then 2 to 13 letters or
digits): their checks differ by country and a wrong one is the supplier's to point out.
"""

from __future__ import annotations

import re

from inventory_app.domain.errors import InputError
from inventory_app.i18n.catalogue import tr

_SPACING = re.compile(r"[\s.\-/]")
_ITALIAN = re.compile(r"(?:IT)?(\d{11})")
# The EU's VAT country codes (Greece is EL) and Northern Ireland's XI, then its body.
EU_PREFIXES = [
    "AT",
    "BE",
    "BG",
    "CY",
    "CZ",
    "DE",
    "DK",
    "EE",
    "EL",
    "ES",
    "FI",
    "FR",
    "HR",
    "HU",
    "IE",
    "LT",
    "LU",
    "LV",
    "MT",
    "NL",
    "PL",
    "PT",
    "RO",
    "SE",
    "SI",
    "SK",
    "XI",
]
_EUROPEAN = re.compile(rf"(?:{'|'.join(EU_PREFIXES)})(?=[0-9A-Z+*]*\d)[0-9A-Z+*]{{2,12}}")


def check_vat_number(text: str) -> str:
    """The number as stored ('IT12345678903' keeps its prefix, spaces dropped); '' for none.

    Raises InputError naming what is wrong: a P.IVA of the wrong length or check digit,
    or a text that is no VAT number at all.
    """
    compact = _SPACING.sub("", text).upper()
    if not compact:
        return ""
    if compact.startswith("IT") or compact.isdigit():
        match = _ITALIAN.fullmatch(compact)
        if match is None:
            raise InputError(
                tr("a P.IVA has 11 digits, got {value}").format(value=repr(text.strip()))
            )
        if not italian_check_digit_ok(match.group(1)):
            raise InputError(
                tr("the P.IVA {value} has a wrong check digit: please check it").format(
                    value=match.group(1)
                )
            )
        return compact
    if _EUROPEAN.fullmatch(compact) is None:
        raise InputError(
            tr(
                "a VAT number is 11 digits (Italy) or a country code and digits "
                "(such as DE123456789), got {value}"
            ).format(value=repr(text.strip()))
        )
    return compact


def italian_check_digit_ok(digits: str) -> bool:
    """The eleventh digit of a P.IVA against the first ten."""
    return len(digits) == 11 and digits.isdigit() and italian_check_digit(digits[:10]) == digits[10]


def italian_check_digit(first_ten: str) -> str:
    """Odd places count as they are; even places doubled, less 9 above 9; 10 minus the sum."""
    total = 0
    for place, char in enumerate(first_ten, start=1):
        digit = int(char)
        if place % 2 == 0:
            digit = digit * 2 - 9 if digit * 2 > 9 else digit * 2
        total += digit
    return str((10 - total % 10) % 10)
