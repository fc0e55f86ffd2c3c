"""The History page's timeline as a workbook, streamed row by row (write-only openpyxl).

A filtered timeline may hold a million lines: write-only mode keeps memory flat, and every
text from a person (notes, labels, names) is written as text, never as a formula.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from inventory_app.domain import display
from inventory_app.i18n.catalogue import N_, tr
from inventory_app.io.cell_formats import date_time_format, heading_widths

HEADER = (
    N_("When"), N_("Kind"), N_("Person"), N_("SKU"), N_("What"), N_("Bottle"), N_("Reason"),
    N_("Change"), N_("Quantity"), N_("Unit"), N_("Reference"), N_("Note"), N_("Undone"),
    N_("Undoes"),
)  # fmt: skip
WIDTHS = (17, 10, 14, 14, 30, 24, 12, 30, 11, 6, 16, 36, 8, 8)
DATE_FORMAT = "yyyy-mm-dd hh:mm"
QUANTITY_FORMAT = "#,##0.0##"
QUANTITY_COLUMN = HEADER.index("Quantity")
SHEET = N_("Timeline")  # Excel keeps "History" for itself


class TimelineLine(Protocol):
    """What the workbook reads of a timeline line (services' TimelineRow has it): io sits
    below services and names no type of theirs."""

    @property
    def at(self) -> datetime: ...
    @property
    def kind_text(self) -> str: ...
    @property
    def author(self) -> str: ...
    @property
    def sku(self) -> str: ...
    @property
    def what(self) -> str: ...
    @property
    def bottle(self) -> str: ...
    @property
    def reason(self) -> str: ...
    @property
    def change_shown(self) -> str: ...
    @property
    def delta(self) -> Decimal | None: ...
    @property
    def unit(self) -> str: ...
    @property
    def reference_shown(self) -> str: ...
    @property
    def note(self) -> str: ...
    @property
    def undone(self) -> bool: ...
    @property
    def undoes_id(self) -> int | None: ...


def write_timeline_workbook(
    path: Path,
    rows: Iterable[TimelineLine],
    *,
    progress: Callable[[int], bool] | None = None,
) -> int:
    """Written beside `path`, then moved in; `progress(lines)` answering False stops it.

    Returns the number of lines written; a stopped export leaves no file.
    """
    from openpyxl import Workbook  # costly import: only when a workbook is written
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet(tr(SHEET))
    for number, width in enumerate(heading_widths(WIDTHS, HEADER)):
        sheet.column_dimensions[chr(ord("A") + number)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    sheet.append([_cell(WriteOnlyCell(sheet), tr(title), font=bold) for title in HEADER])
    when = date_time_format()
    written, stopped = 0, False
    for row in rows:
        cells = [_cell(WriteOnlyCell(sheet), value, when=when) for value in timeline_values(row)]
        if row.delta is not None:  # the exact quantity, shown as the window shows it
            cells[QUANTITY_COLUMN].number_format = display.quantity_format(row.delta, row.unit)
        sheet.append(cells)
        written += 1
        if progress is not None and written % 1000 == 0 and not progress(written):
            stopped = True
            break
    temporary = path.with_name(f".{path.name}.part")
    book.save(temporary)  # also when stopped: saving is what closes a write-only sheet's stream
    if stopped:
        temporary.unlink()
    else:
        os.replace(temporary, path)
    return written


def timeline_values(row: TimelineLine) -> tuple[Any, ...]:
    """One line's cells: local time, texts, the quantity as a number."""
    return (
        _local(row.at), row.kind_text, row.author, row.sku, row.what, row.bottle, row.reason,
        row.change_shown, row.delta, row.unit, row.reference_shown, row.note,
        tr("yes") if row.undone else "", row.undoes_id,
    )  # fmt: skip


def _local(stored: datetime) -> datetime:
    """Stored naive UTC; the reader's clock, naive again (Excel has no time zones)."""
    return stored.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _cell(cell: Any, value: Any, *, font: Any = None, when: str = DATE_FORMAT) -> Any:
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # text stays text: never run as a formula (=, +, -, @ ...)
    elif isinstance(value, datetime):
        cell.number_format = when
    elif value is not None and not isinstance(value, int):
        cell.number_format = QUANTITY_FORMAT
    if font is not None:
        cell.font = font
    return cell
