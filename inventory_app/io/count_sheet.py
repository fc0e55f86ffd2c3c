"""The printable count sheet: blind (no expected numbers), walking order, read back row by row.

It is written in the current language; it is read back whichever language it was printed
in (a sheet printed in Italian and filled in is imported by an English session too).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from inventory_app.domain.counting import parse_entry
from inventory_app.domain.errors import ImportErrors, InputError
from inventory_app.i18n.catalogue import LANGUAGES, N_, NC_, in_language, tr, trc
from inventory_app.i18n.formats import date_text
from inventory_app.io.atomic_file import write_atomically
from inventory_app.io.cell_formats import heading_widths
from inventory_app.io.columns import Parser, checked_columns, read_given_cells, text
from inventory_app.io.print_pages import fit_a4_width
from inventory_app.io.table_workbook import set_text
from inventory_app.io.tabular import read_sheet

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

HEADER = (
    N_("SKU"), N_("Item"), N_("Location"), N_("Unit"), N_("Size"), N_("Full"),
    N_("Open tenths"), N_("Weight g"), N_("Quantity"),
)  # fmt: skip
WIDTHS = (16, 38, 20, 6, 8, 8, 11, 10, 10)
ENTRY_COLUMNS = {"full": "full", "open tenths": "tenths", "weight g": "weight_g",
                 "quantity": "quantity"}  # fmt: skip
# An entry field's column as messages name it, for the errors the counting rules raise.
SHEET_COLUMN = {field: column for column, field in ENTRY_COLUMNS.items()}
_KNOWN = tuple(h.lower() for h in HEADER)
_PARSERS: dict[str, Parser] = {
    "sku": text,
    **{column: partial(parse_entry, field) for column, field in ENTRY_COLUMNS.items()},
}
# The unit as the sheet shows it (a person reads it; the import does not).
UNIT_LABELS = {"ml": NC_("unit", "ml"), "g": NC_("unit", "g"), "pcs": NC_("unit", "pcs")}
_NOT_APPLICABLE = "EDEEF1"
_GROUP_LINE = "606770"


@dataclass(frozen=True)
class SheetItem:
    """One item to print: what the person counting needs to find and read it."""

    sku: str
    name: str
    location: str
    unit: str
    size: Decimal


@dataclass(frozen=True)
class SheetEntry:
    """A filled row of the sheet: its spreadsheet row and what was written."""

    row: int
    sku: str
    full: Decimal | None = None
    tenths: Decimal | None = None
    weight_g: Decimal | None = None
    quantity: Decimal | None = None
    # An entry field ('tenths') -> its column as the sheet's header writes it.
    columns: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def column_of(self, entry_field: str | None) -> str:
        """The column a problem with `entry_field` is in, named as the sheet names it."""
        heading = SHEET_COLUMN.get(entry_field or "", "sku")
        return self.columns.get(heading, heading)


def write_count_sheet(path: Path, items: Sequence[SheetItem], *, title: str = "") -> None:
    """One row per item, grouped by location, ready to print on A4 and fill by hand."""
    from openpyxl import Workbook  # costly import: only when a sheet is written

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = tr("Count")
    _header(sheet)
    previous = None
    for number_, item in enumerate(items, start=2):
        _item_row(
            sheet, number_, item, new_group=previous is not None and item.location != previous
        )
        previous = item.location
    _print_setup(sheet, title or tr("Stock count {date}").format(date=date_text(date.today())))
    write_atomically(path, book.save)


def _header(sheet: Worksheet) -> None:
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    widths = heading_widths(WIDTHS, HEADER)
    for column, (name, width) in enumerate(zip(HEADER, widths, strict=True), start=1):
        cell = sheet.cell(row=1, column=column)
        set_text(cell, tr(name))
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE3EA")
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"


def _item_row(sheet: Worksheet, row: int, item: SheetItem, *, new_group: bool) -> None:
    from openpyxl.styles import Border, Font, PatternFill, Side

    unit = trc("unit", UNIT_LABELS[item.unit]) if item.unit in UNIT_LABELS else item.unit
    texts = (item.sku, item.name, item.location, unit)
    for column, value in enumerate(texts, start=1):
        set_text(sheet.cell(row=row, column=column), value)
    sheet.cell(row=row, column=3).font = Font(bold=True)
    size = sheet.cell(row=row, column=5, value=item.size)
    size.number_format = "#,##0.##"
    if item.unit == "pcs":  # pieces have no open part: grey out tenths and weight
        for column in (7, 8):
            sheet.cell(row=row, column=column).fill = PatternFill("solid", fgColor=_NOT_APPLICABLE)
    if new_group:
        for column in range(1, len(HEADER) + 1):
            sheet.cell(row=row, column=column).border = Border(
                top=Side(style="medium", color=_GROUP_LINE)
            )


def _print_setup(sheet: Worksheet, title: str) -> None:
    """A4 portrait, one page wide, the header row on every page, gridlines printed."""
    fit_a4_width(sheet, heading_row=1, margin=0.4)
    sheet.print_options.gridLines = True
    sheet.print_options.horizontalCentered = True
    sheet.oddHeader.center.text = title.replace("&", "&&")  # type: ignore[union-attr]
    sheet.oddFooter.right.text = tr("Page &P of &N")  # type: ignore[union-attr]


def read_count_sheet(path: Path) -> list[SheetEntry]:
    """The filled rows (blank ones are not counted), or ImportErrors naming row and column."""
    sheet = read_sheet(path)
    keys = heading_keys()
    columns = checked_columns(
        sheet.file_name, sheet.header, _KNOWN, ("sku",),
        key=lambda name: keys.get(name, name), names=[tr(h).lower() for h in HEADER],
    )  # fmt: skip
    written = {key: column.name for key, column in columns.items()}
    wanted = {k: c for k, c in columns.items() if k in _PARSERS}
    entries: list[SheetEntry] = []
    problems: list[InputError] = []
    for row in sheet.rows:
        values, bad = read_given_cells(row, wanted, _PARSERS)
        problems += bad
        given = {ENTRY_COLUMNS[k]: v for k, v in values.items() if k in ENTRY_COLUMNS}
        if not given and not any(keys.get(k, k) in ENTRY_COLUMNS for k in _names(bad)):
            continue  # nothing written on this row: the item is not counted
        sku = values.get("sku", "")
        if not sku:
            problems.append(
                InputError(tr("a SKU is required"), row=row.number, column=written["sku"])
            )
        entries.append(SheetEntry(row.number, sku, **given, columns=written))
    if problems:
        raise ImportErrors(sheet.file_name, problems)
    return entries


def heading_keys() -> dict[str, str]:
    """Every language's heading (lower case) -> the key the reader knows it by ('full').

    Built when a sheet is read: a sheet printed in Italian reads as one printed in English.
    """
    keys: dict[str, str] = {}
    for language in LANGUAGES:
        with in_language(language):
            for heading in HEADER:
                keys.setdefault(tr(heading).lower(), heading.lower())
    return keys


def _names(problems: list[InputError]) -> list[str]:
    return [p.column or "" for p in problems]
