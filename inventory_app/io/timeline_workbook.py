"""The History page's timeline as a workbook, streamed row by row (write-only openpyxl).

A filtered timeline may hold a million lines: write-only mode keeps memory flat, and every
text from a person (notes, labels, names) is written as text, never as a formula.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inventory_app.domain import display

if TYPE_CHECKING:  # io sits below services: the row is only named for the type checker
    from inventory_app.services.views.timeline_rows import TimelineRow

HEADER = (
    "When", "Kind", "Person", "SKU", "What", "Bottle", "Reason", "Change", "Quantity", "Unit",
    "Reference", "Note", "Undone", "Undoes",
)  # fmt: skip
WIDTHS = (17, 10, 14, 14, 30, 24, 12, 30, 11, 6, 16, 36, 8, 8)
DATE_FORMAT = "yyyy-mm-dd hh:mm"
QUANTITY_FORMAT = "#,##0.0##"
QUANTITY_COLUMN = HEADER.index("Quantity")
SHEET = "Timeline"  # Excel keeps "History" for itself


def write_timeline_workbook(
    path: Path,
    rows: Iterable[TimelineRow],
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
    sheet = book.create_sheet(SHEET)
    for number, width in enumerate(WIDTHS):
        sheet.column_dimensions[chr(ord("A") + number)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    sheet.append([_cell(WriteOnlyCell(sheet), title, font=bold) for title in HEADER])
    written, stopped = 0, False
    for row in rows:
        cells = [_cell(WriteOnlyCell(sheet), value) for value in timeline_values(row)]
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


def timeline_values(row: TimelineRow) -> tuple[Any, ...]:
    """One line's cells: local time, texts, the quantity as a number."""
    return (
        _local(row.at), row.kind_text, row.author, row.sku, row.what, row.bottle, row.reason,
        row.change_shown, row.delta, row.unit, row.reference_shown, row.note,
        "yes" if row.undone else "", row.undoes_id,
    )  # fmt: skip


def _local(stored: datetime) -> datetime:
    """Stored naive UTC; the reader's clock, naive again (Excel has no time zones)."""
    return stored.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _cell(cell: Any, value: Any, *, font: Any = None) -> Any:
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # text stays text: never run as a formula (=, +, -, @ ...)
    elif isinstance(value, datetime):
        cell.number_format = DATE_FORMAT
    elif value is not None and not isinstance(value, int):
        cell.number_format = QUANTITY_FORMAT
    if font is not None:
        cell.font = font
    return cell
