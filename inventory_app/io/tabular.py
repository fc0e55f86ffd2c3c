"""Read a .csv or .xlsx sheet into a header and numbered rows of text, never via float."""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from inventory_app.domain.errors import InputError

CSV_SUFFIXES = (".csv", ".txt")
XLSX_SUFFIXES = (".xlsx", ".xlsm")


@dataclass(frozen=True)
class SheetRow:
    """One non-blank data row: its spreadsheet row number (header is 1) and its cells."""

    number: int
    cells: tuple[str, ...]

    def get(self, index: int) -> str:
        return self.cells[index] if index < len(self.cells) else ""


@dataclass(frozen=True)
class Sheet:
    """A header (names stripped and lower-cased) and the rows under it."""

    file_name: str
    header: tuple[str, ...]
    rows: tuple[SheetRow, ...]


def read_sheet(path: Path) -> Sheet:
    """Read the first sheet of a .csv or .xlsx file; any failure is an InputError."""
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        lines = _csv_rows(path)
    elif suffix in XLSX_SUFFIXES:
        lines = _xlsx_rows(path)
    else:
        raise InputError(
            f"expected a .csv or .xlsx file, got {suffix or 'no extension'!r}", file=path.name
        )
    return _to_sheet(path.name, lines)


def file_sha256(path: Path) -> str:
    """The file's fingerprint, so a re-import of the same bytes is recognisable."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def _to_sheet(name: str, lines: Iterable[list[str]]) -> Sheet:
    numbered = [(n, tuple(c.strip() for c in cells)) for n, cells in enumerate(lines, start=1)]
    numbered = [(n, cells) for n, cells in numbered if any(cells)]
    if not numbered:
        raise InputError("the file is empty: expected a header row such as sku,name", file=name)
    (_, header), *rest = numbered
    header = _trim(tuple(h.lower() for h in header))
    return Sheet(name, header, tuple(SheetRow(n, cells) for n, cells in rest))


def _trim(header: tuple[str, ...]) -> tuple[str, ...]:
    """Drop empty trailing header cells (spreadsheets often carry a few)."""
    end = len(header)
    while end and not header[end - 1]:
        end -= 1
    return header[:end]


def _csv_rows(path: Path) -> list[list[str]]:
    text = _read_text(path)
    delimiter = _sniff_delimiter(text)
    # newline="" lets a quoted cell hold a line break and still count as one row.
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def _read_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}", file=path.name) from None
    except UnicodeDecodeError as exc:
        raise InputError(
            f"expected UTF-8 text, got a byte {exc.object[exc.start]:#04x} that is not UTF-8 "
            "(save the sheet as 'CSV UTF-8')",
            file=path.name,
        ) from None


def _sniff_delimiter(text: str) -> str:
    """Comma or semicolon (European spreadsheets), whichever the header line uses more."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    return ";" if first.count(";") > first.count(",") else ","


def _xlsx_rows(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook  # costly import: only when a workbook is read

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}", file=path.name) from None
    except Exception:  # openpyxl raises many kinds for a file that is not a workbook
        raise InputError("cannot read the file as an .xlsx workbook", file=path.name) from None
    try:
        sheet = workbook.worksheets[0]
        return [[cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


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


def rows_as_dicts(sheet: Sheet) -> Iterator[tuple[int, dict[str, str]]]:
    """Each row keyed by header name, for small fixed-format files."""
    for row in sheet.rows:
        yield row.number, {name: row.get(i) for i, name in enumerate(sheet.header) if name}
