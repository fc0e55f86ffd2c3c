"""Core statements run on the driver's own cursor, for the hottest writes (a sale, an import).

SQLAlchemy's work per execution (execution context, parameter construction, result
set-up) costs about 0.03 ms against 0.005 ms for the driver, and a sale is a handful of
tiny statements (tests/bench/bench_selling.py). The SQL is still SQLAlchemy's, compiled
once per dialect, and every value still goes through its column type's own bind and
result processors (db/types.Fixed, the dialect's DateTime): one rule per conversion,
one code path for SQLite and PostgreSQL. A driver error is raised as SQLAlchemy's.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError, StatementError
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import CompoundSelect, Insert, Select, Update

Processor = Callable[[Any], Any] | None
# Of any columns: the rows' types are the column types' processors' business, not this module's.
Statement = Select[*tuple[Any, ...]] | CompoundSelect[*tuple[Any, ...]] | Insert | Update


@dataclass(frozen=True)
class _Compiled:
    sql: str
    names: tuple[str, ...]  # every bind, in the order of a positional paramstyle
    positional: bool
    fixed: dict[str, Any]  # binds the statement fixed itself (the 0 of `on_hand < 0`)
    to_db: tuple[tuple[str, Processor], ...]  # in the order of `names`
    from_db: tuple[tuple[int, Callable[[Any], Any]], ...]  # the result columns converted


class DriverStatement:
    """A Core statement compiled once per dialect and executed on the DBAPI cursor."""

    def __init__(self, statement: Statement, *, keys: Sequence[str] | None = None) -> None:
        """`keys`: the columns an INSERT or UPDATE sets (`compile(column_keys=...)`)."""
        self.statement = statement
        self.keys = None if keys is None else list(keys)
        self._by_dialect: dict[tuple[str, str], _Compiled] = {}

    def rows(self, connection: Connection, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        """The rows it returns (a SELECT, or RETURNING), converted by the columns' types."""
        compiled = self._compiled(connection.dialect)
        try:
            converted = _convert(compiled, params)
        except (TypeError, ValueError, ArithmeticError, KeyError) as error:
            raise _refused(compiled, params, error) from error
        cursor = self._run(connection, compiled, [converted], many=False)
        try:
            fetched = cursor.fetchall()
        finally:
            cursor.close()
        if not compiled.from_db or not fetched:
            return [tuple(row) for row in fetched]
        # Column by column, only the columns with a processor: a page of 200 wide rows
        # (the History page) spent 0.3 ms passing every value of every row through a
        # generator when three of its nineteen columns need converting.
        columns = list(zip(*fetched, strict=True))
        for index, process in compiled.from_db:
            columns[index] = tuple(map(process, columns[index]))
        return list(zip(*columns, strict=True))

    def execute_many(self, connection: Connection, rows: Sequence[Mapping[str, Any]]) -> int:
        """Run it once per row of parameters (one executemany); the rows it changed."""
        return self._many(connection, lambda compiled, name: _column(compiled, rows, name), rows)

    def execute_columns(self, connection: Connection, columns: Mapping[str, Sequence[Any]]) -> int:
        """execute_many with the values given column by column, as bulk writers build them:
        no dict per row (an import writes a million movements); the rows it changed."""
        return self._many(connection, lambda _compiled, name: columns[name], columns)

    def _many(
        self,
        connection: Connection,
        column: Callable[[_Compiled, str], Sequence[Any]],
        given: Any,
    ) -> int:
        """Values converted column by column, then one executemany."""
        compiled = self._compiled(connection.dialect)
        converted: list[Sequence[Any]] = []
        try:
            for name, process in compiled.to_db:
                values = column(compiled, name)
                converted.append(values if process is None else _processed(values, process))
        except (TypeError, ValueError, ArithmeticError, KeyError) as error:  # refused, or missing
            raise _refused(compiled, given, error) from error
        params: list[Any] = list(zip(*converted, strict=True))
        if not compiled.positional:
            params = [dict(zip(compiled.names, values, strict=True)) for values in params]
        cursor = self._run(connection, compiled, params, many=True)
        count = int(cursor.rowcount)
        cursor.close()
        return count

    def _run(
        self, connection: Connection, compiled: _Compiled, params: list[Any], *, many: bool
    ) -> Any:
        """The converted parameters on a new cursor; a driver error raised as SQLAlchemy's."""
        cursor = connection.connection.cursor()
        try:
            if many:
                cursor.executemany(compiled.sql, params)
            else:
                cursor.execute(compiled.sql, params[0])
        except connection.dialect.loaded_dbapi.Error as error:
            cursor.close()
            raise DBAPIError.instance(
                compiled.sql,
                params if many else params[0],
                error,
                connection.dialect.loaded_dbapi.Error,
                dialect=connection.dialect,
                ismulti=many,
            ) from error
        return cursor

    def _compiled(self, dialect: Dialect) -> _Compiled:
        key = (dialect.name, dialect.driver)
        found = self._by_dialect.get(key)
        if found is None:
            found = self._by_dialect[key] = _compile(self.statement, self.keys, dialect)
        return found


