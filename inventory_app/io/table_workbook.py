"""A report as a one-table workbook: typed columns, euro formats, text never a formula."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from inventory_app.domain import display
from inventory_app.i18n.catalogue import N_, tr
from inventory_app.io.atomic_file import write_atomically
from inventory_app.io.cell_formats import euro_format

Value = str | Decimal | int | None


class Kind(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    QUANTITY = "quantity"  # in the unit the row's "Unit" column names
    EURO = "euro"
    PERCENT = "percent"  # written as the number of percent: 4.5 means 4.5 %


UNIT_TITLE = N_("Unit")  # the column whose text is the unit of the row's quantities
NUMBER_PLACES = 3  # a number without a unit: what the window's plain numbers show
FORMATS = {
    Kind.NUMBER: "#,##0.0##",
    Kind.PERCENT: '0.0" %"',
}


@dataclass(frozen=True)
class Column:
    title: str
    kind: Kind
    width: int


@dataclass(frozen=True)
class Fact:
    """One line of the summary under the table: a label and a value."""

    label: str
    value: Value
    kind: Kind = Kind.TEXT


def write_table_workbook(
    path: Path,
    *,
    title: str,
    columns: Sequence[Column],
    rows: Sequence[Sequence[Value]],
    facts: Sequence[Fact] = (),
    highlight: Sequence[bool] = (),
) -> None:
    """The table with a bold frozen header, then the facts; highlighted rows in red."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title[:31]
    for number, column in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=number)
        set_text(cell, column.title)
        cell.font = Font(bold=True)
        sheet.column_dimensions[get_column_letter(number)].width = column.width
    sheet.freeze_panes = "A2"
    red = PatternFill("solid", fgColor="F8D7D5")
    # The caller's titles may be translated already: "Unit" in either form.
    unit_titles = {UNIT_TITLE, tr(UNIT_TITLE)}
    unit_at = next((n for n, c in enumerate(columns) if c.title in unit_titles), None)
    for row_number, values in enumerate(rows, start=2):
        marked = row_number - 2 < len(highlight) and highlight[row_number - 2]
        for number, (column, value) in enumerate(zip(columns, values, strict=True), start=1):
            cell = sheet.cell(row=row_number, column=number)
            unit = values[unit_at] if unit_at is not None else None
            _put(cell, value, column.kind, unit=unit if isinstance(unit, str) else "")
            if marked:
                cell.fill = red
    start = len(rows) + 3
    for offset, fact in enumerate(facts):
        label = sheet.cell(row=start + offset, column=1)
        set_text(label, fact.label)
        label.font = Font(bold=True)
        _put(sheet.cell(row=start + offset, column=2), fact.value, fact.kind)
    write_atomically(path, book.save)


def set_text(cell: Any, value: str) -> None:
    """Text from the database stays text: never run as a formula (=, +, -, @ ...)."""
    cell.value = value
    cell.data_type = "s"


def _put(cell: Any, value: Value, kind: Kind, *, unit: str = "") -> None:
    if value is None:
        return
    if isinstance(value, str):
        set_text(cell, value)
        return
    cell.value = value
    if kind is Kind.QUANTITY and isinstance(value, Decimal):
        cell.number_format = display.quantity_format(value, unit)
    elif kind is Kind.NUMBER and isinstance(value, Decimal):
        cell.number_format = display.places_format(value, NUMBER_PLACES)
    elif kind is Kind.PERCENT and isinstance(value, Decimal):
        cell.number_format = display.places_format(value, display.PERCENT_PLACES) + '" %"'
    elif kind is Kind.EURO:
        cell.number_format = euro_format(red_negative=True)
    elif kind in FORMATS:
        cell.number_format = FORMATS[kind]
