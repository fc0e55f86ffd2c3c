"""Sales exports read as a stream of SalesLine, through an import profile (io/sales_profile).

Square and the generic sheet keep their own readers; every other till is read by its
profile's table of columns. `auto` picks the profile by the header.

Every bad cell is reported with its row and column (up to MAX_ERRORS), after the
good lines have streamed by; the caller's first pass over the file finds them all.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from inventory_app.domain.errors import ImportErrors, InputError
from inventory_app.domain.recipes import SaleKind
from inventory_app.i18n.catalogue import tr
from inventory_app.io.columns import Column, checked_columns, read_cell
from inventory_app.io.profile_sales import missing_columns_error, profile_parser
from inventory_app.io.sales_cells import (
    optional_amount,
    parse_channel,
    parse_count,
    parse_transaction_id,
)
from inventory_app.io.sales_line import SalesFormat, SalesLine, read_when_and_item
from inventory_app.io.sales_profile import Reader, SalesProfile, missing_fields, profile_columns
from inventory_app.io.sheet_stream import SheetRow, SheetStream, open_sheet_stream
from inventory_app.io.square_sales import MARKERS, looks_like_square, square_key, square_parser
from inventory_app.io.text_encoding import AUTO
from inventory_app.io.till_profiles import BUILT_IN, GENERIC, SQUARE

__all__ = [
    "SalesFormat", "SalesLine", "SalesStream", "choose_profile", "detect_format",
    "matches_no_profile", "open_sales",
]  # fmt: skip

MAX_ERRORS = 50
GENERIC_COLUMNS = (
    "date", "time", "item", "qty", "channel", "transaction_id", "net_sales", "gross_sales",
)  # fmt: skip
GENERIC_REQUIRED = ("date", "item", "qty")

# A header that shares more than half of a profile's required fields, and at least this
# many, is that till's export drifted (a renamed column), and is reported as such rather
# than as a generic sheet. Half, because "Date" and "Item" alone are every till's words.
CLOSE_MATCH = 2

RowParser = Callable[[SheetRow, list[InputError]], SalesLine | None]
Choice = SalesFormat | SalesProfile


@dataclass(frozen=True)
class SalesStream:
    """One pass over a sales file; `done()` against `total` is its progress.

    `format` is the profile's name (for Square and the generic sheet, the SalesFormat);
    `encoding` the codec a CSV file was read with ('' for a workbook).
    """

    file_name: str
    format: str
    lines: Iterator[SalesLine]
    total: int
    done: Callable[[], int]
    profile: SalesProfile = GENERIC
    encoding: str = ""


def detect_format(header: tuple[str, ...]) -> SalesFormat:
    """Square by its own column names (Item, Qty and Event Type or the like), else generic."""
    return SalesFormat.SQUARE if looks_like_square(header) else SalesFormat.GENERIC


def choose_profile(
    file_name: str,
    header: tuple[str, ...],
    owned: Sequence[SalesProfile] = (),
    sample: SheetRow | None = None,
) -> SalesProfile:
    """The profile whose required columns this header has, the most of its fields first
    (the owner's profiles before the built-in ones on a tie). Square keeps its own test; a
    header near one profile but short of a column raises, naming the profile and column
    (near Square: one of its own columns such as Event Type, and two of Date, Item, Qty)."""
    if looks_like_square(header):
        return SQUARE
    tables = [p for p in (*owned, *BUILT_IN) if p.reader is Reader.TABLE]
    if {square_key(name) for name in header} & MARKERS:
        tables.append(SQUARE)  # complete it would have been Square: only ever near here
    best: tuple[int, SalesProfile] | None = None
    closest: tuple[int, SalesProfile, list[str]] | None = None
    for profile in tables:
        found = profile_columns(profile, header)
        missing = missing_fields(profile, found)
        if not missing:
            if best is None or len(found) > best[0]:
                best = (len(found), profile)
        else:
            shared = len(profile.required) - len(missing)
            near = shared >= CLOSE_MATCH and 2 * shared > len(profile.required)
            if near and (closest is None or shared > closest[0]):
                closest = (shared, profile, missing)
    if best is not None:
        return best[1]
    generic = {_generic_key(name) for name in header}
    if closest is not None and not set(GENERIC_REQUIRED) <= generic:
        raise missing_columns_error(file_name, closest[1], closest[2], header, sample)
    return GENERIC


def matches_no_profile(header: tuple[str, ...], owned: Sequence[SalesProfile] = ()) -> bool:
    """No profile reads this header, nor is it near one (a drifted export is reported as
    such, not mapped anew): a till we have never seen, for the mapping assistant."""
    try:
        profile = choose_profile("", header, owned)
    except ImportErrors:
        return False
    generic = {_generic_key(name) for name in header}
    return profile is GENERIC and not set(GENERIC_REQUIRED) <= generic


def _resolved(choice: Choice) -> SalesProfile | None:
    if isinstance(choice, SalesProfile):
        return choice
    return {SalesFormat.SQUARE: SQUARE, SalesFormat.GENERIC: GENERIC}.get(choice)


@contextmanager
def open_sales(
    path: Path, fmt: Choice = SalesFormat.AUTO, *, owned: Sequence[SalesProfile] = ()
) -> Iterator[SalesStream]:
    """Open a sales file for one pass; its lines raise ImportErrors at the end if any is bad.

    `fmt`: a profile, a SalesFormat, or AUTO to pick among `owned` and the built-in ones.
    """
    profile = _resolved(fmt)
    if profile is None:
        with open_sheet_stream(path, encoding=AUTO) as sheet:
            first, rows = _peek(sheet.rows)
            profile = choose_profile(sheet.file_name, sheet.header, owned, first)
            if _default_reading(profile):
                yield _stream(replace(sheet, rows=rows), profile)
                return
    with open_sheet_stream(path, delimiter=_delimiter(profile), encoding=profile.encoding) as sheet:
        yield _stream(sheet, profile)


def _default_reading(profile: SalesProfile) -> bool:
    return profile.separator == "auto" and profile.encoding == AUTO


def _delimiter(profile: SalesProfile) -> str | None:
    return None if profile.separator == "auto" else profile.separator


def _peek(rows: Iterator[SheetRow]) -> tuple[SheetRow | None, Iterator[SheetRow]]:
    """The first row (shown beside a drift message), and all the rows still to come."""
    first = next(rows, None)
    return first, rows if first is None else itertools.chain([first], rows)


def _stream(sheet: SheetStream, profile: SalesProfile) -> SalesStream:
    first, rows = _peek(sheet.rows)
    sheet = replace(sheet, rows=rows)
    if profile.reader is Reader.SQUARE:
        parse = square_parser(sheet.file_name, sheet.header)
    elif profile.reader is Reader.GENERIC:
        parse = _generic_parser(sheet.file_name, sheet.header)
    else:
        parse = profile_parser(sheet.file_name, profile, sheet.header, first)
    lines = _checked(sheet, parse)
    return SalesStream(
        sheet.file_name, profile.name, lines, sheet.total, sheet.done, profile, sheet.encoding
    )


def _checked(sheet: SheetStream, parse: RowParser) -> Iterator[SalesLine]:
    """Good lines as they come; every problem together once the file (or the cap) is reached."""
    problems: list[InputError] = []
    for row in sheet.rows:
        line = parse(row, problems)
        if line is not None:
            yield line
        elif len(problems) >= MAX_ERRORS:
            break
    if problems:
        raise ImportErrors(sheet.file_name, problems[:MAX_ERRORS])


def _generic_key(name: str) -> str:
    return "_".join(name.lower().split())


def _generic_parser(file_name: str, header: tuple[str, ...]) -> RowParser:
    """A row reader for the generic columns; unknown or missing columns are errors."""
    columns = checked_columns(
        file_name,
        header,
        GENERIC_COLUMNS,
        GENERIC_REQUIRED,
        key=_generic_key,
        missing=tr(
            "the required column {name} is missing "
            "(expected date, item, qty, or a Square item sales export)"
        ),
    )

    def parse(row: SheetRow, problems: list[InputError]) -> SalesLine | None:
        return _generic_line(row, columns, problems)

    return parse


def _generic_line(
    row: SheetRow, columns: dict[str, Column], problems: list[InputError]
) -> SalesLine | None:
    before = len(problems)
    at, item = read_when_and_item(row, columns, problems)
    quantity = read_cell(row, columns["qty"], parse_count, problems)
    channel = read_cell(row, columns.get("channel"), parse_channel, problems)
    net = read_cell(row, columns.get("net_sales"), optional_amount, problems)
    gross = read_cell(row, columns.get("gross_sales"), optional_amount, problems)
    transaction = read_cell(row, columns.get("transaction_id"), parse_transaction_id, problems)
    if len(problems) > before or at is None or item is None or not quantity:
        return None
    return SalesLine(
        row=row.number,
        at=at,
        item=item,
        quantity=quantity,
        channel=channel,
        transaction_id=transaction,
        net_sales=net,
        gross_sales=gross,
        kind=SaleKind.SALE,
    )
