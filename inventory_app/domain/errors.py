"""Errors the core raises; front ends map them to messages and exit codes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from inventory_app.i18n.catalogue import ntr, tr


class InventoryError(Exception):
    """Base of every error a user may see; never shown as a traceback."""

    exit_code = 1
    # Work that must outlive the rollback of the refused transaction (an audit line, a
    # failed PIN counted): `Database.transaction` runs it in a transaction of its own.
    after_rollback: Callable[[Any], None] | None = None


class InputError(InventoryError):
    """Bad input from a person or a file: nothing was changed (CLI exit 2)."""

    exit_code = 2

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        self.file = file
        self.row = row
        self.column = column
        self.detail = message
        super().__init__(self._render())

    def _render(self) -> str:
        where = [p for p in (self.file, _row(self.row), _column(self.column)) if p]
        return f"{', '.join(where)}: {self.detail}" if where else self.detail


def _row(row: int | None) -> str | None:
    return None if row is None else tr("row {row}").format(row=_quoted(row))


def _column(column: str | None) -> str | None:
    """The column's own name stays as the file or the field has it ('cost', 'by')."""
    return None if column is None else tr("column {column}").format(column=_quoted(column))


def _quoted(value: object) -> str:
    return repr(value) if isinstance(value, str) else str(value)


class ImportErrors(InputError):
    """Several bad cells in one file, reported together so one fix round is enough."""

    def __init__(self, file: str, errors: list[InputError]) -> None:
        self.errors = errors
        shown = "\n".join(f"  {e}" for e in errors[:25])
        rest = len(errors) - 25
        more = "\n  " + tr("... and {count} more").format(count=rest) if rest > 0 else ""
        heading = ntr(
            "{count} problem; nothing was imported:",
            "{count} problems; nothing was imported:",
            len(errors),
        ).format(count=len(errors))
        super().__init__(f"{heading}\n{shown}{more}", file=file)


class NotFoundError(InputError):
    """A SKU, barcode or id that does not exist."""


class ConflictError(InventoryError):
    """Someone else saved the same record first; reload and try again."""


def changed_elsewhere(what: str) -> ConflictError:
    """The one wording of a lost race: the editor reopens the record to see the other change."""
    return ConflictError(
        tr("Someone else changed {what} since you opened it; reopen it to see their change").format(
            what=what
        )
    )


class PermissionDenied(InventoryError):
    """The signed-in person's role may not do this; nothing was changed (CLI exit 3)."""

    exit_code = 3

    def __init__(self, message: str, *, after_rollback: Callable[[Any], None] | None = None):
        super().__init__(message)
        self.after_rollback = after_rollback


class SignInError(InventoryError):
    """A wrong PIN or password, or a person locked out after too many (CLI exit 3)."""

    exit_code = 3

    def __init__(
        self,
        message: str,
        *,
        tries_left: int | None = None,
        locked_seconds: int | None = None,
        after_rollback: Callable[[Any], None] | None = None,
    ) -> None:
        super().__init__(message)
        self.tries_left = tries_left
        self.locked_seconds = locked_seconds
        self.after_rollback = after_rollback
