"""The reorder workbook: one printable sheet per supplier, in whole packs, with live totals.

Each sheet is written in its supplier's language when the proposal names one (a
`language` of 'it' or 'en'), else in the current language: headings, labels and the
formats of the date and the euro amounts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from inventory_app.domain import display
from inventory_app.i18n.catalogue import LANGUAGES, N_, current_language, in_language, tr
from inventory_app.i18n.formats import date_text
from inventory_app.io.atomic_file import write_atomically
from inventory_app.io.cell_formats import EURO as EURO  # the English format, tests compare it
from inventory_app.io.cell_formats import date_format, euro_format, heading_widths
from inventory_app.io.print_pages import fit_a4_width
from inventory_app.io.table_workbook import set_text

if TYPE_CHECKING:  # openpyxl is imported only when a workbook is written
    from openpyxl.cell.cell import Cell
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

HEADER = (
    N_("SKU"), N_("Supplier code"), N_("Item"), N_("On hand"), N_("Par"), N_("Pack size"),
    N_("Order qty"), N_("Unit cost"), N_("Line total"),
)  # fmt: skip
WIDTHS = (16, 15, 42, 9, 7, 10, 10, 12, 13)
HEADER_ROW = 5  # rows 1-3: supplier, contact, date
FIRST_LINE = HEADER_ROW + 1
WHOLE = "#,##0"
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_SHEET_MAX = 31
# Excel keeps "History" for its change tracking and refuses a sheet of that name.
_RESERVED = {"history"}


class SheetLine(Protocol):
    """What a sheet reads of one line to order (services' reorder ProposalLine has it):
    io sits below services and names no type of theirs."""

    @property
    def sku(self) -> str: ...
    @property
    def supplier_code(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def on_hand(self) -> Decimal: ...
    @property
    def par(self) -> Decimal: ...
    @property
    def pack_size(self) -> int: ...
    @property
    def quantity(self) -> Decimal: ...
    @property
    def unit_cost(self) -> Decimal: ...


class SupplierSheet(Protocol):
    """What a sheet reads of one supplier's proposal (services' SupplierProposal has it)."""

    @property
    def supplier(self) -> str: ...
    @property
    def contact(self) -> str: ...
    @property
    def email(self) -> str: ...
    @property
    def phone(self) -> str: ...
    @property
    def lines(self) -> Sequence[SheetLine]: ...


def write_reorder_workbook(
    path: Path,
    proposals: Sequence[SupplierSheet],
    *,
    day: date,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Written beside `path`, then moved in: a failed export never leaves half a file.

    Write-only mode streams each row to the file as it is appended: the normal mode
    kept every cell as an object and cost 3x bare openpyxl (tests/bench).
    """
    from openpyxl import Workbook  # costly import: only when a workbook is written

    book = Workbook(write_only=True)
    names = sheet_names([p.supplier for p in proposals])
    styles = _Styles()
    for done, (proposal, name) in enumerate(zip(proposals, names, strict=True), start=1):
        with _written_in(proposal):
            write_supplier_sheet(book.create_sheet(name), proposal, day=day, styles=styles)
        if progress is not None:
            progress(done, len(proposals))
    if not proposals:
        sheet = book.create_sheet(tr("Nothing to order"))
        sheet.append([_text(sheet, tr("Nothing to order"))])
    return write_atomically(path, book.save)


def sheet_names(suppliers: Sequence[str]) -> list[str]:
    """Excel sheet names: no []:*?/\\, at most 31 characters, unique ignoring case."""
    used: set[str] = set()
    names: list[str] = []
    for supplier in suppliers:
        base = " ".join(_SHEET_FORBIDDEN.sub(" ", supplier).split()).strip("'").strip()
        base = base or tr("Supplier")
        if base.lower() in _RESERVED:
            base = tr("{name} (supplier)").format(name=base)
        name, number = base[:_SHEET_MAX].rstrip(), 1
        while name.lower() in used:
            number += 1
            suffix = f" ({number})"
            name = base[: _SHEET_MAX - len(suffix)].rstrip() + suffix
        used.add(name.lower())
        names.append(name)
    return names


