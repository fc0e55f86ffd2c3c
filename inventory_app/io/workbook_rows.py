"""The rows of a workbook's first sheet as text, each value as a person sees it in the cell.

A formula cell is read by the value the spreadsheet computed and saved with it. A
formula saved without that value (a workbook written by a script, never opened in a
spreadsheet) is refused by its row and column: read as blank it would count `=1+1`
full bottles as none. A number cell's text is marked as such (ExactNumberText), so the
number parser reads `1.234` as the number the cell holds, never as a thousands group.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from functools import cache
from typing import Any, BinaryIO

from inventory_app.domain.errors import InputError
from inventory_app.domain.numbers import ExactNumberText
from inventory_app.i18n.catalogue import tr
from inventory_app.io.sheet_cells import column_name
from inventory_app.io.xlsx_guard import check_workbook_zip

MAX_COLUMNS = 256  # a workbook's columns past this are not read (Square exports ~30)

Record = tuple[int, tuple[str, ...]]


@dataclass(frozen=True)
class Uncomputed:
    """A formula cell saved without its computed value."""

    formula: str


@cache
def _parser_class() -> Any:
    """openpyxl's sheet parser (values only) that keeps a formula saved without a value.

    Built on first use: openpyxl is a costly import, paid only when a workbook is read.
    """
    from openpyxl.worksheet._reader import FORMULA_TAG, VALUE_TAG, WorkSheetParser

    class CachedValueParser(WorkSheetParser):
        def parse_cell(self, element: Any) -> dict[str, Any]:
            cell: dict[str, Any] = super().parse_cell(element)
            if cell["value"] is None:
                formula = element.find(FORMULA_TAG)
                # An empty <v/> is no value (openpyxl writes one), except for a formula
                # whose text result is empty (t="str"): that one computed a blank.
                computed_blank = element.get("t") == "str" and element.find(VALUE_TAG) is not None
                if formula is not None and not computed_blank:
                    cell["value"] = Uncomputed("=" + (formula.text or ""))
            return cell

    return CachedValueParser


def xlsx_records(
    file_name: str, handle: BinaryIO, stack: ExitStack, max_rows: int
) -> tuple[Iterator[Record], Callable[[], int], int]:
    """The sheet's records, progress in rows read, and the rows the sheet declares."""
    from openpyxl import load_workbook  # costly import: only when a workbook is read

    check_workbook_zip(handle, file_name)
    try:
        workbook = load_workbook(handle, read_only=True, data_only=True)
    except OSError as exc:
        reason = exc.strerror or exc
        message = tr("cannot read the file: {reason}").format(reason=reason)
        raise InputError(message, file=file_name) from None
    except Exception:  # openpyxl raises many kinds for a file that is not a workbook
        message = tr("cannot read the file as an .xlsx workbook")
        raise InputError(message, file=file_name) from None
    stack.callback(workbook.close)
    if not workbook.worksheets:
        raise InputError(tr("the workbook has no worksheet"), file=file_name)
    sheet = workbook.worksheets[0]
    declared = int(sheet.max_row or 0)
    if declared > max_rows:
        message = tr("the sheet declares {declared} rows; at most {limit} are read")
        raise InputError(message.format(declared=declared, limit=max_rows), file=file_name)
    # A declared size is a claim, not data: read the rows that are there, no padding to it.
    width = min(int(sheet.max_column or MAX_COLUMNS), MAX_COLUMNS)
    counter = _Counter()
    rows = _sheet_values(workbook, sheet, width)
    return _xlsx_lines(file_name, rows, counter), counter.value, declared


def _sheet_values(workbook: Any, sheet: Any, width: int) -> Iterator[tuple[Any, ...]]:
    """Each row's values up to `width` columns; a row missing from the XML is blank."""
    with sheet._get_source() as source:
        parser = _parser_class()(
            source,
            workbook.shared_strings,
            data_only=True,
            epoch=workbook.epoch,
            date_formats=workbook._date_formats,
            timedelta_formats=workbook._timedelta_formats,
        )
        expected = 1
        for index, cells in parser.parse():
            for _ in range(expected, index):
                yield (None,) * width
            values: list[Any] = [None] * width
            for cell in cells:
                if cell["column"] <= width:
                    values[cell["column"] - 1] = cell["value"]
            yield tuple(values)
            expected = index + 1


class _Counter:
    """Rows read so far: a workbook's progress."""

    def __init__(self) -> None:
        self.count = 0

    def value(self) -> int:
        return self.count


def _xlsx_lines(
    file_name: str, rows: Iterator[tuple[Any, ...]], counter: _Counter
) -> Iterator[Record]:
    header: tuple[str, ...] = ()
    try:
        for number, values in enumerate(rows, start=1):
            counter.count = number
            cells = tuple(cell_text(value) for value in values)
            if any(isinstance(value, Uncomputed) for value in values):
                _refuse_uncomputed(file_name, number, header, values)
            if not header and any(cells):
                header = cells
            yield number, cells
    except InputError:
        raise
    # A sheet's XML is parsed as it is read: a broken part, a bad CRC or an XML entity
    # (refused by defusedxml) surfaces here, in any of the many kinds openpyxl raises.
    except Exception as exc:
        raise InputError(
            tr("cannot read the workbook's sheet ({error})").format(error=type(exc).__name__),
            file=file_name,
            row=counter.count + 1,
        ) from None


def _refuse_uncomputed(
    file_name: str, row: int, header: tuple[str, ...], values: tuple[Any, ...]
) -> None:
    index, cell = next((i, v) for i, v in enumerate(values) if isinstance(v, Uncomputed))
    formula = cell.formula[:60] if len(cell.formula) > 1 else tr("a shared formula")
    raise InputError(
        tr(
            "the cell holds the formula {formula} but no computed value; open the file "
            "in Excel or LibreOffice and save it, or type the value"
        ).format(formula=formula),
        file=file_name,
        row=row,
        column=column_name(header, index),
    )


def cell_text(value: object) -> str:
    """A spreadsheet cell as the text a person typed: 12.5 stays '12.5', 6.0 becomes '6'."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return ExactNumberText(value)
    if isinstance(value, float):
        if value.is_integer():
            return ExactNumberText(int(value))
        # repr is the shortest text that round-trips; Decimal then drops any exponent.
        return ExactNumberText(format(Decimal(repr(value)), "f"))
    if isinstance(value, Decimal):
        return ExactNumberText(format(value, "f"))
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Uncomputed):
        return value.formula
    return str(value)
