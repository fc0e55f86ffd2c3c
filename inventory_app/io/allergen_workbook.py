"""The allergen register as a workbook: one printable A4 sheet, a row per drink.

Drawn from the AllergenRegister the services built (domain/allergen_register.py): the
texts are in the register's language already. Beside each drink's allergens in words,
one column per allergen (1-14) marks it with an X, so the sheet filters by allergen.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from inventory_app.domain.allergen_register import AllergenRegister
from inventory_app.domain.allergens import Allergen
from inventory_app.io.atomic_file import write_atomically
from inventory_app.io.print_pages import fit_a4_width
from inventory_app.io.reorder_workbook import sheet_names
from inventory_app.io.table_workbook import set_text

if TYPE_CHECKING:  # openpyxl is imported only when a workbook is written
    from openpyxl.worksheet.worksheet import Worksheet

WIDTHS = (30, 13, 58)  # drink, served, allergens; then 1-14 at MARK_WIDTH each
MARK_WIDTH = 4.2
MARK = "X"
FONT = "Calibri"  # one family throughout (io/order_workbook.py says why)
SHADE = "E4E8EE"


def write_allergen_workbook(path: Path, register: AllergenRegister) -> Path:
    """Written beside `path`, then moved in: a failed export never leaves half a file."""
    from openpyxl import Workbook  # costly import: only when a workbook is written

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    _write(sheet, register)
    return write_atomically(path, book.save)


def _write(sheet: Worksheet, register: AllergenRegister) -> None:
    from openpyxl.utils import get_column_letter

    sheet.title = sheet_names([register.title])[0]
    columns = len(WIDTHS) + len(Allergen)
    for column in range(1, columns + 1):
        width = WIDTHS[column - 1] if column <= len(WIDTHS) else MARK_WIDTH
        sheet.column_dimensions[get_column_letter(column)].width = width
    row = _heading(sheet, register)
    header_row = row
    headings = (*register.headings, *(str(a.number) for a in Allergen))
    for column, text in enumerate(headings, start=1):
        _text(sheet, row, column, text, bold=True, fill=True, centre=column > len(WIDTHS))
    for row, line in enumerate(register.rows, start=header_row + 1):
        for column, text in enumerate((line.drink, line.served, line.allergens_text), start=1):
            _text(sheet, row, column, text, wrap=column == len(WIDTHS))
        for allergen in line.allergens:
            _text(sheet, row, len(WIDTHS) + allergen.number, MARK, centre=True)
    row = max(row, header_row) + 2
    _text(sheet, row, 1, register.legend_heading, bold=True)
    for legend in register.legend:
        row += 1
        _text(sheet, row, 1, f"{legend.number}. {legend.name}")
    for note in register.notes:
        row += 2
        _text(sheet, row, 1, note)
    _page(sheet, register, header_row, get_column_letter(columns))


def _heading(sheet: Worksheet, register: AllergenRegister) -> int:
    """The bar, the title and the day; returns the table's header row."""
    _text(sheet, 1, 1, register.bar.name or register.title, bold=True, size=16)
    row = 1
    for text in register.bar_lines:
        row += 1
        _text(sheet, row, 1, text)
    row += 2
    _text(sheet, row, 1, register.title, bold=True, size=13)
    row += 1
    _text(sheet, row, 1, register.issued_text, bold=True)
    row += 1
    _text(sheet, row, 1, register.intro)
    return row + 2


def _text(sheet: Worksheet, row: int, column: int, text: str, **style: Any) -> None:
    """A text cell that stays text (set_text): a drink named '=...' is never a formula."""
    from openpyxl.styles import Alignment, Font, PatternFill

    cell = sheet.cell(row=row, column=column)
    set_text(cell, text)
    cell.font = Font(name=FONT, bold=style.get("bold", False), size=style.get("size", 11))
    if style.get("fill"):
        cell.fill = PatternFill("solid", fgColor=SHADE)
    if style.get("centre"):
        cell.alignment = Alignment(horizontal="center")
    elif style.get("wrap"):
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def _page(sheet: Worksheet, register: AllergenRegister, header_row: int, last: str) -> None:
    """A4 landscape, one page wide, the table's header on every page, the footer numbered."""
    fit_a4_width(sheet, heading_row=header_row, landscape=True, margin=0.5)
    sheet.print_area = f"A1:{last}{sheet.max_row}"
    footer = register.footer.replace("&", "&&").format(page="&P", pages="&N")
    sheet.oddFooter.center.text = footer  # type: ignore[union-attr]
