"""Variance: one sign convention (a loss is negative everywhere), and every figure says what
it is."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from inventory_app.db.engine import Database
from inventory_app.services.catalogue.items import find_item
from inventory_app.services.counts.sessions import finalise_count, set_line, start_count
from inventory_app.services.ledger.movements import on_hand
from inventory_app.ui.main_window import MainWindow
from inventory_app.ui.models.variance_model import VarianceColumn
from tests.ui.scenarios.conftest import DEMO_OWNER, go_to


def _count_campari_short(database: Database) -> Decimal:
    """The owner's count finds one 1 L bottle of Campari fewer than the ledger expects;
    returns what a bottle costs."""
    with database.transaction() as session:
        campari = find_item(session, "AMA-CAMP")
        expected = on_hand(session, campari.id)
        start_count(session, author=DEMO_OWNER)
        set_line(session, "AMA-CAMP", author=DEMO_OWNER, quantity=expected - Decimal(1000))
        finalise_count(session, author=DEMO_OWNER)
        return campari.cost


def test_a_loss_is_negative_and_each_figure_says_what_it_is(
    qtbot: Any, open_main_window: Callable[..., MainWindow], demo_db: Database
) -> None:
    loss = f"-€{_count_campari_short(demo_db):,.2f}"
    page = go_to(qtbot, open_main_window(), "Variance")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    facts = {name: label.text() for name, label in page.facts.items()}
    for name in ("Net variance", "Losses", "Unexplained"):
        assert facts[name] == loss, (name, facts)
    for name, label in page.facts.items():
        assert label.toolTip(), f"{name} does not say what it is"
    assert "a loss is negative" in page.facts["Net variance"].toolTip()
    row = next(
        r for r in range(page.model.rowCount())
        if page.model.index(r, VarianceColumn.SKU).data() == "AMA-CAMP"
    )  # fmt: skip
    assert page.model.index(row, VarianceColumn.VARIANCE).data() == "-1,000 ml"
    assert page.model.index(row, VarianceColumn.VALUE).data() == loss
    for column in (VarianceColumn.VARIANCE, VarianceColumn.VALUE):
        tip = page.model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert "a loss is negative" in tip
