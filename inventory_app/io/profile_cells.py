"""How a profile reads one cell: a date in its order (with a time or not), a number with a
decimal comma. A date in another order is refused, never turned around: 03.04.23 read the
wrong way would move a sale by months."""

from __future__ import annotations

import re
from datetime import date, time
from functools import lru_cache

from inventory_app.domain.errors import InputError
from inventory_app.domain.numbers import ExactNumberText
from inventory_app.domain.numbers import shown as _shown
from inventory_app.i18n.catalogue import tr
from inventory_app.io.sales_cells import FIRST_YEAR, LAST_YEAR, parse_clock, parse_day
from inventory_app.io.sales_profile import DateOrder, DecimalMark

# ASCII digits only (Python's \d reads any script's). A time may follow: ', 12:32' or 'T12:32'.
_WHEN = {
    DateOrder.ISO: re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:(?:,\s*|\s+|T)(.+))?$", re.ASCII),
    DateOrder.DMY: re.compile(
        r"^(\d{1,2})([./-])(\d{1,2})\2(\d{2}|\d{4})(?:(?:,\s*|\s+)(.+))?$", re.ASCII
    ),
    DateOrder.MDY: re.compile(
        r"^(\d{1,2})([./-])(\d{1,2})\2(\d{2}|\d{4})(?:(?:,\s*|\s+)(.+))?$", re.ASCII
    ),
}
# A 12-hour clock as US-set tills write it after the date: '1:33 PM', '12:05 a.m.'.
_TWELVE_HOUR = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp])\.?[Mm]\.?$", re.ASCII)
_EXAMPLES = {
    DateOrder.ISO: "2023-03-24",
    DateOrder.DMY: "24.03.2023, 17.04.23",
    DateOrder.MDY: "03/24/2023",
}


def date_example(order: DateOrder) -> str:
    return _EXAMPLES[order]


@lru_cache(maxsize=4096, typed=True)
def parse_when(text: str, order: DateOrder) -> tuple[date, time | None]:
    """A date written in `order`, and the time written after it (None when there is none).

    Kept like sales_cells' parsers: an export repeats its days (and minutes) on many lines;
    the answer is a pure function of the text, a refused text raises and is not kept."""
    match = _WHEN[order].match(text)
    if match is None:
        raise _bad_date(text, order)
    if order is DateOrder.ISO:
        day = parse_day(f"{match[1]}-{match[2]}-{match[3]}")
        rest = match[4]
    else:
        first, second, year = int(match[1]), int(match[3]), int(match[4])
        if len(match[4]) == 2:
            year += 2000  # tills began long after 1999; 17.04.23 is 2023
        day_of_month, month = (first, second) if order is DateOrder.DMY else (second, first)
        try:
            day = date(year, month, day_of_month)
        except ValueError:
            raise _bad_date(text, order) from None
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            raise _bad_date(text, order)
        rest = match[5]
    if rest is None:
        return day, None
    return day, parse_time_of_day(rest)


def parse_time_of_day(text: str) -> time:
    """HH:MM or HH:MM:SS, or a 12-hour clock ('1:33 PM'); a blank cell is midnight."""
    match = _TWELVE_HOUR.match(text)
    if match is None:
        return parse_clock(text)
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    if not 1 <= hour <= 12 or minute > 59 or second > 59:
        return parse_clock(text)  # refused, with the shared message
    return time(hour % 12 + (12 if match[4] in "Pp" else 0), minute, second)


def _bad_date(text: str, order: DateOrder) -> InputError:
    return InputError(
        tr("expected a date such as {example}, got {text}").format(
            example=_EXAMPLES[order], text=_shown(text)
        )
    )


_COMMA_DECIMAL = re.compile(r",\d{1,2}\)?$", re.ASCII)


def number_text(text: str, decimal: DecimalMark) -> str:
    """A number cell as the shared parsers read it (a decimal point, no thousands marks)."""
    if decimal is DecimalMark.POINT:
        return text
    if decimal is DecimalMark.AUTO and not _COMMA_DECIMAL.search(text.rstrip()):
        return text
    return point_decimal(text)


def point_decimal(text: str) -> str:
    """'1.234,56' as '1234.56', so the shared parsers read it; a workbook's number cell
    already holds a number and is left alone. A point that does not group thousands
    ('1.5') is refused: in a file with decimal commas it is a drifted column, not 1.5."""
    if isinstance(text, ExactNumberText) or ("," not in text and "." not in text):
        return text
    whole = text.split(",")[0]
    groups = whole.split(".")
    if any(len(group) != 3 or not group.isdigit() for group in groups[1:]):
        raise InputError(
            tr("expected a number with a decimal comma such as 1.234,56, got {text}").format(
                text=_shown(text)
            )
        )
    return text.replace(".", "").replace(",", ".")
