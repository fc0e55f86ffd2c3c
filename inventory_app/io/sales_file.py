"""Sales exports read as a stream of SalesLine: the generic sheet or Square's item sales.

Every bad cell is reported with its row and column (up to MAX_ERRORS), after the
good lines have streamed by; the caller's first pass over the file finds them all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from inventory_app.domain.errors import ImportErrors, InputError
from inventory_app.domain.recipes import SaleKind
from inventory_app.i18n.catalogue import tr
from inventory_app.io.columns import Column, checked_columns, read_cell
from inventory_app.io.sales_cells import (
    optional_amount,
    parse_channel,
    parse_count,
    parse_transaction_id,
)
from inventory_app.io.sales_line import SalesFormat, SalesLine, read_when_and_item
from inventory_app.io.sheet_stream import SheetRow, SheetStream, open_sheet_stream
from inventory_app.io.square_sales import looks_like_square, square_parser

__all__ = ["SalesFormat", "SalesLine", "SalesStream", "detect_format", "open_sales"]

MAX_ERRORS = 50
GENERIC_COLUMNS = (
    "date", "time", "item", "qty", "channel", "transaction_id", "net_sales", "gross_sales",
)  # fmt: skip
GENERIC_REQUIRED = ("date", "item", "qty")

RowParser = Callable[[SheetRow, list[InputError]], SalesLine | None]


@dataclass(frozen=True)
class SalesStream:
    """One pass over a sales file; `done()` against `total` is its progress."""

    file_name: str
    format: SalesFormat
    lines: Iterator[SalesLine]
    total: int
    done: Callable[[], int]


def detect_format(header: tuple[str, ...]) -> SalesFormat:
    """Square by its own column names (Item, Qty and Event Type or the like), else generic."""
    return SalesFormat.SQUARE if looks_like_square(header) else SalesFormat.GENERIC


@contextmanager
def open_sales(path: Path, fmt: SalesFormat = SalesFormat.AUTO) -> Iterator[SalesStream]:
    """Open a sales file for one pass; its lines raise ImportErrors at the end if any is bad."""
    with open_sheet_stream(path) as sheet:
        chosen = detect_format(sheet.header) if fmt is SalesFormat.AUTO else fmt
        if chosen is SalesFormat.SQUARE:
            parse = square_parser(sheet.file_name, sheet.header)
        else:
            parse = _generic_parser(sheet.file_name, sheet.header)
        lines = _checked(sheet, parse)
        yield SalesStream(sheet.file_name, chosen, lines, sheet.total, sheet.done)


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
