"""A bad file chosen in the window's import dialogs gets the message the command line prints.

File › Import sales and the Count page's Import sheet, on the demo bar, each given a link
to /dev/zero, a FIFO, a folder, an unreadable, an oversized and an empty file (chosen
in the file dialog, replaced here by the path a person would pick). Before the shared
file check the sales preview hashed /dev/zero forever and a folder showed a Python
exception's name; now each says what is wrong with the file, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from inventory_app.ui.dialogs import import_sales_dialog
from inventory_app.ui.dialogs.import_sales_dialog import ImportSalesDialog
from inventory_app.ui.main_window import MainWindow
from inventory_app.ui.pages import count_page
from tests.bad_files import (
    BAD_FILES,
    IDS,
    LIMITS,
    BadFile,
    refusal,
    require_unreadable,
    without_read_override,
)

WAIT_MS = 20_000
BUSY = ("", "Reading the file…")


def bad_file(bad: BadFile, folder: Path, name: str, limit: int) -> Path:
    path = bad.at(folder, name, limit)
    if bad.name == "unreadable":
        require_unreadable(path)
    return path


def sales_dialog_says(qtbot: Any, window: MainWindow) -> str:
    """Open File › Import sales, click Choose file…, and read what the dialog says."""
    said: list[str] = []

    def drive() -> None:
        dialogs = window.findChildren(ImportSalesDialog)
        try:
            dialog = dialogs[0]
            qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(
                lambda: not dialog.running() and dialog.status.text() not in BUSY,
                timeout=WAIT_MS,
            )
            said.append(dialog.status.text())
        finally:
            for dialog in dialogs:
                dialog.wait_for_worker()
                dialog.reject()

    QTimer.singleShot(0, drive)
    window.import_sales_action.trigger()
    assert said, "the dialog said nothing"
    return said[0]


@pytest.mark.parametrize("bad", BAD_FILES, ids=IDS)
def test_import_sales_shows_what_is_wrong_with_the_file(
    bad: BadFile,
    qtbot: Any,
    open_main_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    path = bad_file(bad, tmp_path, "sales.csv", LIMITS["sales"])
    monkeypatch.setattr(import_sales_dialog, "open_path", lambda *_args: path)
    window = open_main_window()
    with without_read_override():
        said = sales_dialog_says(qtbot, window)
    assert said == refusal(bad, path.name, LIMITS["sales"])


@pytest.mark.parametrize("bad", BAD_FILES, ids=IDS)
def test_import_count_sheet_shows_what_is_wrong_with_the_file(
    bad: BadFile,
    open_main_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    path = bad_file(bad, tmp_path, "count.csv", LIMITS["count"])
    monkeypatch.setattr(count_page, "open_path", lambda *_args: path)
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *_rest: warnings.append((title, text))
    )
    window = open_main_window()
    page = window.count_page
    window.show_page(page)
    with without_read_override():
        page.actions_by_name["import"].trigger()
    assert warnings == [("Sheet not imported", refusal(bad, path.name, LIMITS["count"]))]
    assert page.state is None or page.state.count_id is None  # no count was started
