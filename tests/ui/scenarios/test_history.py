"""History reads as a person speaks: rounded quantities, named drinks, changes as sentences."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from inventory_app.db.engine import Database
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.services.catalogue.items import find_item, save_item
from inventory_app.ui.main_window import MainWindow
from inventory_app.ui.models.timeline_model import TimelineColumn
from tests.ui.scenarios.conftest import DEMO_OWNER, go_to

NOISE = re.compile(r"\d\.\d{3,}|\.0\b")  # more digits than mean anything, or a bare '.0'


def _texts(page: Any, column: TimelineColumn) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _history(qtbot: Any, window: MainWindow) -> Any:
    page = go_to(qtbot, window, "History")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    return page


def test_quantities_read_without_noise(
    qtbot: Any, open_main_window: Callable[..., MainWindow]
) -> None:
    page = _history(qtbot, open_main_window())
    changes = _texts(page, TimelineColumn.CHANGE)
    # The demo's counts book quantities such as +13,666.639875 ml and +23.825 pcs (limes).
    assert any(re.fullmatch(r"[+−-][\d,]+\.\d ml", text) for text in changes)
    assert any(re.fullmatch(r"[+−-][\d,]+ pcs", text) for text in changes)
    assert [text for text in changes if NOISE.search(text)] == []


def test_a_sale_line_names_its_drink(
    qtbot: Any, open_main_window: Callable[..., MainWindow]
) -> None:
    page = _history(qtbot, open_main_window())
    reasons = page.filters.reason
    qtbot.waitUntil(lambda: reasons.findText("sale") >= 0, timeout=10_000)
    reasons.setCurrentIndex(reasons.findText("sale"))
    qtbot.waitUntil(lambda: set(_texts(page, TimelineColumn.REASON)) == {"sale"}, timeout=10_000)
    references = _texts(page, TimelineColumn.REFERENCE)
    pattern = re.compile(r"^Sale: [\w ]+ ×\d+, (take-away|speakeasy)$")
    assert references and all(pattern.match(text) for text in references), references[:3]
    first = page.model.index(0, TimelineColumn.REFERENCE)
    assert re.search(r"\(sale:\d+\)$", first.data(Qt.ItemDataRole.ToolTipRole))


def test_a_catalogue_change_reads_as_a_sentence(
    qtbot: Any, open_main_window: Callable[..., MainWindow], demo_db: Database
) -> None:
    with demo_db.transaction() as session:
        before = find_item(session, "AMA-CAMP").cost
        save_item(session, ItemSpec(sku="AMA-CAMP", cost=before + 1), author=DEMO_OWNER)
    page = _history(qtbot, open_main_window())
    kinds = page.filters.kind
    qtbot.waitUntil(lambda: kinds.findText("Changes: item") >= 0, timeout=10_000)
    kinds.setCurrentIndex(kinds.findText("Changes: item"))
    qtbot.waitUntil(lambda: "item" in _texts(page, TimelineColumn.KIND), timeout=10_000)
    assert _texts(page, TimelineColumn.CHANGE)[0] == (
        f"cost of AMA-CAMP Campari Bitter 1 L: €{before:.2f} → €{before + 1:.2f}"
    )
