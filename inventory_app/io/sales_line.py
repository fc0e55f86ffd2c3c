"""One line of a sales export, as every format reads into it, and the cell reading they share."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from inventory_app.domain.errors import InputError
from inventory_app.domain.modifiers import split_modifiers
from inventory_app.domain.recipes import Channel, SaleKind
from inventory_app.i18n.catalogue import tr
from inventory_app.io.columns import Column, read_cell
from inventory_app.io.sales_cells import local_to_utc, parse_clock, parse_day
from inventory_app.io.sheet_stream import SheetRow

# A sale keeps its variant and modifiers as the till wrote them (db/models/sales.py).
MAX_VARIANT = 120
MAX_MODIFIERS = 1000


class SalesFormat(StrEnum):
    AUTO = "auto"
    SQUARE = "square"
    GENERIC = "generic"


@dataclass(frozen=True, slots=True)
class SalesLine:
    """A sold (or refunded) drink; `at` is naive UTC, `channel` None means the bar's default.

    `note` is the till's note column where the export has one (a bespoke drink's recipe).
    `variant` and `modifiers` are what the till printed with the drink ("Double"; "Oat
    milk", "Extra shot"), as written: the modifier rules say what each does."""

    row: int
    at: datetime
    item: str
    quantity: Decimal
    channel: Channel | None
    transaction_id: str | None
    net_sales: Decimal | None
    gross_sales: Decimal | None
    kind: SaleKind
    note: str = ""
    variant: str = ""
    modifiers: tuple[str, ...] = ()


def read_when_and_item(
    row: SheetRow, columns: dict[str, Column], problems: list[InputError]
) -> tuple[datetime | None, str | None]:
    """The Date, Time and Item every format has, read in that order; None where a cell is bad."""
    day = read_cell(row, columns["date"], parse_day, problems)
    clock = read_cell(row, columns.get("time"), parse_clock, problems)
    item = read_cell(row, columns["item"], item_name, problems)
    at = local_to_utc(day, clock) if day is not None and clock is not None else None
    return at, item


def modifier_cells(
    row: SheetRow, variant: Column | None, modifiers: Column | None
) -> tuple[str, tuple[str, ...]]:
    """The variant as written (trimmed) and the modifiers split on commas, empty ones dropped."""
    written = " ".join(str(row.get(variant.index) or "").split()) if variant is not None else ""
    text = str(row.get(modifiers.index) or "") if modifiers is not None else ""
    return written[:MAX_VARIANT], split_modifiers(text[:MAX_MODIFIERS])


def item_name(text: str) -> str:
    if not text:
        raise InputError(tr("expected an item name (a recipe or POS name), got an empty cell"))
    return str(text)  # plain text, also from a workbook's number cell
