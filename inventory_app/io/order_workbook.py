"""An order as a workbook for its supplier: one printable A4 sheet, with live totals.

Drawn from the OrderDocument the services built (domain/order_document.py): the texts
are the supplier's language already; here only the cells, their number formats (in the
same language: io/cell_formats.py) and the page. Line totals and totals are formulas,
rounded to the cent as the document rounds them, so a spreadsheet that recomputes them
(LibreOffice, Excel) shows the same total as the PDF.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from inventory_app.domain.display import CONTAINER_PLACES, places_format
from inventory_app.domain.order_document import OrderDocument
from inventory_app.i18n.catalogue import in_language
from inventory_app.io.atomic_file import write_atomically
from inventory_app.io.cell_formats import date_format, euro_format
from inventory_app.io.print_pages import fit_a4_width
from inventory_app.io.reorder_workbook import sheet_names
from inventory_app.io.table_workbook import set_text

if TYPE_CHECKING:  # openpyxl is imported only when a workbook is written
    from openpyxl.worksheet.worksheet import Worksheet

WIDTHS = (21, 36, 16, 14, 13, 14)  # code, item, cases, quantity, unit price, amount
LAST_COLUMN = "F"
# One family throughout: a bold Font() without a name prints in another (a serif) in
# LibreOffice. Calibri is openpyxl's own default, so the plain cells share it.
FONT = "Calibri"


def write_order_workbook(path: Path, document: OrderDocument) -> Path:
    """Written beside `path`, then moved in: a failed export never leaves half a file."""
    from openpyxl import Workbook  # costly import: only when a workbook is written

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    with in_language(document.language):
        _write(sheet, document)
    return write_atomically(path, book.save)


def _write(sheet: Worksheet, document: OrderDocument) -> None:
    from openpyxl.utils import get_column_letter

    sheet.title = sheet_names([document.number or document.title])[0]  # no ':' in a name
    for column, (width, heading) in enumerate(zip(WIDTHS, document.headings, strict=True), 1):
        wide = max(width, len(heading) + 3)  # 'Prezzo unitario' is no 'Unit price'
        sheet.column_dimensions[get_column_letter(column)].width = wide
    row = _heading(sheet, document)
    header_row = row
    _put_row(sheet, row, document.headings, bold=True, fill=True)
    first = row + 1
    for row, line in enumerate(document.lines, start=first):
        _text(sheet, f"A{row}", line.code)
        _text(sheet, f"B{row}", line.item)
        _text(sheet, f"C{row}", line.packs)
        _number(sheet, f"D{row}", line.units, _units_format(line.units, line.unit_word))
        _number(sheet, f"E{row}", line.unit_price, euro_format())
        _number(sheet, f"F{row}", f"=ROUND(D{row}*E{row},2)", euro_format())
    last = max(first + len(document.lines) - 1, first)
    row = _totals(sheet, document, first, last)
    for note in document.notes:
        row += 1
        _text(sheet, f"A{row}", note)
    _page(sheet, document, header_row)


def _heading(sheet: Worksheet, document: OrderDocument) -> int:
    """The bar, the title, the supplier and the fields; returns the lines' header row."""
    row = 1
    _text(sheet, "A1", document.bar.name or document.title, font=_font(bold=True, size=16))
    for text in document.bar_lines:
        row += 1
        _text(sheet, f"A{row}", text)
    row += 2
    _text(sheet, f"A{row}", document.title, font=_font(bold=True, size=13))
    row += 2
    _text(sheet, f"A{row}", document.supplier_heading, font=_font(bold=True))
    for text in document.supplier_lines:
        _text(sheet, f"B{row}", text)
        row += 1
    row += 1
    for field in document.fields:
        _text(sheet, f"A{row}", field.label, font=_font(bold=True))
        if field.day is not None:  # a real date, in the reader's format
            _number(sheet, f"B{row}", field.day, date_format())
            sheet[f"B{row}"].alignment = _left()
        else:
            _text(sheet, f"B{row}", field.value)
        row += 1
    return row + 1


def _totals(sheet: Worksheet, document: OrderDocument, first: int, last: int) -> int:
    """Before VAT, VAT, and after: each a formula over the cells above it."""
    from openpyxl.styles import Alignment, Border, Side

    net, vat, gross = last + 2, last + 3, last + 4
    rate = format(document.vat_rate_pct.normalize(), "f")
    rows = (
        (net, document.net_label, f"=SUM(F{first}:F{last})"),
        (vat, document.vat_label, f"=ROUND(F{net}*{rate}/100,2)"),
        (gross, document.gross_label, f"=F{net}+F{vat}"),
    )
    for row, label, formula in rows:
        sheet.merge_cells(f"C{row}:E{row}")
        _text(sheet, f"C{row}", label, font=_font(bold=row == gross))
        sheet[f"C{row}"].alignment = Alignment(horizontal="right")
        _number(sheet, f"F{row}", formula, euro_format())
    sheet[f"F{gross}"].font = _font(bold=True)
    sheet[f"F{net}"].border = Border(top=Side(style="thin"))
    sheet[f"F{gross}"].border = Border(top=Side(style="thin"))
    return gross + 1


def _put_row(sheet: Worksheet, row: int, texts: tuple[str, ...], **style: bool) -> None:
    from openpyxl.styles import Alignment, PatternFill

    for column, text in zip("ABCDEF", texts, strict=True):
        _text(sheet, f"{column}{row}", text, font=_font(bold=style.get("bold", False)))
        cell = sheet[f"{column}{row}"]
        if style.get("fill"):
            cell.fill = PatternFill("solid", fgColor="E4E8EE")
        if column in "DEF":
            cell.alignment = Alignment(horizontal="right")


def _units_format(units: Any, word: str) -> str:
    """'12 bottles' in the cell that holds the number 12: the word is the format's."""
    quoted = word.replace('"', "")
    return f'{places_format(units, CONTAINER_PLACES)}" {quoted}"'


def _font(*, bold: bool = False, size: int = 11) -> Any:
    from openpyxl.styles import Font

    return Font(name=FONT, bold=bold, size=size)


def _text(sheet: Worksheet, ref: str, text: str, **style: Any) -> None:
    """A text cell that stays text (set_text): a name starting with = is never a formula."""
    cell = sheet[ref]
    set_text(cell, text)
    cell.font = _font()
    for name, value in style.items():
        setattr(cell, name, value)


def _number(sheet: Worksheet, ref: str, value: Any, number_format: str) -> None:
    cell = sheet[ref]
    cell.value = value
    cell.number_format = number_format
    cell.font = _font()


def _left() -> Any:
    from openpyxl.styles import Alignment

    return Alignment(horizontal="left")


def _page(sheet: Worksheet, document: OrderDocument, header_row: int) -> None:
    """A4 portrait, one page wide, the lines' header on every page, the footer numbered."""
    fit_a4_width(sheet, heading_row=header_row, margin=0.5)
    sheet.print_area = f"A1:{LAST_COLUMN}{sheet.max_row}"
    footer = document.footer.replace("&", "&&").format(page="&P", pages="&N")
    sheet.oddFooter.center.text = footer  # type: ignore[union-attr]
