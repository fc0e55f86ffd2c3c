"""The Control page's tables: the week's openings, what is open now, the excess, the flags."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QFont

from inventory_app.domain import display
from inventory_app.i18n.catalogue import N_, NC_, ntr, tr
from inventory_app.services.bottles.opening_control import OpeningExcess, OpeningReport
from inventory_app.services.bottles.view import OpenContainer, OpeningEntry
from inventory_app.ui import formatting
from inventory_app.ui.models.opening_log_model import what
from inventory_app.ui.models.row_table_model import Role, RowColumn, RowTableModel

AMBER = QColor("#fde7c8")  # the oxidation tint of the Bottles page
EXCESS = QColor("#fdecea")
OXIDATION_TEXT = N_("oxidation")
SHELF_LIFE_TEXT = N_("shelf life")
OXIDISED_TIP = N_("Open longer than the oxidation age set for the bar: taste it, finish it soon")


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def _day(moment: datetime | None) -> str:
    return formatting.local_date(moment) if moment is not None else ""


WEEK_COLUMNS: tuple[RowColumn[OpeningEntry], ...] = (
    RowColumn(N_("When"), lambda e: formatting.local_day_time(e.at)),
    RowColumn(N_("Item / bottle"), what),
    RowColumn(N_("SKU"), lambda e: e.sku),
    RowColumn(N_("Author"), lambda e: e.author),
)


class WeekOpeningModel(RowTableModel[OpeningEntry]):
    """Every container opened in the period (undone openings left out), newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(WEEK_COLUMNS, parent)


def _open_count(row: OpenContainer) -> str:
    if row.bottle:
        return tr("bottle")
    count = row.open_count
    return ntr("{count} open", "{count} open", int(count)).format(
        count=formatting.count_text(count)
    )


LEFT: RowColumn[OpenContainer] = RowColumn(
    N_("Left"),
    lambda r: formatting.quantity(r.remaining, r.unit),
    numeric=True,
    title_tip=N_("What the open bottle holds (for a bulk item: on hand less its sealed spares)"),
)

OPEN_COLUMNS: tuple[RowColumn[OpenContainer], ...] = (
    RowColumn(N_("Item / bottle"), lambda r: r.bottle or r.name),
    RowColumn(N_("SKU"), lambda r: r.sku),
    RowColumn(
        NC_("a count of containers", "Open"),
        _open_count,
        numeric=True,
        title_context="a count of containers",
    ),
    RowColumn(
        N_("Since"), lambda r: _day(r.opened_at), title_tip=N_("a bulk item's latest opening")
    ),
    LEFT,
    RowColumn(N_("Flag"), lambda r: tr(OXIDATION_TEXT) if r.oxidised else ""),
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
            on_hand = formatting.quantity(row.on_hand, row.unit)
            return tr("{quantity} on hand in all").format(quantity=on_hand)
        if not row.oxidised:
            return None
        if role == Role.BackgroundRole:
            return AMBER
        if role == Role.ToolTipRole:
            return tr(OXIDISED_TIP)
        return None


class ExcessColumn(IntEnum):
    SKU = 0
    ITEM = 1
    OPENED = 2
    OPENED_QTY = 3
    USED = 4
    EXCESS = 5


EXCESS_COLUMNS: tuple[RowColumn[OpeningExcess], ...] = (
    RowColumn(N_("SKU"), lambda r: r.sku),
    RowColumn(N_("Item"), lambda r: r.name),
    RowColumn(
        NC_("a count of containers", "Opened"),
        lambda r: formatting.count_text(r.opened),
        numeric=True,
        title_context="a count of containers",
        title_tip=N_("containers opened"),
    ),
    RowColumn(
        N_("Opened qty"),
        lambda r: formatting.quantity(r.opened_quantity, r.unit),
        numeric=True,
        title_tip=N_("containers opened × size"),
    ),
    RowColumn(
        N_("Used"),
        lambda r: formatting.quantity(r.theoretical, r.unit),
        numeric=True,
        title_tip=N_("sales × recipes, prep batches, waste, breakage and comps"),
    ),
    RowColumn(
        N_("Excess"),
        lambda r: formatting.quantity(r.excess, r.unit),
        numeric=True,
        title_tip=N_("opened beyond what was used"),
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
            excess = display.rounded(row.excess_containers, display.CONTAINER_PLACES)
            return ntr(
                "{containers} container opened beyond what sales and losses explain",
                "{containers} containers opened beyond what sales and losses explain",
                1 if excess == 1 else 2,
            ).format(containers=formatting.containers(row.excess_containers))
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
            tr(OXIDATION_TEXT),
            f"#{b.bottle_id} {b.label}",
            b.sku,
            b.opened_at,
            tr("open over {months} months, {quantity} left").format(
                months=months, quantity=formatting.quantity(b.remaining, b.unit)
            ),
        )
        for b in report.oxidised
    ]
    expired = [
        ControlFlag(
            tr(SHELF_LIFE_TEXT),
            f.name,
            f.sku,
            f.made_at,
            ntr(
                "keeps {days}, {over} day over, {quantity} on hand",
                "keeps {days}, {over} days over, {quantity} on hand",
                f.days_over,
            ).format(
                days=ntr("{days} day", "{days} days", f.shelf_life_days).format(
                    days=f.shelf_life_days
                ),
                over=f.days_over,
                quantity=formatting.quantity(f.on_hand, f.unit),
            ),
        )
        for f in report.expired
    ]
    return oxidised + expired


FLAG_COLUMNS: tuple[RowColumn[ControlFlag], ...] = (
    RowColumn(N_("Flag"), lambda f: f.kind),
    RowColumn(N_("Item / bottle"), lambda f: f.what),
    RowColumn(N_("SKU"), lambda f: f.sku),
    RowColumn(N_("Since"), lambda f: _day(f.since), title_tip=N_("opened, or made (latest batch)")),
    RowColumn(N_("Detail"), lambda f: f.detail),
)


class FlagModel(RowTableModel[ControlFlag]):
    """Oxidation and shelf-life flags, every row amber."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(FLAG_COLUMNS, parent)

    def cell_data(self, row: ControlFlag, column: int, role: int) -> Any:
        """Amber, like the Bottles page's oxidation tint."""
        return AMBER if role == Role.BackgroundRole else None