class _Styles:
    """Fonts, fills and borders built once per workbook, shared by every cell that uses them."""

    def __init__(self) -> None:
        from openpyxl.styles import Border, Font, PatternFill, Side

        self.title = Font(bold=True, size=14)
        self.bold = Font(bold=True)
        self.fill = PatternFill("solid", fgColor="DDE3EA")
        self.rule = Border(top=Side(style="thin"))


def write_supplier_sheet(
    sheet: Any, proposal: SupplierSheet, *, day: date, styles: _Styles
) -> None:
    """Title block, the order table, a total row; ready to print one page wide.

    `sheet` is a WriteOnlyWorksheet, typed Any: openpyxl's stubs lack its column and
    print attributes.
    """
    from openpyxl.utils import get_column_letter

    for column, width in enumerate(heading_widths(WIDTHS, HEADER), start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = f"A{FIRST_LINE}"
    _print_setup(sheet, proposal.supplier, day)
    contact = " · ".join(t for t in (proposal.contact, proposal.email, proposal.phone) if t)
    sheet.append([_text(sheet, proposal.supplier, font=styles.title)])
    sheet.append([_text(sheet, contact)])
    sheet.append([_text(sheet, tr("Date")), _cell(sheet, day, date_format())])
    sheet.append([])
    sheet.append([_text(sheet, tr(name), font=styles.bold, fill=styles.fill) for name in HEADER])
    for row, line in enumerate(proposal.lines, start=FIRST_LINE):
        sheet.append(_line(sheet, row, line))
    last = max(FIRST_LINE + len(proposal.lines) - 1, FIRST_LINE)
    total = _cell(sheet, f"=SUM(I{FIRST_LINE}:I{last})", euro_format())
    label = _text(sheet, tr("Total"))
    for cell in (label, total):
        cell.font, cell.border = styles.bold, styles.rule
    sheet.append([None] * 7 + [label, total])


def _line(sheet: WriteOnlyWorksheet, row: int, line: SheetLine) -> list[Cell]:
    euro = euro_format()
    return [
        _text(sheet, line.sku), _text(sheet, line.supplier_code), _text(sheet, line.name),
        _cell(sheet, line.on_hand, _containers(line.on_hand)),
        _cell(sheet, line.par, _containers(line.par)),
        _cell(sheet, line.pack_size, WHOLE),
        _cell(sheet, line.quantity, _containers(line.quantity)),
        _cell(sheet, line.unit_cost, euro), _cell(sheet, f"=G{row}*H{row}", euro),
    ]  # fmt: skip


def _containers(value: Decimal | None) -> str:
    """The exact number in the cell, shown as the window shows containers ('2', '1.8')."""
    return WHOLE if value is None else display.places_format(value, display.CONTAINER_PLACES)


def _text(sheet: WriteOnlyWorksheet, text: str, **style: Any) -> Cell:
    """A text cell that stays text (set_text): a name starting with = is never a formula."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet)
    set_text(cell, text)
    for name, value in style.items():
        setattr(cell, name, value)
    return cell


def _cell(sheet: WriteOnlyWorksheet, value: Any, number_format: str) -> Cell:
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = number_format
    return cell


def _print_setup(sheet: Any, supplier: str, day: date) -> None:
    """A4 portrait, one page wide (as many pages tall as needed), the header on every page."""
    fit_a4_width(sheet, heading_row=HEADER_ROW, margin=0.4)
    sheet.print_options.horizontalCentered = True
    header = tr("Order {supplier} {date}").format(supplier=supplier, date=date_text(day))
    sheet.oddHeader.center.text = header.replace("&", "&&")
    sheet.oddFooter.right.text = tr("Page &P of &N")


@contextmanager
def _written_in(proposal: SupplierSheet) -> Iterator[None]:
    """The supplier's own language for its sheet, when the proposal gives one."""
    language = getattr(proposal, "language", None) or current_language()
    with in_language(language if language in LANGUAGES else current_language()):
        yield
