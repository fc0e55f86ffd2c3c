"""The owner chooses how part bottles read: '1.4 btl' or '1 + 4/10 btl', ml beside them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox

from inventory_app.ui.dialogs.settings_dialog import SettingsDialog
from inventory_app.ui.main_window import MainWindow
from inventory_app.ui.models.stock_model import Column
from tests.ui.scenarios.conftest import go_to


def _row_of(page: Any, sku: str) -> int:
    model = page.model
    return next(r for r in range(model.rowCount()) if model.row_at(r).sku == sku)


def _shown(page: Any, sku: str, column: Column) -> str:
    return str(page.model.index(_row_of(page, sku), column).data())


def test_the_owner_picks_tenths_in_settings(
    qtbot: Any, open_main_window: Callable[..., MainWindow]
) -> None:
    window = open_main_window()
    page = go_to(qtbot, window, "Stock")
    # The demo bar: 1,400 ml of Olmeca Altos Plata in 700 ml bottles, 140 ml of Angostura
    # Orange Bitters in 100 ml bottles.
    assert _shown(page, "BIT-ORANGE", Column.CONTAINERS) == "1.4 btl"
    assert _shown(page, "BIT-ORANGE", Column.ON_HAND) == "140 ml"
    assert _shown(page, "AGV-ALTOS", Column.CONTAINERS) == "2 btl"  # not '2.00'

    def choose_tenths() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        styles = dialog.fields["container_style"]
        assert isinstance(styles, QComboBox)
        styles.setCurrentIndex(styles.findData("tenths"))
        dialog.accept()

    QTimer.singleShot(0, choose_tenths)
    settings = next(a for a in window.all_actions() if a.text().replace("&", "") == "Settings…")
    settings.trigger()
    qtbot.waitUntil(lambda: _shown(page, "BIT-ORANGE", Column.CONTAINERS) == "1 + 4/10 btl")
    assert _shown(page, "BIT-ORANGE", Column.ON_HAND) == "140 ml"
    assert _shown(page, "AGV-ALTOS", Column.CONTAINERS) == "2 btl"
