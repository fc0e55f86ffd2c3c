"""The window opens where it was left: its size and place are kept between starts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from inventory_app.db.engine import Database
from inventory_app.ui.app import run_gui
from inventory_app.ui.main_window import MainWindow
from inventory_app.ui.window_place import remember_place, restore_place
from tests.conftest import AUTHOR


@pytest.fixture(autouse=True)
def settings_of_this_test(tmp_path: Path) -> None:
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )


def test_a_first_start_has_no_place_to_restore(qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    assert restore_place(window) is False


def test_the_size_and_place_left_come_back(qtbot: Any) -> None:
    left = QWidget()
    qtbot.addWidget(left)
    left.setGeometry(10, 20, 700, 500)  # inside the offscreen screen (800×600)
    remember_place(left)
    again = QWidget()
    qtbot.addWidget(again)
    assert restore_place(again) is True
    assert (again.width(), again.height()) == (700, 500)


def _the_window_shown() -> MainWindow:
    """The window run_gui shows: earlier ones are closed (ids of deleted ones come back)."""
    [shown] = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, MainWindow) and w.isVisible()]  # fmt: skip
    return shown


@pytest.mark.usefixtures("loops_work_after_run_gui")
def test_the_bar_opens_as_large_as_it_was_closed(qapp: Any, db: Database) -> None:
    """Two runs of the app: the owner makes the window 760×560 in the first, and the
    second opens at 760×560 instead of the first start's size."""
    sizes: list[tuple[int, int]] = []

    def run_once(resize: bool) -> None:
        def look() -> None:
            try:  # whatever happens, the run ends: a failure here must not hang the suite
                window = _the_window_shown()
                sizes.append((window.width(), window.height()))
                if resize:
                    window.resize(760, 560)
            finally:
                QApplication.quit()

        def open_bar(_meanwhile: Callable[[], None]) -> tuple[Database, str]:
            QTimer.singleShot(0, look)
            return db, AUTHOR

        assert run_gui(open_bar) == 0

    run_once(resize=True)
    run_once(resize=False)
    assert sizes[1] == (760, 560) != sizes[0]
