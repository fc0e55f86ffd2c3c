"""One line of a sales export, as every format reads into it, and the cell reading they share."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from inventory_app.domain.errors import InputError
from inventory_app.domain.recipes import Channel, SaleKind
from inventory_app.i18n.catalogue import tr
from inventory_app.io.columns import Column, read_cell
from inventory_app.io.sales_cells import local_to_utc, parse_clock, parse_day
from inventory_app.io.sheet_stream import SheetRow


class SalesFormat(StrEnum):
    AUTO = "auto"
    SQUARE = "square"
    GENERIC = "generic"


@dataclass(frozen=True, slots=True)
class SalesLine:
    """A sold (or refunded) drink; `at` is naive UTC, `channel` None means the bar's default.

    `note` is the till's note column where the export has one (a bespoke drink's recipe)."""

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


def read_when_and_item(
    row: SheetRow, columns: dict[str, Column], problems: list[InputError]
) -> tuple[datetime | None, str | None]:
    """The Date, Time and Item every format has, read in that order; None where a cell is bad."""
    day = read_cell(row, columns["date"], parse_day, problems)
    clock = read_cell(row, columns.get("time"), parse_clock, problems)
    item = read_cell(row, columns["item"], item_name, problems)
    at = local_to_utc(day, clock) if day is not None and clock is not None else None
    return at, item


def item_name(text: str) -> str:
    if not text:
        raise InputError(tr("expected an item name (a recipe or POS name), got an empty cell"))
    return str(text)  # plain text, also from a workbook's number cell
