"""ui/models/control_models.py: the Control page's four tables and the flags list.

Filled from `queries.load_control` over the week of the openings, on the test bar's file:
Campari opened three times with nothing sold, Tanqueray opened then undone, a whisky
bottle open since 2024 (past the 12-month oxidation age), a flask past its shelf life.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt

from inventory_app.services.bottles.control import ControlState
from inventory_app.ui import queries
from inventory_app.ui.context import AppContext
from inventory_app.ui.models.control_models import (
    AMBER,
    EXCESS,
    OXIDATION_TEXT,
    SHELF_LIFE_TEXT,
    ExcessColumn,
    ExcessModel,
    FlagModel,
    OpenNowModel,
    WeekOpeningModel,
    control_flags,
)
from inventory_app.ui.models.row_table_model import RowTableModel
from tests.conftest import AUTHOR
from tests.ui.conftest import Bar
from tests.ui.control_week import stage_control_week

D = Decimal
Role = Qt.ItemDataRole


@pytest.fixture
def state(context: AppContext, bar: Bar) -> ControlState:
    with context.database.transaction() as s:
        stage_control_week(s)
    return queries.load_control(context.database, date(2026, 3, 2), date(2026, 3, 8))


def texts(model: RowTableModel[Any]) -> list[list[str]]:
    return [[model.cell_text(row, c) for c in range(model.columnCount())] for row in model.rows]


def test_the_weeks_openings_without_the_undone_one(qtmodeltester: Any, state: ControlState) -> None:
    model = WeekOpeningModel()
    model.set_rows(state.openings)
    qtmodeltester.check(model)
    assert [row[1:] for row in texts(model)] == [["Campari", "CAMP-1L", AUTHOR]] * 3
    assert all(row[0][:3] in ("Wed", "Thu") for row in texts(model))


def test_open_now_tints_the_old_bottle_and_gives_a_bulk_items_whole_stock(
    qtmodeltester: Any, state: ControlState
) -> None:
    model = OpenNowModel()
    model.set_rows(state.open_now)
    qtmodeltester.check(model)
    assert [[r[0], r[1], r[2], r[5]] for r in texts(model)] == [
        ["#1 Cask 7", "WHI-MAC18", "bottle", OXIDATION_TEXT],
        ["Campari", "CAMP-1L", "3 open", ""],
    ]
    assert model.index(0, 0).data(Role.BackgroundRole) == AMBER
    assert "oxidation age" in model.index(0, 0).data(Role.ToolTipRole)
    assert model.index(1, 0).data(Role.BackgroundRole) is None
    assert model.index(1, 4).data(Role.ToolTipRole) == "1,000 ml on hand in all"
    assert model.index(1, 0).data(Role.ToolTipRole) is None


def test_each_excess_row_is_a_tinted_finding_with_its_containers(
    qtmodeltester: Any, state: ControlState
) -> None:
    model = ExcessModel()
    model.set_rows(state.report.excess)
    qtmodeltester.check(model)
    assert texts(model) == [["CAMP-1L", "Campari", "3", "3,000 ml", "0 ml", "3,000 ml"]]
    assert model.index(0, ExcessColumn.SKU).data(Role.BackgroundRole) == EXCESS
    assert model.index(0, ExcessColumn.EXCESS).data(Role.FontRole).bold()
    assert model.index(0, ExcessColumn.SKU).data(Role.FontRole) is None
    assert model.index(0, ExcessColumn.USED).data(Role.ToolTipRole) == (
        "3 containers opened beyond what sales and losses explain"
    )


def test_the_flags_oxidation_first_then_shelf_life_all_amber(
    qtmodeltester: Any, state: ControlState
) -> None:
    flags = control_flags(state.report)
    assert [(f.kind, f.what, f.sku) for f in flags] == [
        (OXIDATION_TEXT, "#1 Cask 7", "WHI-MAC18"),
        (SHELF_LIFE_TEXT, "Batched Negroni", "FL-NEG"),
    ]
    assert flags[0].detail == "open over 12 months, 700 ml left"
    over = state.report.expired[0].days_over
    days_over = "1 day" if over == 1 else f"{over} days"
    assert flags[1].detail == f"keeps 14 days, {days_over} over, 500 ml on hand"
    model = FlagModel()
    model.set_rows(flags)
    qtmodeltester.check(model)
    assert texts(model)[0][3].startswith("2024-01-0")  # the local day of the opening
    assert all(model.index(n, 0).data(Role.BackgroundRole) == AMBER for n in range(2))
    assert model.index(0, 0).data(Role.ToolTipRole) is None


@pytest.mark.usefixtures("italian")
def test_the_flags_and_the_excess_in_italian_plurals(state: ControlState) -> None:
    flags = control_flags(state.report)
    over = state.report.expired[0].days_over
    days_over = "1 giorno" if over == 1 else f"{over} giorni"
    assert flags[1].detail == f"dura 14 giorni, {days_over} oltre, giacenza 500 ml"
    model = ExcessModel()
    model.set_rows(state.report.excess)
    assert model.index(0, ExcessColumn.USED).data(Role.ToolTipRole) == (
        "3 contenitori aperti oltre quanto spiegano vendite e perdite"
    )
