"""Import a POS sales export: every drink deducted once, however often the file comes back.

One streaming pass keeps memory bounded: it checks each chunk of lines, counts
unknown names and writes the chunk through Core. Each line has an identity
(`Sale.line_key`), so lines already imported from an earlier or overlapping export
are recognised and skipped. The whole write runs in a SAVEPOINT: a file with unknown
names or bad lines rolls it back at the end (nothing is imported), and so does a dry
run, so its report is exactly what the real import would do. (A first pass that only
checked read and parsed the file twice: a third of the import's time, tests/bench.)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, union_all
from sqlalchemy.orm import Session

from inventory_app.db.driver_sql import DriverStatement
from inventory_app.db.models import Base, ImportRecord, utcnow
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.errors import ImportErrors, InputError
from inventory_app.domain.permissions import Action
from inventory_app.domain.recipes import SaleKind, name_key
from inventory_app.i18n.catalogue import tr
from inventory_app.io.file_check import MAX_SALES_BYTES
from inventory_app.io.sales_file import SalesFormat, SalesLine, open_sales
from inventory_app.io.sales_line import MAX_MODIFIERS
from inventory_app.io.sales_profile import SalesProfile
from inventory_app.io.tabular import file_sha256
from inventory_app.io.text_encoding import UTF8, UTF8_BOM, encoding_name
from inventory_app.io.till_profiles import BUILT_IN as BUILT_IN_PROFILES
from inventory_app.services.imports.preview import PreviewLine, SalesPreview, preview_sales
from inventory_app.services.imports.progress import ImportCancelled, Progress, Ticker
from inventory_app.services.imports.sales_profiles import (
    ProfileChoice,
    owned_profiles,
    profiles_folder,
    resolve_profile,
)
from inventory_app.services.imports.unknown_lines import UnknownItemsError, parked_note
from inventory_app.services.ledger.movements import NewMovement, lock_levels, record_movements
from inventory_app.services.people.permissions import require
from inventory_app.services.selling.line_keys import LineKeys
from inventory_app.services.selling.menu import Pours, SalesMenu, Undescribed, deduction
from inventory_app.services.selling.sales import sale_reference

__all__ = [
    "BUILT_IN_PROFILES",
    "ImportCancelled",
    "PreviewLine",
    "SalesFormat",
    "SalesImportSummary",
    "SalesPreview",
    "UnknownItemsError",
    "import_sales",
    "preview_sales",
]

IMPORT_KIND = "sales"
CHUNK = 2_000
MAX_PROBLEMS = 50
_Known = tuple[int, Pours]  # a line's recipe and what one of its drinks pours

_SALES = Base.metadata.tables["sales"]
_SALE_COLUMNS = (
    "at", "recipe_id", "recipe_name", "quantity", "channel", "kind", "gross_amount",
    "net_amount", "import_id", "line_key", "voids_id", "author", "recorded_at", "variant",
    "modifiers",
)  # fmt: skip
# One executemany on the driver path, then the new ids by line key: this import's rows
# after the last id it has seen. (RETURNING from a many-row insert goes through
# SQLAlchemy, and SQLite keeps no parameter order there: tests/bench.)
_INSERT_SALES = DriverStatement(insert(_SALES).inline(), keys=_SALE_COLUMNS)
_NEW_SALES = DriverStatement(
    select(_SALES.c.line_key, _SALES.c.id).where(
        _SALES.c.import_id == bindparam("import_id"), _SALES.c.id > bindparam("after")
    )
)
_PARKED = Base.metadata.tables["unmatched_sales"]
_PARKED_COLUMNS = (
    "import_id", "line_key", "at", "item", "note", "quantity", "kind", "channel",
    "gross_amount", "net_amount", "recorded_at",
)  # fmt: skip
_INSERT_PARKED = DriverStatement(insert(_PARKED).inline(), keys=_PARKED_COLUMNS)
# A line is known once it is a sale or parked among the unmatched (resolved or not).
_KNOWN_KEYS = union_all(
    select(_SALES.c.line_key, _SALES.c.import_id).where(
        _SALES.c.line_key.in_(bindparam("keys", expanding=True))
    ),
    select(_PARKED.c.line_key, _PARKED.c.import_id).where(
        _PARKED.c.line_key.in_(bindparam("keys", expanding=True))
    ),
)


@dataclass(frozen=True)
class SalesImportSummary:
    """What an import did (or, in a dry run, would do); imported = new sales and refunds.

    `skipped_unknown` counts the new lines of unknown items: with park_unknown they wait
    among the unmatched sales (services/selling/unmatched.py), deducting nothing yet.

    `format` is the name of the profile that read the file (its SalesFormat for Square
    and the generic sheet), so the owner sees which one `auto` picked; `encoding` is the
    codec a CSV file was read with ('' for a workbook: io/text_encoding names it).

    `unknown_modifiers`: variants and modifiers no rule describes, with their lines; such
    a line is parked too (its modifiers in the note), or the import stops.
    """

    file_name: str
    format: str
    lines: int
    imported: int
    already_known: int
    refunds: int
    skipped_unknown: int
    unknown: dict[str, int]
    drinks: Decimal
    movements: int
    dry_run: bool
    import_id: int | None
    encoding: str = ""
    unknown_modifiers: dict[str, int] = field(default_factory=dict)

    @property
    def unusual_encoding(self) -> str:
        """The encoding by name when it is not UTF-8 ('Windows-1252', 'UTF-16'), else ''."""
        plain = ("", UTF8, UTF8_BOM)
        return "" if self.encoding in plain else encoding_name(self.encoding)


def import_sales(
    session: Session,
    path: Path,
    *,
    author: str,
    fmt: str | ProfileChoice = SalesFormat.AUTO,
    dry_run: bool = False,
    park_unknown: bool = False,
    skip_unknown: bool = False,
    progress: Progress | None = None,
) -> SalesImportSummary:
    """Record each new line as a sale and deduct its recipe; refunds move no stock.

    A line whose item is no recipe, or whose variant or modifier no rule describes
    (services/recipes/modifiers.py), stops the import, unless `park_unknown` (or its older
    name `skip_unknown`, which parks too): then it is kept as an unmatched sale. A known
    line deducts its recipe as its variant and modifiers change it, exactly.

    `fmt`: `auto`, a profile's name or a profile file's path (services/imports/sales_profiles).
    """
    require(session, author, Action.IMPORT_SALES)
    if not author:
        raise InputError(tr("every import needs an author"))
    folder = profiles_folder(session)
    choice = resolve_profile(fmt, folder)
    owned = owned_profiles(folder) if choice is SalesFormat.AUTO else []
    menu = SalesMenu(session)
    ticker = Ticker(progress, passes=1)
    savepoint = session.begin_nested()
    try:
        summary = _write(session, path, choice, owned, menu, author=author, ticker=ticker)
        unknown = summary.unknown or summary.unknown_modifiers
        if unknown and not (park_unknown or skip_unknown):
            raise UnknownItemsError(summary.file_name, summary.unknown, summary.unknown_modifiers)
    except BaseException:
        savepoint.rollback()
        raise
    if dry_run:
        savepoint.rollback()
        return replace(summary, dry_run=True, import_id=None)
    savepoint.commit()
    return summary


@dataclass
class _Scan:
    """What the file holds, kept small (counts of unknown names, never the lines)."""

    file_name: str
    format: str
    lines: int = 0
    unknown: dict[str, int] = field(default_factory=dict)
    spelling: dict[str, str] = field(default_factory=dict)  # name key -> first spelling seen
    unknown_modifiers: dict[str, int] = field(default_factory=dict)
    problems: list[InputError] = field(default_factory=list)

    def check(self, line: SalesLine, menu: SalesMenu) -> _Known | None:
        """The line's recipe and pours, or None when its item, a modifier or its variant is
        unknown, or it is a prep (noted, not written)."""
        self.lines += 1
        recipe_id = menu.recipe_id(line.item)
        if recipe_id is None:
            self._count(self.unknown, line.item)
            return None
        if recipe_id in menu.preps:
            if len(self.problems) < MAX_PROBLEMS:
                self.problems.append(_prep_problem(line, menu.names[recipe_id]))
            return None
        channel = menu.channel(line.channel)
        pours = menu.modified_pours(recipe_id, channel, line.variant, line.modifiers)
        if isinstance(pours, Undescribed):
            for name in dict.fromkeys(pours.names):  # a line counts once per name
                self._count(self.unknown_modifiers, name)
            return None
        return recipe_id, pours

    def _count(self, counts: dict[str, int], name: str) -> None:
        shown = self.spelling.setdefault(name_key(name), name)
        counts[shown] = counts.get(shown, 0) + 1


def _prep_problem(line: SalesLine, recipe: str) -> InputError:
    return InputError(
        tr("{item} is the prep recipe {recipe}: it is made with `make`, not sold").format(
            item=repr(line.item), recipe=repr(recipe)
        ),
        row=line.row,
        column="item",
    )


@dataclass
class _Tally:
    imported: int = 0
    refunds: int = 0
    already_known: int = 0
    skipped_unknown: int = 0
    drinks: Decimal = Decimal(0)
    movements: int = 0
    last_sale_id: int = 0  # this import's newest sale so far (ids only grow)


def _write(
    session: Session, path: Path, fmt: ProfileChoice, owned: list[SalesProfile],
    menu: SalesMenu, *, author: str, ticker: Ticker,
) -> SalesImportSummary:  # fmt: skip
    """One import record, then the lines chunk by chunk; bad lines raise once all are read."""
    digest = file_sha256(path, max_bytes=MAX_SALES_BYTES)  # checks the file before hashing it
    record = ImportRecord(kind=IMPORT_KIND, filename=path.name, sha256=digest, author=author)
    tally = _Tally()
    with open_sales(path, fmt, owned=owned) as stream:
        scan = _Scan(stream.file_name, stream.format)
        encoding = stream.encoding
        record.rows = 0
        session.add(record)
        session.flush()
        # Every item the menu may draw, locked in id order before the first chunk: chunks
        # that each lock their own items would meet another terminal's sale in a deadlock.
        lock_levels(session, menu.ingredient_ids())
        keys = LineKeys(stream.profile.line_source, digest)
        for chunk in _chunks(stream.lines, CHUNK):
            _write_chunk(
                session, chunk, keys, menu, scan, tally, import_id=record.id, author=author
            )
            ticker.tick(stream, 0)
    if scan.problems:
        raise ImportErrors(scan.file_name, scan.problems)
    record.rows = scan.lines
    session.flush()
    return SalesImportSummary(
        file_name=scan.file_name, format=scan.format, lines=scan.lines,
        imported=tally.imported, already_known=tally.already_known, refunds=tally.refunds,
        skipped_unknown=tally.skipped_unknown, unknown=scan.unknown, drinks=tally.drinks,
        movements=tally.movements, dry_run=False, import_id=record.id, encoding=encoding,
        unknown_modifiers=scan.unknown_modifiers,
    )  # fmt: skip


def _write_chunk(
    session: Session,
    chunk: list[SalesLine],
    keys: LineKeys,
    menu: SalesMenu,
    scan: _Scan,
    tally: _Tally,
    *,
    import_id: int,
    author: str,
) -> None:
    """One lookup of known lines, one insert of the new sales, one bulk ledger write."""
    connection = session.connection()
    keyed = [(keys.key(line), line) for line in chunk]
    known = _known(connection, keyed, import_id)
    now = utcnow()
    rows: list[dict[str, Any]] = []
    sold: list[tuple[str, SalesLine, Pours]] = []
    parked: list[dict[str, Any]] = []
    for key, line in keyed:
        found = scan.check(line, menu)
        if key in known:
            tally.already_known += 1
        elif found is None:
            tally.skipped_unknown += 1
            parked.append(_parked_row(line, key, import_id, now))
        else:
            rows.append(_sale_row(line, found[0], key, menu, import_id, author, now))
            sold.append((key, line, found[1]))
    if parked and not scan.problems:
        _INSERT_PARKED.execute_many(connection, parked)
    if not rows or scan.problems:
        return
    _INSERT_SALES.execute_many(connection, rows)
    after = {"import_id": import_id, "after": tally.last_sale_id}
    sale_ids: dict[str, int] = {key: sale_id for key, sale_id in _NEW_SALES.rows(connection, after)}
    tally.last_sale_id = max(sale_ids.values())
    written = ((sale_ids[key], line, pours) for key, line, pours in sold)
    movements = list(_movements(written, tally))
    tally.movements += record_movements(session, movements, author=author)


def _known(connection: Connection, keyed: list[tuple[str, SalesLine]], import_id: int) -> set[str]:
    """Line keys already in the database; a key met twice in this very file is an error."""
    found = connection.execute(_KNOWN_KEYS, {"keys": [key for key, _ in keyed]}).all()
    mine = {key for key, owner in found if owner == import_id}
    seen: set[str] = set()
    for key, line in keyed:
        if key in mine or key in seen:
            raise InputError(
                tr(
                    "the lines of transaction {transaction} are too far apart in the file to "
                    "number them; export the sales sorted by date"
                ).format(transaction=repr(line.transaction_id)),
                row=line.row,
            )
        seen.add(key)
    return {key for key, _ in found}


def _sale_row(
    line: SalesLine,
    recipe_id: int,
    key: str,
    menu: SalesMenu,
    import_id: int,
    author: str,
    now: datetime,
) -> dict[str, Any]:
    return {
        "at": line.at, "recipe_id": recipe_id, "recipe_name": menu.names[recipe_id],
        "quantity": line.quantity, "channel": menu.channel(line.channel).value,
        "kind": line.kind.value, "gross_amount": line.gross_sales, "net_amount": line.net_sales,
        "import_id": import_id, "line_key": key, "voids_id": None, "author": author,
        "recorded_at": now, "variant": line.variant or None,
        "modifiers": ", ".join(line.modifiers)[:MAX_MODIFIERS] or None,
    }  # fmt: skip


def _parked_row(line: SalesLine, key: str, import_id: int, now: datetime) -> dict[str, Any]:
    """An unknown line kept as it was sold; a new item name can be resolved later."""
    return {
        "import_id": import_id, "line_key": key, "at": line.at, "item": line.item[:400],
        "note": parked_note(line)[:2000], "quantity": line.quantity, "kind": line.kind.value,
        "channel": line.channel.value if line.channel else None,
        "gross_amount": line.gross_sales, "net_amount": line.net_sales, "recorded_at": now,
    }  # fmt: skip


def _movements(
    sales: Iterable[tuple[int, SalesLine, Pours]], tally: _Tally
) -> Iterator[NewMovement]:
    """A refund returns money, not ingredients (the drink was poured): no movement."""
    for sale_id, line, pours in sales:
        tally.imported += 1
        if line.kind is SaleKind.REFUND:
            tally.refunds += 1
            continue
        tally.drinks += line.quantity
        reference = sale_reference(sale_id)
        for draw, bottle in pours:
            yield NewMovement(
                draw.item_id, deduction(draw, line.quantity), Reason.SALE, reference, "", line.at,
                bottle,
            )  # fmt: skip


def _chunks(lines: Iterator[SalesLine], size: int) -> Iterator[list[SalesLine]]:
    while chunk := list(islice(lines, size)):
        yield chunk
