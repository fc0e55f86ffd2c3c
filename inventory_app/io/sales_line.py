"""One line of a sales export, as every format reads into it, and the cell reading they share."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import TypeVar

from inventory_app.domain.errors import InputError
from inventory_app.domain.recipes import Channel, SaleKind
from inventory_app.io.tabular import SheetRow

T = TypeVar("T")


class SalesFormat(StrEnum):
    AUTO = "auto"
    SQUARE = "square"
    GENERIC = "generic"


@dataclass(frozen=True, slots=True)
class SalesLine:
    """A sold (or refunded) drink; `at` is naive UTC, `channel` None means the bar's default."""

    row: int
    at: datetime
    item: str
    quantity: Decimal
    channel: Channel | None
    transaction_id: str | None
    net_sales: Decimal | None
    gross_sales: Decimal | None
    kind: SaleKind


@dataclass(frozen=True)
class Column:
    """Where a column is, and its name as the file writes it (messages quote that)."""

    index: int
    name: str


def find_columns(header: Iterable[str], key: Callable[[str], str]) -> dict[str, Column]:
    """Columns by their normalised name; the first of two equal names wins."""
    found: dict[str, Column] = {}
    for index, name in enumerate(header):
        if name:
            found.setdefault(key(name), Column(index, name))
    return found


def read_cell(
    row: SheetRow, column: Column | None, parse: Callable[[str], T], problems: list[InputError]
) -> T | None:
    """Parse one cell (a missing column reads as blank); a bad cell joins `problems`."""
    text = row.get(column.index) if column is not None else ""
    try:
        return parse(text)
    except InputError as exc:
        name = column.name if column is not None else None
        problems.append(InputError(exc.detail, row=row.number, column=name))
        return None


def optional_text(text: str) -> str | None:
    return text or None


def item_name(text: str) -> str:
    if not text:
        raise InputError("expected an item name (a recipe or POS name), got an empty cell")
    return text
