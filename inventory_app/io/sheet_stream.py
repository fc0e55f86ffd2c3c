"""Rows of a .csv or .xlsx sheet one at a time, so a million-line export never sits in memory."""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from inventory_app.domain.errors import InputError
from inventory_app.io.sheet_cells import MAX_CELL_CHARS, checked_cells
from inventory_app.io.xlsx_guard import check_workbook_zip

CSV_SUFFIXES = (".csv", ".txt")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
# Limits on what one import reads, so a hostile file fails with a message, not memory.
MAX_ROWS = 2_000_000  # a sales export: years of a busy take-away window
MAX_COLUMNS = 256  # a workbook's columns past this are not read (Square exports ~30)
MAX_LINE_CHARS = 4 * MAX_CELL_CHARS  # one physical CSV line
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

Record = tuple[int, tuple[str, ...]]


@dataclass(frozen=True)
class SheetRow:
    """One non-blank data row: its spreadsheet row number (header is 1) and its cells."""

    number: int
    cells: tuple[str, ...]

    def get(self, index: int) -> str:
        return self.cells[index] if index < len(self.cells) else ""


@dataclass(frozen=True)
class SheetRecords:
    """Every line of a sheet as numbered, stripped cells, blank ones too, for one pass.

    Bytes that are not UTF-8 are kept as surrogates, so the reader decides how to name them.
    `done()` and `total` measure progress: bytes for CSV, rows for a workbook (0 = unknown).
    """

    file_name: str
    records: Iterator[Record]
    total: int
    done: Callable[[], int]


@dataclass(frozen=True)
class SheetStream:
    """The header as written (cells stripped) and an iterator over the non-blank rows below.

    `done()` and `total` measure progress: bytes for CSV, rows for a workbook (0 = unknown).
    """

    file_name: str
    header: tuple[str, ...]
    rows: Iterator[SheetRow]
    total: int
    done: Callable[[], int]


@contextmanager
def open_sheet_stream(path: Path, *, max_rows: int = MAX_ROWS) -> Iterator[SheetStream]:
    """Open a .csv or .xlsx file for one streaming pass; any failure is an InputError."""
    with open_sheet_records(path, max_rows=max_rows) as sheet:
        records = checked_cells(sheet.file_name, _utf8_checked(sheet.file_name, sheet.records))
        header = sheet_header(sheet.file_name, records)
        yield SheetStream(sheet.file_name, header, data_rows(records), sheet.total, sheet.done)


@contextmanager
def open_sheet_records(path: Path, *, max_rows: int = MAX_ROWS) -> Iterator[SheetRecords]:
    """The one place a .csv or .xlsx file is opened and decoded; any failure is an InputError.

    More than `max_rows` lines is an InputError too, raised when the reader gets there.
    """
    suffix = path.suffix.lower()
    with ExitStack() as stack:
        if suffix in CSV_SUFFIXES:
            records, done, total = _csv_records(path, stack)
        elif suffix in XLSX_SUFFIXES:
            records, done, total = _xlsx_records(path, stack, max_rows)
        else:
            raise InputError(
                f"expected a .csv or .xlsx file, got {suffix or 'no extension'!r}", file=path.name
            )
        yield SheetRecords(path.name, _row_capped(path.name, records, max_rows), total, done)


def _row_capped(file_name: str, records: Iterator[Record], max_rows: int) -> Iterator[Record]:
    for number, cells in records:
        if number > max_rows:
            raise InputError(
                f"the sheet has more than {max_rows} rows; split it into smaller files",
                file=file_name,
                row=number,
            )
        yield number, cells


def sheet_header(
    file_name: str, records: Iterator[Record], *, example: str = ""
) -> tuple[str, ...]:
    """The first non-blank row, without the empty cells spreadsheets leave at its end."""
    for _, cells in records:
        if any(cells):
            end = len(cells)
            while end and not cells[end - 1]:
                end -= 1
            return cells[:end]
    such_as = f" such as {example}" if example else ""
    raise InputError(f"the file is empty: expected a header row{such_as}", file=file_name)


def data_rows(records: Iterator[Record]) -> Iterator[SheetRow]:
    """The non-blank records, as rows."""
    for number, cells in records:
        if any(cells):
            yield SheetRow(number, cells)


def check_utf8(cells: tuple[str, ...], file_name: str, row: int | None = None) -> None:
    """Bytes that are not UTF-8 were kept as surrogates; name the first one."""
    text = "".join(cells)
    if text.isascii():
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        byte = ord(exc.object[exc.start]) - 0xDC00
        raise InputError(
            f"expected UTF-8 text, got a byte {byte:#04x} that is not UTF-8 "
            "(save the sheet as 'CSV UTF-8')",
            file=file_name,
            row=row,
        ) from None


