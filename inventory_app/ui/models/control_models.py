"""The Control page's tables: the week's openings, what is open now, the excess, the flags."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QFont

from inventory_app.services.bottles.opening_control import OpeningExcess, OpeningReport
from inventory_app.services.bottles.view import OpenContainer, OpeningEntry
from inventory_app.ui import formatting
from inventory_app.ui.models.opening_log_model import what
from inventory_app.ui.models.row_table_model import Role, RowColumn, RowTableModel

AMBER = QColor("#fde7c8")  # the oxidation tint of the Bottles page
EXCESS = QColor("#fdecea")
OXIDATION_TEXT = "oxidation"
SHELF_LIFE_TEXT = "shelf life"


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def _day(moment: datetime | None) -> str:
    return formatting.local_time(moment)[:10] if moment is not None else ""


WEEK_COLUMNS: tuple[RowColumn[OpeningEntry], ...] = (
    RowColumn("When", lambda e: formatting.local_day_time(e.at)),
    RowColumn("Item / bottle", what),
    RowColumn("SKU", lambda e: e.sku),
    RowColumn("Author", lambda e: e.author),
)


class WeekOpeningModel(RowTableModel[OpeningEntry]):
    """Every container opened in the period (undone openings left out), newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(WEEK_COLUMNS, parent)


def _open_count(row: OpenContainer) -> str:
    return "bottle" if row.bottle else f"{row.open_count} open"


LEFT: RowColumn[OpenContainer] = RowColumn(
    "Left",
    lambda r: formatting.quantity(r.remaining, r.unit),
    numeric=True,
    title_tip="What the open bottle holds (for a bulk item: on hand less its sealed spares)",
)

OPEN_COLUMNS: tuple[RowColumn[OpenContainer], ...] = (
    RowColumn("Item / bottle", lambda r: r.bottle or r.name),
    RowColumn("SKU", lambda r: r.sku),
    RowColumn("Open", _open_count, numeric=True),
    RowColumn("Since", lambda r: _day(r.opened_at), title_tip="a bulk item's latest opening"),
    LEFT,
    RowColumn("Flag", lambda r: OXIDATION_TEXT if r.oxidised else ""),
)


class OpenNowModel(RowTableModel[OpenContainer]):
    """Open bottles, then bulk items with open containers; oxidised bottles tinted amber."""

    aligned_titles = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(OPEN_COLUMNS, parent)

    def cell_data(self, row: OpenContainer, column: int, role: int) -> Any:
        """The amber tint and its reason on bottles open past the oxidation age; beside a bulk
        item's open level, its whole stock."""
        if role == Role.ToolTipRole and column == OPEN_COLUMNS.index(LEFT) and not row.bottle:
            return f"{formatting.quantity(row.on_hand, row.unit)} on hand in all"
        if not row.oxidised:
            return None
        if role == Role.BackgroundRole:
            return AMBER
        if role == Role.ToolTipRole:
            return "Open longer than the oxidation age set for the bar: taste it, finish it soon"
        return None


class ExcessColumn(IntEnum):
    SKU = 0
    ITEM = 1
    OPENED = 2
    OPENED_QTY = 3
    USED = 4
    EXCESS = 5


EXCESS_COLUMNS: tuple[RowColumn[OpeningExcess], ...] = (
    RowColumn("SKU", lambda r: r.sku),
    RowColumn("Item", lambda r: r.name),
    RowColumn("Opened", lambda r: str(r.opened), numeric=True, title_tip="containers opened"),
    RowColumn(
        "Opened qty",
        lambda r: formatting.quantity(r.opened_quantity, r.unit),
        numeric=True,
        title_tip="containers opened × size",
    ),
    RowColumn(
        "Used",
        lambda r: formatting.quantity(r.theoretical, r.unit),
        numeric=True,
        title_tip="sales × recipes, prep batches, waste, breakage and comps",
    ),
    RowColumn(
        "Excess",
        lambda r: formatting.quantity(r.excess, r.unit),
        numeric=True,
        title_tip="opened beyond what was used",
    ),
)


class ExcessModel(RowTableModel[OpeningExcess]):
    """The control report's items, worst first as the report sorts them; every row tinted."""

    aligned_titles = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(EXCESS_COLUMNS, parent)

    def cell_data(self, row: OpeningExcess, column: int, role: int) -> Any:
        """Each row is a finding: tinted, with the excess in containers as its tooltip."""
        if role == Role.BackgroundRole:
            return EXCESS
        if role == Role.FontRole and column == ExcessColumn.EXCESS:
            return _bold()
        if role == Role.ToolTipRole:
            containers = formatting.containers(row.excess_containers)
            return f"{containers} container(s) opened beyond what sales and losses explain"
        return None


@dataclass(frozen=True)
class ControlFlag:
    """One line of the flags list: an oxidised bottle or a flask past its shelf life."""

    kind: str
    what: str
    sku: str
    since: datetime | None
    detail: str


def control_flags(report: OpeningReport) -> list[ControlFlag]:
    """The report's two kinds of flag as one list, oxidation first (the CLI's order)."""
    months = report.oxidation_months
    oxidised = [
        ControlFlag(
            OXIDATION_TEXT,
            f"#{b.bottle_id} {b.label}",
            b.sku,
            b.opened_at,
            f"open over {months} months, {formatting.quantity(b.remaining, b.unit)} left",
        )
        for b in report.oxidised
    ]
    expired = [
        ControlFlag(
            SHELF_LIFE_TEXT,
            f.name,
            f.sku,
            f.made_at,
            f"keeps {f.shelf_life_days} days, {f.days_over} day(s) over, "
            f"{formatting.quantity(f.on_hand, f.unit)} on hand",
        )
        for f in report.expired
    ]
    return oxidised + expired


FLAG_COLUMNS: tuple[RowColumn[ControlFlag], ...] = (
    RowColumn("Flag", lambda f: f.kind),
    RowColumn("Item / bottle", lambda f: f.what),
    RowColumn("SKU", lambda f: f.sku),
    RowColumn("Since", lambda f: _day(f.since), title_tip="opened, or made (latest batch)"),
    RowColumn("Detail", lambda f: f.detail),
)


class FlagModel(RowTableModel[ControlFlag]):
    """Oxidation and shelf-life flags, every row amber."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(FLAG_COLUMNS, parent)

    def cell_data(self, row: ControlFlag, column: int, role: int) -> Any:
        """Amber, like the Bottles page's oxidation tint."""
        return AMBER if role == Role.BackgroundRole else None
