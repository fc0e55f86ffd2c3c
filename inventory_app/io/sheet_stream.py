"""Rows of a .csv or .xlsx sheet one at a time, so a million-line export never sits in memory."""

from __future__ import annotations

import csv
import io
import itertools
import os
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, BinaryIO

from inventory_app.domain.errors import InputError
from inventory_app.i18n.catalogue import tr
from inventory_app.io import xlsx_guard
from inventory_app.io.file_check import MAX_SALES_BYTES, MB, FileLimit, open_checked
from inventory_app.io.sheet_cells import MAX_CELL_CHARS, checked_cells
from inventory_app.io.text_encoding import (
    AUTO,
    UTF8,
    UTF8_BOM,
    UTF16,
    detect_encoding,
    encoding_name,
)
from inventory_app.io.workbook_rows import xlsx_records

CSV_SUFFIXES = (".csv", ".txt")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
# Limits on what one import reads, so a hostile file fails with a message, not memory.
MAX_ROWS = 2_000_000  # a sales export: years of a busy take-away window
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
    `encoding` is the codec a CSV file was read with ('' for a workbook).
    """

    file_name: str
    records: Iterator[Record]
    total: int
    done: Callable[[], int]
    encoding: str = ""


@dataclass(frozen=True)
class SheetStream:
    """The header as written (cells stripped) and an iterator over the non-blank rows below.

    `done()` and `total` measure progress: bytes for CSV, rows for a workbook (0 = unknown).
    `encoding` is the codec a CSV file was read with ('' for a workbook).
    """

    file_name: str
    header: tuple[str, ...]
    rows: Iterator[SheetRow]
    total: int
    done: Callable[[], int]
    encoding: str = ""


@contextmanager
def open_sheet_stream(
    path: Path, *, max_rows: int = MAX_ROWS, max_bytes: int = MAX_SALES_BYTES,
    delimiter: str | None = None, encoding: str = "utf-8",
) -> Iterator[SheetStream]:  # fmt: skip
    """Open a .csv or .xlsx file for one streaming pass; any failure is an InputError.

    `delimiter` None: whichever of comma and semicolon the header uses more; `encoding`
    is a CSV file's (an import profile may say cp1252, as Windows tills write), or "auto"
    (io/text_encoding: UTF-8, UTF-16 by its mark, else Windows-1252).
    """
    with open_sheet_records(
        path, max_rows=max_rows, max_bytes=max_bytes, delimiter=delimiter, encoding=encoding
    ) as sheet:
        text = _decoded(sheet.file_name, sheet.records, sheet.encoding)
        records = checked_cells(sheet.file_name, text)
        header = sheet_header(sheet.file_name, records)
        yield SheetStream(
            sheet.file_name, header, data_rows(records), sheet.total, sheet.done, sheet.encoding
        )


@contextmanager
def open_sheet_records(
    path: Path, *, max_rows: int = MAX_ROWS, max_bytes: int = MAX_SALES_BYTES,
    delimiter: str | None = None, encoding: str = "utf-8",
) -> Iterator[SheetRecords]:  # fmt: skip
    """The one place a .csv or .xlsx file is opened and decoded; any failure is an InputError.

    The file is first proven a regular, readable file of at most `max_bytes` (file_check).
    More than `max_rows` lines is an InputError too, raised when the reader gets there.
    """
    suffix = path.suffix.lower()
    if suffix not in CSV_SUFFIXES + XLSX_SUFFIXES:
        got = repr(suffix or tr("no extension"))
        raise InputError(
            tr("expected a .csv or .xlsx file, got {got}").format(got=got), file=path.name
        )
    with ExitStack() as stack:
        binary = stack.enter_context(open_checked(path, sheet_limit(path, max_bytes)))
        if suffix in CSV_SUFFIXES:
            if encoding == AUTO:
                encoding = detect_encoding(binary, path.name)
            records, done, total = _csv_records(path.name, binary, stack, delimiter, encoding)
        else:
            records, done, total = xlsx_records(path.name, binary, stack, max_rows)
            encoding = ""
        capped = _row_capped(path.name, records, max_rows)
        yield SheetRecords(path.name, capped, total, done, encoding)


def sheet_limit(path: Path, max_bytes: int) -> FileLimit:
    """The size a sheet may have: a workbook is unpacked, so it has a lower limit than CSV."""
    workbook_bytes = xlsx_guard.MAX_FILE_BYTES
    if path.suffix.lower() in XLSX_SUFFIXES and workbook_bytes < max_bytes:
        return FileLimit(
            workbook_bytes,
            tr("save it as CSV, which is read up to {mb} MB").format(mb=max_bytes // MB),
        )
    return FileLimit(max_bytes)


def _row_capped(file_name: str, records: Iterator[Record], max_rows: int) -> Iterator[Record]:
    for number, cells in records:
        if number > max_rows:
            raise InputError(
                tr("the sheet has more than {rows} rows; split it into smaller files").format(
                    rows=max_rows
                ),
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
    if example:
        message = tr("the file is empty: expected a header row such as {example}")
    else:
        message = tr("the file is empty: expected a header row")
    raise InputError(message.format(example=example), file=file_name)


def data_rows(records: Iterator[Record]) -> Iterator[SheetRow]:
    """The non-blank records, as rows."""
    for number, cells in records:
        if any(cells):
            yield SheetRow(number, cells)


def check_utf8(
    cells: tuple[str, ...], file_name: str, row: int | None = None, encoding: str = UTF8
) -> None:
    """Bytes that are not text in `encoding` were kept as surrogates; name the first one."""
    text = "".join(cells)
    if text.isascii():
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        byte = f"{ord(exc.object[exc.start]) - 0xDC00:#04x}"
        if encoding in (UTF8, UTF8_BOM, ""):
            message = tr(
                "expected UTF-8 text, got a byte {byte} that is not UTF-8 "
                "(save the sheet as 'CSV UTF-8')"
            ).format(byte=byte)
        else:
            wanted = tr("expected {encoding} text, got a byte {byte} that is not {encoding}")
            message = wanted.format(encoding=encoding_name(encoding), byte=byte)
        raise InputError(message, file=file_name, row=row) from None


def _decoded(file_name: str, records: Iterator[Record], encoding: str) -> Iterator[Record]:
    for number, cells in records:
        check_utf8(cells, file_name, number, encoding)
        yield number, cells


def _csv_records(
    file_name: str, binary: BinaryIO, stack: ExitStack, delimiter: str | None = None,
    encoding: str = "utf-8",
) -> tuple[Iterator[Record], Callable[[], int], int]:  # fmt: skip
    try:
        total = os.fstat(binary.fileno()).st_size
        start = binary.read(2)
        binary.seek(0)
    except OSError as exc:
        raise InputError(
            tr("cannot read the file: {reason}").format(reason=exc.strerror or exc), file=file_name
        ) from None
    if start in _UTF16_BOMS and encoding != UTF16:
        raise InputError(
            tr("expected UTF-8 text, got UTF-16 (save the sheet as 'CSV UTF-8')"), file=file_name
        )
    # newline="" lets a quoted cell hold a line break and still count as one row. UTF-16
    # cannot keep a bad byte as a surrogate: a bad pair stops the reading (_csv_lines).
    text = stack.enter_context(
        io.TextIOWrapper(
            binary,
            encoding=UTF8_BOM if encoding in (UTF8, UTF8_BOM) else encoding,
            errors="strict" if encoding == UTF16 else "surrogateescape",
            newline="",
        )
    )
    return _csv_lines(file_name, text, delimiter), binary.tell, total


def _csv_lines(file_name: str, text: IO[str], delimiter: str | None = None) -> Iterator[Record]:
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
        if delimiter is None:
            delimiter = ";" if first.count(";") > first.count(",") else ","
        # strict: a quote never closed is an error, not a cell that swallows the rest of the file.
        records = itertools.chain(
            csv.reader([first], delimiter=delimiter, strict=True),
            csv.reader(lines, delimiter=delimiter, strict=True),
        )
        for cells in records:
            yield number, tuple(map(str.strip, cells))
            number += 1
    except csv.Error as exc:
        raise InputError(_csv_problem(str(exc)), file=file_name, row=number) from None
    except UnicodeDecodeError as exc:
        raise InputError(
            tr("expected {encoding} text, got bytes that are not {encoding}").format(
                encoding=encoding_name(UTF16 if "16" in exc.encoding else exc.encoding)
            ),
            file=file_name,
            row=max(number, 1),
        ) from None


def _csv_problem(error: str) -> str:
    """What the csv module's complaint means to the person who wrote the file."""
    if "field larger than field limit" in error:
        return tr("a cell holds at most {limit} characters").format(limit=MAX_CELL_CHARS)
    if "unexpected end of data" in error:
        return tr(
            'a quote (") opened on this row is never closed, so the rest of the file would be '
            'one cell; close it, or write a quote inside a cell as two ("")'
        )
    if "expected after" in error:
        return tr(
            "a quoted cell goes on after its closing quote; quote the whole cell, "
            'and write a quote inside it as two ("")'
        )
    return tr("cannot read the line as CSV: {reason}").format(reason=error)


def _bounded_lines(file_name: str, text: IO[str], row: Callable[[], int]) -> Iterator[str]:
    """The file's lines, refusing one so long it would have to sit whole in memory."""
    while line := text.readline(MAX_LINE_CHARS + 1):
        if len(line) > MAX_LINE_CHARS:
            raise InputError(
                tr("a line holds more than {limit} characters; is this a CSV file?").format(
                    limit=MAX_LINE_CHARS
                ),
                file=file_name,
                row=max(row(), 1),
            )
        yield line
