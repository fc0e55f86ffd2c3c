"""The Bottles page: the model passes Qt's tester, the fill bar paints, the filter filters."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from inventory_app.db.engine import Database
from inventory_app.domain.bottle_states import BottleState
from inventory_app.domain.catalogue import Reason, Tracking
from inventory_app.services.bottles.containers import add_bottle, open_container
from inventory_app.services.ledger import movements as stock
from inventory_app.services.selling.sales import sell
from inventory_app.ui.context import AppContext
from inventory_app.ui.models.bottle_model import LEVEL_ROLE, BottleColumn, BottleModel
from inventory_app.ui.pages.bottles_page import BottlesPage, LevelBarDelegate, bottles_summary
from tests.conftest import AUTHOR, make_item
from tests.services.sales_fixtures import add_recipe

D = Decimal


@pytest.fixture
def page(qtbot: Any, context: AppContext, db: Database) -> Iterator[BottlesPage]:
    with db.transaction() as s:
        whisky = make_item(
            s, "WHI-MAC18", name="Macallan 18", tracking=Tracking.SERIAL, cost=D(350)
        )
        for n in (1, 2, 3):
            add_bottle(s, "WHI-MAC18", label=f"Cask {n}", author=AUTHOR, at=datetime(2023, 12, 1))
        open_container(s, "#1", author=AUTHOR, at=datetime(2024, 1, 1))  # oxidised by now
        stock.record_movement(s, whisky, D(-525), Reason.SALE, author=AUTHOR, bottle_id=1)
        other = make_item(s, "WHI-SPR21", name="Springbank 21", tracking=Tracking.SERIAL)
        add_recipe(s, "Dram Springbank", [(other, D(40), "ml", None)])
        sell(s, "Dram Springbank", author=AUTHOR)  # none open: unassigned
    page = BottlesPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    yield page


def test_rows_level_value_and_flag(page: BottlesPage) -> None:
    model: BottleModel = page.model
    texts = [[model.cell_text(r, c) for c in BottleColumn] for r in model.rows]
    assert [t[:3] + t[4:] for t in texts] == [
        ["#1 Cask 1", "WHI-MAC18", "open", "175 ml", "€87.50", "oxidation"],
        ["#2 Cask 2", "WHI-MAC18", "sealed", "700 ml", "€350.00", ""],
        ["#3 Cask 3", "WHI-MAC18", "sealed", "700 ml", "€350.00", ""],
    ]
    level = model.index(0, BottleColumn.REMAINING).data(LEVEL_ROLE)
    assert level == D("0.25")
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) == QColor("#fde7c8")
    assert page.summary.text() == "3 bottles, value at cost €787.50, 1 past the oxidation age"
    assert page.unassigned.text() == (
        "Poured from no bottle:\nSpringbank 21 (WHI-SPR21): 1 pour, 40 ml with no bottle "
        "open — open the bottle it came from"
    )


def test_fill_bar_delegate_paints_the_level(page: BottlesPage) -> None:
    image = QImage(200, 30, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 200, 30)
    painter = QPainter(image)
    LevelBarDelegate().paint(painter, option, page.model.index(0, BottleColumn.REMAINING))
    painter.end()
    # a quarter full: amber at the left of the bar, the grey track beyond it
    assert image.pixelColor(20, 8) == QColor("#c58b3a")
    assert image.pixelColor(150, 8) == QColor("#e6e9ee")


def test_state_filter_and_history(page: BottlesPage) -> None:
    page.set_state_filter(BottleState.SEALED)
    assert [r.bottle_id for r in page.model.rows] == [2, 3]
    page.set_state_filter(None)
    page.table.selectRow(0)
    reasons = [page.history_model.cell_text(e, 1) for e in page.history_model.rows]
    assert reasons == ["sale", "open", "receive"]
    assert page.history_title.text() == "History of #1 Cask 1 (WHI-MAC18)"


def test_the_summary_says_one_bottle_or_several() -> None:
    assert bottles_summary(1, None, 0) == "1 bottle"
    assert bottles_summary(2, None, 1) == "2 bottles, 1 past the oxidation age"


@pytest.mark.usefixtures("italian")
def test_the_summary_in_italian_says_bottiglia_or_bottiglie() -> None:
    assert bottles_summary(1, None, 0) == "1 bottiglia"
    assert bottles_summary(2, None, 0) == "2 bottiglie"
