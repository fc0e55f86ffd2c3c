"""Errors the core raises; front ends map them to messages and exit codes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


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
        where = [p for p in (self.file, _opt("row", self.row), _opt("column", self.column)) if p]
        return f"{', '.join(where)}: {self.detail}" if where else self.detail


def _opt(label: str, value: object) -> str | None:
    if value is None:
        return None
    return f"{label} {value!r}" if isinstance(value, str) else f"{label} {value}"


class ImportErrors(InputError):
    """Several bad cells in one file, reported together so one fix round is enough."""

    def __init__(self, file: str, errors: list[InputError]) -> None:
        self.errors = errors
        shown = "\n".join(f"  {e}" for e in errors[:25])
        more = f"\n  ... and {len(errors) - 25} more" if len(errors) > 25 else ""
        super().__init__(
            f"{len(errors)} problem(s); nothing was imported:\n{shown}{more}", file=file
        )


class NotFoundError(InputError):
    """A SKU, barcode or id that does not exist."""


class ConflictError(InventoryError):
    """Someone else saved the same record first; reload and try again."""


def changed_elsewhere(what: str) -> ConflictError:
    """The one wording of a lost race: the editor reopens the record to see the other change."""
    return ConflictError(
        f"Someone else changed {what} since you opened it; reopen it to see their change"
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
