"""What a written number means: exactly one reading, or a refusal that says why and what to write.

Python's Decimal and int read `1_0` as 10, Arabic-Indic `١٢` as 12 and full-width `５`
as 5; a cell should mean what the person who wrote it sees. So a number is ASCII digits
0-9 with at most one decimal mark, a point or a comma (`12.50`, `12,50`). A thousands
separator is read only where it cannot be the decimal mark: beside the other mark
(`1.234,56`, `1,234.56`) or repeated (`1.234.567`). `1,000` alone may be one thousand
or one: it is refused unless the cell's type says which (a workbook's number cell,
ExactNumberText, always has a decimal point and no groups).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from typing import Literal

from inventory_app.domain.errors import InputError
from inventory_app.i18n.catalogue import N_, tr
from inventory_app.i18n.formats import localized_number

DecimalMark = Literal[".", ","]

_PLAIN = re.compile(r"([0-9]*)(?:([.,])([0-9]+))?", re.ASCII)
_GROUPED = {
    ".": re.compile(r"[1-9][0-9]{0,2}(?:,[0-9]{3})+(?:\.[0-9]+)?", re.ASCII),  # 1,234.56
    ",": re.compile(r"[1-9][0-9]{0,2}(?:\.[0-9]{3})+(?:,[0-9]+)?", re.ASCII),  # 1.234,56
}
_ALLOWED = frozenset("0123456789.,")
_EXPONENT = re.compile(r"[0-9.,]+[eE][+-]?[0-9]+", re.ASCII)
_GROUPS_HINT = N_(
    "a number has one decimal mark (. or ,), and a thousands separator only in groups of "
    "three beside it, as in 1.234,56 or 1,234.56"
)


class NumberError(InputError):
    """A text that is no number by these rules; `reason` says why (blank when it is plain)."""

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class ExactNumberText(str):
    """The text of a workbook's number cell: a decimal point, no thousands separator."""

    __slots__ = ()


def shown(text: str) -> str:
    """A bad cell quoted in a message, cut short: a 1 MB cell must not make a 1 MB message."""
    return repr(text) if len(text) <= 60 else repr(text[:57] + "...")


def is_whole_number(text: str) -> bool:
    """Digits 0-9 only: str.isdigit() also says yes to '١٢', '５' and '²', and int() reads them."""
    return text.isascii() and text.isdigit()


def read_decimal(text: str, *, what: str, mark: DecimalMark | None = None) -> Decimal:
    """The one reading of `text` as a signed decimal, or InputError saying why there is none.

    `mark` is the decimal mark when the column's format makes it certain; a workbook's
    number cell (ExactNumberText) is always read with a point.
    """
    if isinstance(text, ExactNumberText):
        mark = "."
    body = text.strip()
    sign = body[:1] if body[:1] in ("+", "-") else ""
    body = body[len(sign) :]
    try:
        digits = _digits(body, mark)
    except _Refused as refused:
        raise refusal(what, text, refused.reason) from None
    return Decimal(("-" if sign == "-" else "") + digits)


def refusal(what: str, text: str, reason: str) -> NumberError:
    """'expected <what>, got <text>: <reason>', the one wording of a refused number.

    `what` is a phrase marked with N_ ("a price such as 12.50"), translated here where it
    is shown (a phrase already translated passes unchanged); `reason` comes translated.
    """
    return NumberError(expected(what, text, reason), reason=reason)


def expected(what: str, text: str, reason: str = "") -> str:
    """The words of a refused value: 'expected <what>, got <text>' (': <reason>')."""
    if reason:
        return tr("expected {what}, got {text}: {reason}").format(
            what=tr(what), text=shown(text), reason=reason
        )
    return tr("expected {what}, got {text}").format(what=tr(what), text=shown(text))


class _Refused(Exception):
    def __init__(self, reason: str = "") -> None:
        super().__init__(reason)
        self.reason = reason


def _digits(body: str, mark: DecimalMark | None) -> str:
    """The number as Decimal reads it ('1234.5'), or _Refused."""
    if not _ALLOWED.issuperset(body):
        raise _Refused(_odd_character(body))
    if not any(ch.isdigit() for ch in body):
        raise _Refused()
    plain = _PLAIN.fullmatch(body)
    if plain is not None and (plain[1] or plain[3]):
        return _plain(plain[1], plain[2], plain[3], mark)
    for decimal, grouped in _GROUPED.items():
        if mark in (None, decimal) and grouped.fullmatch(body):
            group = "," if decimal == "." else "."
            return body.replace(group, "").replace(",", ".")
    raise _Refused(tr(_GROUPS_HINT))


def _plain(whole: str, separator: str | None, fraction: str | None, mark: str | None) -> str:
    """Digits with at most one separator: a decimal mark, or (when certain) a thousands one."""
    if separator is None or fraction is None:
        return whole
    if mark is None or separator == mark:
        if mark is None and len(fraction) == 3 and whole and len(whole) <= 3 and whole[0] != "0":
            raise _Refused(_ambiguity(whole, separator, fraction))
        return f"{whole or '0'}.{fraction}"
    if len(fraction) == 3 and whole and len(whole) <= 3 and whole[0] != "0":
        return whole + fraction  # the other mark, in a group of three: a thousands separator
    raise _Refused(tr("the decimal mark here is {mark}").format(mark=repr(mark)))


def _ambiguity(whole: str, separator: str, fraction: str) -> str:
    thousands = whole + fraction
    decimal = format(Decimal(f"{whole}.{fraction}").normalize(), "f")
    if "." not in decimal:
        decimal += ".0"
    decimal = localized_number(decimal)  # '1,5' in Italian: also one reading only
    return tr(
        "it may mean {thousands} ({separator} separating thousands) or {decimal} "
        "({separator} as the decimal mark); write {thousands} or {decimal}"
    ).format(thousands=thousands, decimal=decimal, separator=repr(separator))


def _odd_character(body: str) -> str:
    """Why a text that looks like a number is not one; blank when it does not look like one."""
    other_digit = next((ch for ch in body if ch.isdigit() and ch not in _ALLOWED), "")
    if other_digit:
        name = unicodedata.name(other_digit, f"U+{ord(other_digit):04X}").lower()
        return tr("{digit} ({name}) is not one of the digits 0-9; type the number with 0-9").format(
            digit=repr(other_digit), name=name
        )
    if not any(ch.isdigit() for ch in body):
        return ""
    odd = set(body) - _ALLOWED
    if odd == {"_"}:
        return tr("'_' is not read as a digit separator; write the digits alone, such as 1000")
    if all(ch.isspace() for ch in odd):
        return tr(
            "a space inside a number is not read (it may separate two numbers); "
            "write 1000 or 1234.56"
        )
    if _EXPONENT.fullmatch(body):
        return tr("write the number in full, without an exponent (1000, not 1E3)")
    return ""
