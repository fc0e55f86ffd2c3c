"""Read a .csv or .xlsx sheet whole, for small fixed-format files, by the streaming reader."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from inventory_app.io.file_check import MAX_TABLE_BYTES, open_checked
from inventory_app.io.sheet_cells import checked_cells
from inventory_app.io.sheet_stream import (
    SheetRow,
    check_utf8,
    data_rows,
    open_sheet_records,
    sheet_header,
    sheet_limit,
)

# A catalogue, recipe book or count sheet is read whole: far more rows than a bar has items.
MAX_TABLE_ROWS = 200_000


@dataclass(frozen=True)
class Sheet:
    """A header (names stripped and lower-cased) and the rows under it."""

    file_name: str
    header: tuple[str, ...]
    rows: tuple[SheetRow, ...]


def read_sheet(
    path: Path, *, max_rows: int = MAX_TABLE_ROWS, max_bytes: int = MAX_TABLE_BYTES
) -> Sheet:
    """Read the first sheet of a .csv or .xlsx file; any failure is an InputError."""
    with open_sheet_records(path, max_rows=max_rows, max_bytes=max_bytes) as sheet:
        records = list(sheet.records)
    for _, cells in records:
        check_utf8(cells, path.name)  # the whole file is checked first, so no row is named
    lines = checked_cells(path.name, iter(records))
    header = sheet_header(path.name, lines, example="sku,name")
    return Sheet(path.name, tuple(h.lower() for h in header), tuple(data_rows(lines)))


def file_sha256(path: Path, *, max_bytes: int = MAX_TABLE_BYTES) -> str:
    """The file's fingerprint, so a re-import of the same bytes is recognisable.

    The file is checked first (file_check): a link to /dev/zero is refused, not hashed forever.
    """
    digest = hashlib.sha256()
    with open_checked(path, sheet_limit(path, max_bytes)) as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def rows_as_dicts(sheet: Sheet) -> Iterator[tuple[int, dict[str, str]]]:
    """Each row keyed by header name, for small fixed-format files."""
    for row in sheet.rows:
        yield row.number, {name: row.get(i) for i, name in enumerate(sheet.header) if name}
