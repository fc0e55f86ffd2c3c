"""Import a catalogue file: all rows or none, and the same file twice changes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from inventory_app.db.driver_sql import flushed
from inventory_app.db.models import ImportRecord, Item, StockLevel
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.errors import ImportErrors, InputError
from inventory_app.domain.permissions import Action
from inventory_app.domain.units import check_stock
from inventory_app.i18n.catalogue import N_, tr
from inventory_app.io.catalogue_file import CatalogueLine, parse_catalogue
from inventory_app.io.tabular import file_sha256
from inventory_app.services.catalogue.bulk import KnownSkus, NewItems
from inventory_app.services.catalogue.items import item_spec, save_found_item
from inventory_app.services.ledger.movements import NewMovement, record_movements
from inventory_app.services.people.permissions import require
from inventory_app.services.support.collector import collector_held

IMPORT_KIND = "catalogue"
NOTE = N_("catalogue import")  # written in the importer's language
LOAD_CHUNK = 500  # ids per IN (...) query: under every driver's parameter limit


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
    with collector_held():  # every row is kept to the end: nothing for the collector to free
        return _import(session, path, author)


def _import(session: Session, path: Path, author: str) -> ImportSummary:
    lines = parse_catalogue(path)
    digest = file_sha256(path)
    repeat_of = session.scalar(
        select(ImportRecord.id)
        .where(ImportRecord.kind == IMPORT_KIND, ImportRecord.sha256 == digest)
        .order_by(ImportRecord.id)
        .limit(1)
    )
    outcomes, items, new_ids = _save_all(session, lines, path.name, author)
    record = ImportRecord(
        kind=IMPORT_KIND, filename=path.name, sha256=digest, rows=len(lines), author=author
    )
    session.add(record)
    session.flush()
    # The same bytes again are an old sheet: counting to its levels would undo
    # every sale since, so only the first import of a file sets levels.
    levels = 0
    if not repeat_of:
        levels = _set_levels(session, lines, items, new_ids, record.id, author, path.name)
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
) -> tuple[list[str], dict[int, tuple[int, Decimal]], set[int]]:
    """Save every row; the errors the catalogue raises come back with their row.

    Known SKUs are found in one query (KnownSkus) and saved one by one through the
    catalogue (services/catalogue/items.py, the dialog's path: it records what changed); new
    SKUs are checked row by row and written in bulk (services/catalogue/bulk.py). Both
    are linear in the rows. Returns the outcomes, per row (item id, container size), and
    the ids of the new items.
    """
    known = KnownSkus(session)
    existing = _existing_items(session, [known.find(line.spec.sku) for line in lines])
    outcomes: dict[int, str] = {}
    found: dict[int, tuple[int, Decimal]] = {}
    errors: list[InputError] = []
    fresh: list[CatalogueLine] = []
    for line in lines:
        item = existing.get(known.find(line.spec.sku) or 0)
        if item is None:
            fresh.append(line)
            continue
        before = item_spec(item)
        try:
            save_found_item(session, line.spec, item, author=author)
        except InputError as exc:
            errors.append(InputError(exc.detail, row=line.row, column=exc.column))
            continue
        outcomes[line.row] = "unchanged" if item_spec(item) == before else "updated"
        found[line.row] = (item.id, item.size)
    new = NewItems(session, author=author)
    for line in fresh:
        try:
            new.add(line.row, line.spec, line.new_item)
        except InputError as exc:
            errors.append(InputError(exc.detail, row=line.row, column=exc.column))
            continue
        outcomes[line.row] = "added"
    if errors:
        raise ImportErrors(file_name, sorted(errors, key=lambda e: e.row or 0))
    written = new.write()
    found.update(written)
    return list(outcomes.values()), found, {item_id for item_id, _ in written.values()}


def _existing_items(session: Session, ids: list[int | None]) -> dict[int, Item]:
    """The items the file updates, with their barcodes, a few hundred per query."""
    wanted = sorted({i for i in ids if i is not None})
    items: dict[int, Item] = {}
    for start in range(0, len(wanted), LOAD_CHUNK):
        chunk = wanted[start : start + LOAD_CHUNK]
        query = select(Item).where(Item.id.in_(chunk)).options(selectinload(Item.barcodes))
        items.update((item.id, item) for item in session.scalars(query))
    return items


def _set_levels(
    session: Session,
    lines: list[CatalogueLine],
    items: dict[int, tuple[int, Decimal]],
    new_ids: set[int],
    import_id: int,
    author: str,
    file_name: str,
) -> int:
    """Count each item with an `on_hand` to that many containers; returns how many moved.

    One `count` movement per item whose level changes, appended together (record_movements
    keeps on hand in step); the levels before are read a few hundred per query, except
    those of the items this import created: NewItems wrote them as zero.
    """
    targets: dict[int, Decimal] = {}
    errors: list[InputError] = []
    for line in lines:
        if line.on_hand_containers is None:
            continue
        item_id, size = items[line.row]
        try:
            targets[item_id] = check_stock(line.on_hand_containers * size)
        except InputError as exc:
            errors.append(InputError(exc.detail, row=line.row, column="on_hand"))
    if errors:
        raise ImportErrors(file_name, errors)
    reference = f"import:{import_id}"
    current = _levels(session, [item_id for item_id in targets if item_id not in new_ids])
    current.update((item_id, Decimal(0)) for item_id in targets if item_id in new_ids)
    moves = [
        NewMovement(item_id, target - current[item_id], Reason.COUNT, reference, tr(NOTE))
        for item_id, target in targets.items()
        if target != current[item_id]
    ]
    return record_movements(session, moves, author=author)


def _levels(session: Session, item_ids: list[int]) -> dict[int, Decimal]:
    found: dict[int, Decimal] = {}
    connection = flushed(session)  # Core rows, after the session's pending writes
    for start in range(0, len(item_ids), LOAD_CHUNK):
        chunk = item_ids[start : start + LOAD_CHUNK]
        query = select(StockLevel.item_id, StockLevel.on_hand).where(StockLevel.item_id.in_(chunk))
        found.update((item_id, on_hand) for item_id, on_hand in connection.execute(query))
    return found
