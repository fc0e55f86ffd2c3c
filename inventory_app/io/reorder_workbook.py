"""The reorder workbook: one printable sheet per supplier, in whole packs, with live totals."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from inventory_app.io.atomic_file import write_atomically
from inventory_app.io.table_workbook import set_text

if TYPE_CHECKING:  # io sits below services: their rows are only named for the type checker
    from openpyxl.worksheet.worksheet import Worksheet

    from inventory_app.services.reorder import ProposalLine, SupplierProposal

HEADER = (
    "SKU", "Supplier code", "Item", "On hand", "Par", "Pack size", "Order qty", "Unit cost",
    "Line total",
)  # fmt: skip
WIDTHS = (16, 15, 42, 9, 7, 10, 10, 12, 13)
HEADER_ROW = 5  # rows 1-3: supplier, contact, date
FIRST_LINE = HEADER_ROW + 1
EURO = "€#,##0.00"
QUANTITY = "#,##0.0#"
WHOLE = "#,##0"
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_SHEET_MAX = 31
# Excel keeps "History" for its change tracking and refuses a sheet of that name.
_RESERVED = {"history"}


def write_reorder_workbook(
    path: Path,
    proposals: Sequence[SupplierProposal],
    *,
    day: date,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Written beside `path`, then moved in: a failed export never leaves half a file."""
    from openpyxl import Workbook  # costly import: only when a workbook is written

    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    names = sheet_names([p.supplier for p in proposals])
    for done, (proposal, name) in enumerate(zip(proposals, names, strict=True), start=1):
        write_supplier_sheet(book.create_sheet(name), proposal, day=day)
        if progress is not None:
            progress(done, len(proposals))
    if not proposals:
        set_text(book.create_sheet("Nothing to order").cell(row=1, column=1), "Nothing to order")
    return write_atomically(path, book.save)


def sheet_names(suppliers: Sequence[str]) -> list[str]:
    """Excel sheet names: no []:*?/\\, at most 31 characters, unique ignoring case."""
    used: set[str] = set()
    names: list[str] = []
    for supplier in suppliers:
        base = " ".join(_SHEET_FORBIDDEN.sub(" ", supplier).split()).strip("'").strip()
        base = base or "Supplier"
        if base.lower() in _RESERVED:
            base = f"{base} (supplier)"
        name, number = base[:_SHEET_MAX].rstrip(), 1
        while name.lower() in used:
            number += 1
            suffix = f" ({number})"
            name = base[: _SHEET_MAX - len(suffix)].rstrip() + suffix
        used.add(name.lower())
        names.append(name)
    return names


def write_supplier_sheet(sheet: Worksheet, proposal: SupplierProposal, *, day: date) -> None:
    """Title block, the order table, a total row; ready to print one page wide."""
    _title_block(sheet, proposal, day)
    _header(sheet)
    for row, line in enumerate(proposal.lines, start=FIRST_LINE):
        _line(sheet, row, line)
    _total(sheet, FIRST_LINE + len(proposal.lines))
    _print_setup(sheet, proposal.supplier, day)


def _title_block(sheet: Worksheet, proposal: SupplierProposal, day: date) -> None:
    from openpyxl.styles import Font

    title = sheet.cell(row=1, column=1)
    set_text(title, proposal.supplier)
    title.font = Font(bold=True, size=14)
    contact = " · ".join(t for t in (proposal.contact, proposal.email, proposal.phone) if t)
    set_text(sheet.cell(row=2, column=1), contact)
    set_text(sheet.cell(row=3, column=1), "Date")
    when = sheet.cell(row=3, column=2, value=day)
    when.number_format = "yyyy-mm-dd"


def _header(sheet: Worksheet) -> None:
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    for column, (name, width) in enumerate(zip(HEADER, WIDTHS, strict=True), start=1):
        cell = sheet.cell(row=HEADER_ROW, column=column)
        set_text(cell, name)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE3EA")
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = f"A{FIRST_LINE}"


def _line(sheet: Worksheet, row: int, line: ProposalLine) -> None:
    for column, text in enumerate((line.sku, line.supplier_code, line.name), start=1):
        set_text(sheet.cell(row=row, column=column), text)
    numbers = (
        (4, line.on_hand, QUANTITY), (5, line.par, QUANTITY), (6, line.pack_size, WHOLE),
        (7, line.quantity, QUANTITY), (8, line.unit_cost, EURO),
    )  # fmt: skip
    for column, value, number_format in numbers:
        sheet.cell(row=row, column=column, value=value).number_format = number_format
    total = sheet.cell(row=row, column=9, value=f"=G{row}*H{row}")
    total.number_format = EURO


def _total(sheet: Worksheet, row: int) -> None:
    from openpyxl.styles import Border, Font, Side

    label = sheet.cell(row=row, column=8)
    set_text(label, "Total")
    last = max(row - 1, FIRST_LINE)
    total = sheet.cell(row=row, column=9, value=f"=SUM(I{FIRST_LINE}:I{last})")
    total.number_format = EURO
    for cell in (label, total):
        cell.font = Font(bold=True)
        cell.border = Border(top=Side(style="thin"))


def _print_setup(sheet: Worksheet, supplier: str, day: date) -> None:
    """A4 portrait, one page wide (as many pages tall as needed), the header on every page."""
    from openpyxl.worksheet.properties import PageSetupProperties

    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = sheet.ORIENTATION_PORTRAIT
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    header = f"Order {supplier} {day:%Y-%m-%d}".replace("&", "&&")
    sheet.oddHeader.center.text = header  # type: ignore[union-attr]
    sheet.oddFooter.right.text = "Page &P of &N"  # type: ignore[union-attr]
