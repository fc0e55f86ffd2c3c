"""Move a whole bar from one database to another (SQLite up to PostgreSQL, or back).

Every table of the models is copied generically, so a table added later travels too.
The copy is one transaction on the target: it either lands whole and verified, or not at all.
Only an owner of the source bar may copy it: the copy holds everything, PIN hashes too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection, Integer, Table, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from inventory_app.db.engine import READ_ONLY, Database, sqlite_path
from inventory_app.db.migrate import open_database
from inventory_app.db.models import Base
from inventory_app.domain.errors import InputError, InventoryError, PermissionDenied
from inventory_app.domain.permissions import Action
from inventory_app.i18n.catalogue import ntr, tr
from inventory_app.services.backups.transfer_checks import TableCheck, ledger_drift, table_checks
from inventory_app.services.people.permissions import require

BATCH_ROWS = 5_000  # rows held in memory at once: a million-line ledger streams through

Progress = Callable[[str, int], None]  # table name, rows copied so far


class TransferError(InventoryError):
    """The copy did not match its source: the target was rolled back, nothing was kept."""


@dataclass(frozen=True)
class TransferReport:
    """What was copied, table by table, with the counts and sums compared on both sides."""

    checks: list[TableCheck]

    @property
    def rows(self) -> int:
        return sum(check.target_rows for check in self.checks)


def transfer(
    source_url: str,
    target_url: str,
    *,
    acting: Callable[[Database], str],
    progress: Progress | None = None,
) -> TransferReport:
    """Copy every row from source to an empty target, verify, then commit.

    `acting` signs someone in on the opened source and returns their name (the CLI asks
    for `--user` and the PIN there); anyone but an owner is refused before the target opens.
    A database that cannot be reached or opened is refused with the driver's reason.
    """
    try:
        return _transfer(source_url, target_url, acting, progress)
    except OperationalError as exc:
        raise InventoryError(
            tr("cannot use the database: {problem}").format(problem=exc.orig or exc)
        ) from None


def _transfer(
    source_url: str,
    target_url: str,
    acting: Callable[[Database], str],
    progress: Progress | None,
) -> TransferReport:
    _refuse_same(source_url, target_url)
    _refuse_missing_file(source_url)
    source = open_database(source_url)
    try:
        _require_owner(source, acting(source))
        target = open_database(target_url)
        try:
            return _copy_all(source, target, progress or (lambda _t, _n: None))
        finally:
            target.dispose()
    finally:
        source.dispose()


def _require_owner(source: Database, author: str) -> None:
    """Checked with a read, as signing in is; a refusal leaves its audit line on the source."""
    try:
        with source.reading() as session:
            require(session, author, Action.TRANSFER)
    except PermissionDenied as refused:
        if refused.after_rollback is not None:
            try:
                with source.transaction() as session:
                    refused.after_rollback(session)
            except Exception as failure:  # the refusal stands either way
                refused.add_note(
                    tr("(its audit line could not be written: {failure})").format(failure=failure)
                )
        raise


def tables() -> list[Table]:
    """Parents before children, so every foreign key finds its row already there."""
    return list(Base.metadata.sorted_tables)


def _copy_all(source: Database, target: Database, progress: Progress) -> TransferReport:
    with _snapshot(source) as src, target.engine.begin() as dst:
        _drop_seeds(dst)
        _refuse_non_empty(dst, target.label)
        for table in tables():
            _copy_table(src, dst, table, progress)
        if dst.dialect.name == "postgresql":
            _reset_sequences(dst)
        checks = table_checks(src, dst, tables())
        _fail_on_mismatch(checks, dst)
    return TransferReport(checks=checks)


@contextmanager
def _snapshot(database: Database) -> Iterator[Connection]:
    """One read transaction, so the copy and its check see the same source rows."""
    options: dict[str, object] = {READ_ONLY: True}
    if database.engine.dialect.name == "postgresql":
        options["isolation_level"] = "REPEATABLE READ"
    with database.engine.connect().execution_options(**options) as conn, conn.begin():
        yield conn


def _copy_table(src: Connection, dst: Connection, table: Table, progress: Progress) -> None:
    # Primary-key order: a row that points at an earlier row of its own table (an undo,
    # a void) always comes after it, so the self-referencing foreign keys hold.
    query = select(table).order_by(*table.primary_key.columns)
    result = src.execution_options(stream_results=True, yield_per=BATCH_ROWS).execute(query)
    copied = 0
    for batch in result.mappings().partitions(BATCH_ROWS):
        dst.execute(table.insert(), [dict(row) for row in batch])
        copied += len(batch)
        progress(table.name, copied)
    if copied == 0:
        progress(table.name, 0)


def _drop_seeds(dst: Connection) -> None:
    """What every new database is given makes way for the source's own rows: the PIN-less
    `owner` every bar starts with (migration 0006) and the first usage revision, its
    random token (0010). Anything more is refused as data."""
    users = Base.metadata.tables["users"]
    if dst.scalar(select(func.count()).select_from(users)) == 1:
        dst.execute(users.delete().where(users.c.key == "owner", users.c.secret_hash.is_(None)))
    revisions = Base.metadata.tables["usage_revisions"]
    if dst.scalar(select(func.count()).select_from(revisions)) == 1:
        dst.execute(revisions.delete())


def _reset_sequences(dst: Connection) -> None:
    """Copied rows keep their ids, so each id sequence must continue after the highest."""
    for table in tables():
        for column in table.primary_key.columns:
            if not isinstance(column.type, Integer) or not column.autoincrement:
                continue
            dst.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'),"
                f" COALESCE(MAX({column.name}), 1), MAX({column.name}) IS NOT NULL)"
                f" FROM {table.name}"
            )


def _fail_on_mismatch(checks: list[TableCheck], dst: Connection) -> None:
    wrong = [check.table for check in checks if not check.agrees]
    if wrong:
        raise TransferError(
            tr("the copy does not match its source in {tables}; nothing was kept").format(
                tables=", ".join(wrong)
            )
        )
    drift = ledger_drift(dst)
    if drift:
        raise TransferError(
            ntr(
                "on hand does not equal the ledger sum for {count} item or bottle on the target;"
                " nothing was kept",
                "on hand does not equal the ledger sum for {count} items or bottles on the"
                " target; nothing was kept",
                drift,
            ).format(count=drift)
        )


def _refuse_non_empty(dst: Connection, label: str) -> None:
    for table in tables():
        rows = dst.scalar(select(func.count()).select_from(table)) or 0
        if rows:
            raise InputError(
                ntr(
                    "{database} already holds data ({table}: {rows} row); transfer only"
                    " into a new, empty database, nothing was changed",
                    "{database} already holds data ({table}: {rows} rows); transfer only"
                    " into a new, empty database, nothing was changed",
                    rows,
                ).format(database=label, table=table.name, rows=rows)
            )


def _refuse_same(source_url: str, target_url: str) -> None:
    def same(url: str) -> str:
        path = sqlite_path(url)
        if path is not None:
            return str(path.resolve())
        return make_url(url).render_as_string(hide_password=True)

    if same(source_url) == same(target_url):
        raise InputError(tr("--from and --to are the same database; nothing was changed"))


def _refuse_missing_file(source_url: str) -> None:
    path = sqlite_path(source_url)
    if path is not None and not path.exists():
        raise InputError(
            tr("--from: there is no database at {path}; nothing was changed").format(path=path)
        )
