"""A count sheet filled by hand, read into the open count: every row or none."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from inventory_app.domain.counting import Entry
from inventory_app.domain.errors import ImportErrors, InputError
from inventory_app.domain.permissions import Action
from inventory_app.i18n.catalogue import tr
from inventory_app.io.count_sheet import (
    SheetEntry,
    SheetItem,
    read_count_sheet,
    write_count_sheet,
)
from inventory_app.services.catalogue.items import find_item
from inventory_app.services.counts.sessions import (
    Finalised,
    enter_line,
    finalise_count,
    known_locations,
    open_count,
    start_count,
)
from inventory_app.services.counts.view import count_rows
from inventory_app.services.people.permissions import require


@dataclass(frozen=True)
class CountImportSummary:
    file_name: str
    count_id: int
    started: bool  # no count was open, so the import started one
    counted: int
    finalised: Finalised | None


def export_count_sheet(session: Session, path: Path, *, locations: tuple[str, ...] = ()) -> int:
    """Write the blind sheet of the given locations (all by default); returns its rows."""
    names = known_locations(session, locations)
    rows = count_rows(session, names)
    items = [SheetItem(r.sku, r.name, r.location, r.unit, r.size) for r in rows]
    write_count_sheet(path, items)
    return len(items)


def import_count_sheet(
    session: Session, path: Path, *, author: str, finalise: bool = False
) -> CountImportSummary:
    """Enter every filled row in the open count (started if none is); optionally finalise.

    Raises ImportErrors naming each bad row and column; the caller's rollback then
    leaves the database as it was, including a count this import would have started.
    """
    require(session, author, Action.COUNT_LINE)
    entries = read_count_sheet(path)
    count = open_count(session)
    started = count is None
    if count is None:
        count = start_count(session, author=author)
    problems: list[InputError] = []
    first_row: dict[int, int] = {}
    for entry in entries:
        problems += _enter(session, entry, first_row, author)
    if problems:
        raise ImportErrors(path.name, problems)
    try:
        done = finalise_count(session, author=author) if finalise else None
    except InputError as exc:  # a sheet with no filled row leaves nothing to finalise
        raise InputError(exc.detail, file=path.name) from None
    return CountImportSummary(path.name, count.id, started, len(entries), done)


def _enter(
    session: Session, entry: SheetEntry, first_row: dict[int, int], author: str
) -> list[InputError]:
    """Save one row; its problems come back naming the row and the column."""
    try:
        item = find_item(session, entry.sku)
        if item.id in first_row:
            message = tr("{sku} already appears on row {row}").format(
                sku=item.sku, row=first_row[item.id]
            )

            return [InputError(message, row=entry.row, column="sku")]
        first_row[item.id] = entry.row
        typed = Entry(entry.full, entry.tenths, entry.weight_g, entry.quantity)
        refused = enter_line(session, item.sku, typed, author=author).problem
        if refused is not None:  # the sheet is refused whole: this line is rolled back too
            raise refused
    except InputError as exc:
        return [InputError(exc.detail, row=entry.row, column=entry.column_of(exc.column))]
    return []
