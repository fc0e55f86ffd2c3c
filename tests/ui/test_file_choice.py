"""ui/file_choice.py: one wording for file dialogs, None on Cancel, and the folder last
used for each kind of file remembered (in this test's own settings file).

The system's file dialog is answered by a function standing in for the person choosing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from inventory_app.ui import file_choice
from inventory_app.ui.file_choice import (
    WORKBOOK,
    documents_folder,
    open_path,
    save_path,
    start_folder,
)

CSV = "Sales file (*.csv)"


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path) -> Iterator[None]:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "s"))
    yield
    QSettings(*file_choice.SETTINGS).clear()


class Chooser:
    """Stands in for QFileDialog: records where it started, answers one name."""

    def __init__(self, answer: str) -> None:
        self.answer = answer
        self.started: list[str] = []

    def __call__(self, _parent: object, _title: str, start: str, _kinds: str) -> tuple[str, str]:
        self.started.append(start)
        return self.answer, ""


def test_the_first_dialog_starts_in_documents_with_the_suggested_name(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    chooser = Chooser(str(tmp_path / "out" / "orders.xlsx"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", chooser)
    assert start_folder(WORKBOOK) == documents_folder()
    chosen = save_path(None, "Export", "some/where/orders-2026.xlsx")  # type: ignore[arg-type]
    assert chosen == tmp_path / "out" / "orders.xlsx"
    assert chooser.started == [str(documents_folder() / "orders-2026.xlsx")]


def test_each_kind_remembers_its_own_folder_while_it_exists(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    sheets = tmp_path / "sheets"
    sheets.mkdir()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", Chooser(str(sheets / "count.xlsx")))
    assert open_path(None, "Import", WORKBOOK) == sheets / "count.xlsx"  # type: ignore[arg-type]
    assert start_folder(WORKBOOK) == sheets
    assert start_folder(CSV) == documents_folder()  # another kind: its own folder
    sheets.rmdir()
    assert start_folder(WORKBOOK) == documents_folder()  # gone: Documents again


def test_cancel_gives_none_and_remembers_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", Chooser(""))
    assert save_path(None, "Export", "orders.xlsx") is None  # type: ignore[arg-type]
    assert start_folder(WORKBOOK) == documents_folder()