def _compile(statement: Statement, keys: list[str] | None, dialect: Dialect) -> _Compiled:
    compiled = statement.compile(dialect=dialect, column_keys=keys)
    binds = dict(compiled.binds)
    if any(bind.expanding or bind.callable is not None for bind in binds.values()):
        raise ValueError("an expanding IN or a computed bind: not for the driver path")
    fixed = {
        name: bind.value
        for name, bind in binds.items()
        if not bind.required and bind.value is not None
    }
    positional = bool(compiled.positional)
    names = tuple(compiled.positiontup or ()) if positional else tuple(binds)
    to_db = tuple(
        (name, binds[name].type.dialect_impl(dialect).bind_processor(dialect)) for name in names
    )
    results = (
        column.type.dialect_impl(dialect).result_processor(dialect, None)
        for column in statement.exported_columns
    )
    from_db = tuple((index, f) for index, f in enumerate(results) if f is not None)
    return _Compiled(compiled.string, names, positional, fixed, to_db, from_db)


def flushed(session: Session) -> Connection:
    """The session's connection, with its pending ORM changes written first (its autoflush)."""
    if session.autoflush:
        session.flush()
    return session.connection()


_MISSING = object()


def _convert(compiled: _Compiled, params: Mapping[str, Any]) -> Any:
    if compiled.fixed:
        params = {**compiled.fixed, **params}
    try:
        values = [params[n] if f is None else f(params[n]) for n, f in compiled.to_db]
    except KeyError as missing:
        raise _left_out(missing.args[0]) from None
    if compiled.positional:
        return tuple(values)
    return dict(zip(compiled.names, values, strict=True))


def _column(compiled: _Compiled, rows: Sequence[Mapping[str, Any]], name: str) -> list[Any]:
    """One column of rows of parameters; a bind the statement fixed itself (a literal) keeps
    its value, a column left out is a mistake (KeyError)."""
    try:
        return [row[name] for row in rows]
    except KeyError:
        if name not in compiled.fixed:
            raise _left_out(name) from None
        fixed = compiled.fixed[name]
        return [row.get(name, fixed) for row in rows]


def _processed(values: Sequence[Any], process: Callable[[Any], Any]) -> list[Any]:
    """One column converted; a value that is the very object of the row before (the time of
    a sale's five movements, an import's author) reuses its conversion: processors are
    functions of the value."""
    out: list[Any] = []
    last: Any = _MISSING
    converted: Any = None
    for value in values:
        if value is not last:
            last, converted = value, process(value)
        out.append(converted)
    return out


def _refused(compiled: _Compiled, given: Any, error: Exception) -> StatementError:
    """A value the column's type refused, or one missing, as SQLAlchemy reports it."""
    message = f"({type(error).__module__}.{type(error).__name__}) {error}"
    return StatementError(message, compiled.sql, given, error)


def _left_out(name: str) -> KeyError:
    return KeyError(f"no value for {name!r}: the driver path applies no column defaults")
