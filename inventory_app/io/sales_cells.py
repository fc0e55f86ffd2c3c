"""How one cell of a sales export is read: dates, times, drink counts, amounts, channels."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from inventory_app.domain.errors import InputError
from inventory_app.domain.money import parse_money
from inventory_app.domain.numbers import (
    ExactNumberText,
    NumberError,
    expected,
    read_decimal,
    refusal,
)
from inventory_app.domain.numbers import shown as _shown
from inventory_app.domain.recipes import Channel
from inventory_app.domain.units import parse_decimal
from inventory_app.i18n.catalogue import N_, tr

if TYPE_CHECKING:
    from inventory_app.io.columns import Column
    from inventory_app.io.sheet_stream import SheetRow

# ASCII: Python's \d matches any script's digits, and int() reads them ('٢٠٢٤' is 2024).
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ]00:00(?::00)?)?$", re.ASCII)
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$", re.ASCII)
# A POS line of more drinks than this is a typo or a hostile file, not a sale.
MAX_DRINKS = 10_000
FIRST_YEAR, LAST_YEAR = 1900, 2999
# A line's identity (Sale.line_key, 200 characters) holds the transaction id and a suffix.
MAX_TRANSACTION_ID = 120
# Dining options a POS writes for a drink that leaves through the window.
_TAKEAWAY_OPTIONS = frozenset({"togo", "takeout", "takeaway"})
# An export repeats a few days, counts, prices and dining options on every line: the
# parsers of those cells keep their answers (pure functions of the text, immutable
# values; a bad cell raises and is not kept). Reading them was a third of an import.
# Numbers are kept by type too: a workbook's number cell '1.234' is not the text '1.234'.
_SEEN = 1024
_AMOUNT = N_("an amount such as €8.00 or -€8.00")
_DRINKS = N_("a positive whole number of drinks such as 1")


@lru_cache(maxsize=_SEEN)
def parse_day(text: str) -> date:
    """A date as YYYY-MM-DD (a workbook's date cell reads as YYYY-MM-DDT00:00:00)."""
    match = _DAY.match(text)
    try:
        if match is None:
            raise ValueError
        day = date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise InputError(
            tr("expected a date as YYYY-MM-DD, got {text}").format(text=_shown(text))
        ) from None
    # Year 1 or 9999 cannot be moved to UTC in every time zone; no till sold then.
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise InputError(
            tr("expected a date between {first} and {last}, got {text}").format(
                first=FIRST_YEAR, last=LAST_YEAR, text=_shown(text)
            )
        )
    return day


def parse_clock(text: str) -> time:
    """A time of day as HH:MM or HH:MM:SS; a blank cell is midnight."""
    if not text:
        return time.min
    match = _CLOCK.match(text)
    try:
        if match is None:
            raise ValueError
        return time(int(match[1]), int(match[2]), int(match[3] or 0))
    except ValueError:
        raise InputError(
            tr("expected a time as HH:MM or HH:MM:SS, got {text}").format(text=_shown(text))
        ) from None


@lru_cache(maxsize=4096)
def local_to_utc(day: date, clock: time) -> datetime:
    """The bar's local wall-clock time as naive UTC, how every `at` is stored."""
    return datetime.combine(day, clock).astimezone().astimezone(UTC).replace(tzinfo=None)


@lru_cache(maxsize=_SEEN, typed=True)
def parse_count(text: str, *, signed: bool = False) -> Decimal:
    """A whole number of drinks; POS exports write '1.0'. Signed: a refund may be negative."""
    value = read_decimal(text, what=_DRINKS)
    if value != value.to_integral_value() or value == 0 or (value < 0 and not signed):
        raise InputError(expected(_DRINKS, text))
    if abs(value) > MAX_DRINKS:
        raise InputError(
            tr("expected at most {count} drinks on one line, got {text}").format(
                count=MAX_DRINKS, text=_shown(text)
            )
        )
    return Decimal(int(value))


@lru_cache(maxsize=_SEEN, typed=True)
def parse_amount(text: str) -> Decimal:
    """Money with its sign as exports write it: '€8.00', '-€8.00', '€-8.00', '(€8.00)'."""
    if isinstance(text, ExactNumberText):  # a workbook's number cell holds its own sign
        value = parse_decimal(text, what=tr(_AMOUNT))
        return value
    body = text.strip()
    negative = body.startswith("(") and body.endswith(")")
    if negative:
        body = body[1:-1]
    if body.count("-") == 1:
        negative = True
        body = body.replace("-", "")
    try:
        value = parse_money(body)
    except NumberError as exc:
        raise refusal(tr(_AMOUNT), text, exc.reason) from None
    except InputError:
        raise refusal(tr(_AMOUNT), text, "") from None
    return -value if negative else value


def optional_amount(text: str) -> Decimal | None:
    """An amount, or None for a blank cell (not every export has every amount)."""
    return parse_amount(text) if text else None


def parse_channel(text: str) -> Channel | None:
    """takeaway or speakeasy; blank means the bar's default channel."""
    if not text:
        return None
    try:
        return Channel(text.lower())
    except ValueError:
        raise InputError(
            tr("expected takeaway or speakeasy, got {text}").format(text=_shown(text))
        ) from None


@lru_cache(maxsize=_SEEN)
def dining_channel(text: str) -> Channel:
    """Square's Dining Option: 'To Go', 'Take Out', 'Takeaway' leave by the window."""
    letters = "".join(ch for ch in text.lower() if ch.isalpha())
    return Channel.TAKEAWAY if letters in _TAKEAWAY_OPTIONS else Channel.SPEAKEASY


def parse_transaction_id(text: str) -> str | None:
    """A POS transaction id, or None for a blank cell."""
    if len(text) > MAX_TRANSACTION_ID:
        raise InputError(
            tr("expected a transaction id of at most {limit} characters, got {length}").format(
                limit=MAX_TRANSACTION_ID, length=len(text)
            )
        )
    return str(text) or None  # plain text, also from a workbook's number cell


def refund_sign(amount: Decimal | None, refund: bool) -> Decimal | None:
    """A refund gives money back: its amounts are stored negative whatever the export wrote."""
    if amount is None or not refund:
        return amount
    return -abs(amount)


def note_text(row: SheetRow, column: Column | None) -> str:
    """A note cell as written (kept with an unmatched line), empty without the column."""
    return str(row.get(column.index) or "").strip() if column is not None else ""
