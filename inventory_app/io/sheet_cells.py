"""What no cell of an imported sheet may hold, checked once for every importer.

A NUL byte or a control character is refused (PostgreSQL cannot store a NUL, and
neither belongs in a name or a number), and so is a cell longer than Excel allows:
the message names the row and the column, as the file's header writes it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from inventory_app.domain.errors import InputError
from inventory_app.i18n.catalogue import tr

# Excel's own limit for one cell; a CSV cell beyond it is not a bar's data.
MAX_CELL_CHARS = 32_767
# C0 controls except tab, line feed and carriage return (a quoted cell may hold a line break).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

Record = tuple[int, tuple[str, ...]]


def checked_cells(file_name: str, records: Iterator[Record]) -> Iterator[Record]:
    """The records unchanged; the first bad cell raises InputError naming row and column."""
    header: tuple[str, ...] = ()
    for number, cells in records:
        check_cells(cells, file_name, number, header)
        if not header and any(cells):
            header = cells
        yield number, cells


def check_cells(
    cells: tuple[str, ...], file_name: str, row: int, header: tuple[str, ...] = ()
) -> None:
    """Raise InputError for the first cell that is too long or holds a control character."""
    joined = "\t".join(cells)  # one search of the row (tab is allowed) when all is well
    if len(joined) <= MAX_CELL_CHARS and _CONTROL.search(joined) is None:
        return
    for index, cell in enumerate(cells):
        if len(cell) > MAX_CELL_CHARS:
            message = tr("a cell holds at most {limit} characters, got {length}").format(
                limit=MAX_CELL_CHARS, length=len(cell)
            )
            raise InputError(message, file=file_name, row=row, column=column_name(header, index))
        found = _CONTROL.search(cell)
        if found is not None:
            raise InputError(
                _control_message(ord(found.group())),
                file=file_name,
                row=row,
                column=column_name(header, index),
            )


def _control_message(code: int) -> str:
    if code == 0:
        return tr("the cell holds a NUL byte (0x00); if the file is UTF-16, save it as 'CSV UTF-8'")
    return tr("the cell holds a control character ({code}); remove it").format(code=f"{code:#04x}")


def column_name(header: tuple[str, ...], index: int) -> str:
    """The column as the header writes it, else its spreadsheet letter (A, B, ... AA)."""
    if index < len(header) and header[index]:
        return header[index]
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