def _utf8_checked(file_name: str, records: Iterator[Record]) -> Iterator[Record]:
    for number, cells in records:
        check_utf8(cells, file_name, number)
        yield number, cells


def _csv_records(path: Path, stack: ExitStack) -> tuple[Iterator[Record], Callable[[], int], int]:
    try:
        binary = stack.enter_context(path.open("rb"))
        total = path.stat().st_size
        start = binary.peek(2)[:2]
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}", file=path.name) from None
    if start in _UTF16_BOMS:
        raise InputError(
            "expected UTF-8 text, got UTF-16 (save the sheet as 'CSV UTF-8')", file=path.name
        )
    # newline="" lets a quoted cell hold a line break and still count as one row.
    text = stack.enter_context(
        io.TextIOWrapper(binary, encoding="utf-8-sig", errors="surrogateescape", newline="")
    )
    return _csv_lines(path.name, text), binary.tell, total


def _csv_lines(file_name: str, text: IO[str]) -> Iterator[Record]:
    number = 0
    lines = _bounded_lines(file_name, text, lambda: number)
    try:
        first = next(lines, "")
        number = 1
        while first and not first.strip():
            yield number, ()
            first = next(lines, "")
            number += 1
        # Comma, or semicolon as European spreadsheets write, whichever the header uses more.
        delimiter = ";" if first.count(";") > first.count(",") else ","
        records = itertools.chain(
            csv.reader([first], delimiter=delimiter), csv.reader(lines, delimiter=delimiter)
        )
        for cells in records:
            yield number, tuple(map(str.strip, cells))
            number += 1
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            message = f"a cell holds at most {MAX_CELL_CHARS} characters"
        else:
            message = f"cannot read the line as CSV: {exc}"
        raise InputError(message, file=file_name, row=number) from None


def _bounded_lines(file_name: str, text: IO[str], row: Callable[[], int]) -> Iterator[str]:
    """The file's lines, refusing one so long it would have to sit whole in memory."""
    while line := text.readline(MAX_LINE_CHARS + 1):
        if len(line) > MAX_LINE_CHARS:
            raise InputError(
                f"a line holds more than {MAX_LINE_CHARS} characters; is this a CSV file?",
                file=file_name,
                row=max(row(), 1),
            )
        yield line


def _xlsx_records(
    path: Path, stack: ExitStack, max_rows: int
) -> tuple[Iterator[Record], Callable[[], int], int]:
    from openpyxl import load_workbook  # costly import: only when a workbook is read

    check_workbook_zip(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}", file=path.name) from None
    except Exception:  # openpyxl raises many kinds for a file that is not a workbook
        raise InputError("cannot read the file as an .xlsx workbook", file=path.name) from None
    stack.callback(workbook.close)
    if not workbook.worksheets:
        raise InputError("the workbook has no worksheet", file=path.name)
    sheet = workbook.worksheets[0]
    declared = int(sheet.max_row or 0)
    if declared > max_rows:
        raise InputError(
            f"the sheet declares {declared} rows; at most {max_rows} are read", file=path.name
        )
    width = min(int(sheet.max_column or MAX_COLUMNS), MAX_COLUMNS)
    # A declared size is a claim, not data: read the rows that are there, no padding to it.
    sheet.reset_dimensions()
    counter = _Counter()
    rows = sheet.iter_rows(values_only=True, max_col=width)
    return _xlsx_lines(path.name, rows, counter), counter.value, declared


class _Counter:
    """Rows read so far: a workbook's progress."""

    def __init__(self) -> None:
        self.count = 0

    def value(self) -> int:
        return self.count


def _xlsx_lines(
    file_name: str, rows: Iterator[tuple[Any, ...]], counter: _Counter
) -> Iterator[Record]:
    try:
        for number, values in enumerate(rows, start=1):
            counter.count = number
            yield number, tuple(cell_text(v).strip() for v in values)
    # A sheet's XML is parsed as it is read: a broken part, a bad CRC or an XML entity
    # (refused by defusedxml) surfaces here, in any of the many kinds openpyxl raises.
    except Exception as exc:
        raise InputError(
            f"cannot read the workbook's sheet ({type(exc).__name__})",
            file=file_name,
            row=counter.count + 1,
        ) from None


def cell_text(value: object) -> str:
    """A spreadsheet cell as the text a person typed: 12.5 stays '12.5', 6.0 becomes '6'."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        # repr is the shortest text that round-trips; Decimal then drops any exponent.
        return format(Decimal(repr(value)), "f")
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value)
