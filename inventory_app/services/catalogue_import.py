"""Import a catalogue file: all rows or none, and the same file twice changes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.models import ImportRecord, Item
from inventory_app.domain.errors import ImportErrors, InputError
from inventory_app.domain.permissions import Action
from inventory_app.domain.units import check_stock
from inventory_app.io.catalogue_file import CatalogueLine, parse_catalogue
from inventory_app.io.tabular import file_sha256
from inventory_app.services.catalogue import item_by_sku, item_spec, save_item
from inventory_app.services.permissions import require
from inventory_app.services.stock import set_level

IMPORT_KIND = "catalogue"
NOTE = "catalogue import"


@dataclass(frozen=True)
class ImportSummary:
    """What an import did, for the CLI and the GUI to report."""

    file_name: str
    added: int
    updated: int
    unchanged: int
    level_changes: int
    import_id: int
    repeat_of: int | None = None  # an earlier import of the same bytes: levels not set again


def import_catalogue(session: Session, path: Path, *, author: str) -> ImportSummary:
    """Add new SKUs, update the given fields of known ones, count levels to `on_hand`.

    Runs inside the caller's transaction and raises ImportErrors on any bad row,
    so the caller's rollback leaves the database exactly as it was.
    """
    require(session, author, Action.IMPORT_CATALOGUE)
    lines = parse_catalogue(path)
    digest = file_sha256(path)
    repeat_of = session.scalar(
        select(ImportRecord.id)
        .where(ImportRecord.kind == IMPORT_KIND, ImportRecord.sha256 == digest)
        .order_by(ImportRecord.id)
        .limit(1)
    )
    outcomes, items = _save_all(session, lines, path.name, author)
    record = ImportRecord(
        kind=IMPORT_KIND, filename=path.name, sha256=digest, rows=len(lines), author=author
    )
    session.add(record)
    session.flush()
    # The same bytes again are an old sheet: counting to its levels would undo
    # every sale since, so only the first import of a file sets levels.
    levels = 0 if repeat_of else _set_levels(session, lines, items, record.id, author, path.name)
    return ImportSummary(
        file_name=path.name,
        added=outcomes.count("added"),
        updated=outcomes.count("updated"),
        unchanged=outcomes.count("unchanged"),
        level_changes=levels,
        import_id=record.id,
        repeat_of=repeat_of,
    )


def _save_all(
    session: Session, lines: list[CatalogueLine], file_name: str, author: str
) -> tuple[list[str], dict[int, Item]]:
    """Save every row; the errors the catalogue raises come back with their row."""
    outcomes: list[str] = []
    items: dict[int, Item] = {}
    errors: list[InputError] = []
    for line in lines:
        try:
            outcome, item = _save_line(session, line, author)
        except InputError as exc:
            errors.append(InputError(exc.detail, row=line.row, column=exc.column))
            continue
        outcomes.append(outcome)
        items[line.row] = item
    if errors:
        raise ImportErrors(file_name, errors)
    return outcomes, items


def _save_line(session: Session, line: CatalogueLine, author: str) -> tuple[str, Item]:
    existing = item_by_sku(session, line.spec.sku)
    if existing is None:
        if line.spec.name is None:
            raise InputError(
                f"expected a name: SKU {line.spec.sku!r} is new to the catalogue", column="name"
            )
        return "added", save_item(session, line.spec, author=author)
    before = item_spec(existing)
    item = save_item(session, line.spec, author=author)
    return ("unchanged" if item_spec(item) == before else "updated"), item


def _set_levels(
    session: Session,
    lines: list[CatalogueLine],
    items: dict[int, Item],
    import_id: int,
    author: str,
    file_name: str,
) -> int:
    """Count each item with an `on_hand` to that many containers; returns how many moved."""
    moved = 0
    errors: list[InputError] = []
    for line in lines:
        if line.on_hand_containers is None:
            continue
        item = items[line.row]
        reference = f"import:{import_id}"
        try:
            target = check_stock(line.on_hand_containers * item.size)
            changed = set_level(
                session, item, target, author=author, reference=reference, note=NOTE
            )
        except InputError as exc:
            errors.append(InputError(exc.detail, row=line.row, column="on_hand"))
            continue
        moved += 1 if changed else 0
    if errors:
        raise ImportErrors(file_name, errors)
    return moved
