"""A damaged database at start: a dialog, not a crash; the newest good backup comes back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from inventory_app.commands.gui import start_window
from inventory_app.db.backups import Reason, list_backups, make_backup
from inventory_app.db.engine import Database
from inventory_app.db.file_checks import DamagedDatabase, file_problems, newest_good_backup
from inventory_app.services.catalogue import item_count
from inventory_app.ui.recovery import DamagedDatabaseDialog, offer_restore
from tests.db.damage import damage_pages, demo_file, items_in

TAKEN = datetime(2026, 11, 22, 18, 0)


@pytest.fixture(autouse=True)
def _keep_the_test_application(monkeypatch: pytest.MonkeyPatch, qapp: Any) -> None:
    """The real start styles the QApplication; the tests' shared one stays as it is."""
    monkeypatch.setattr("inventory_app.ui.app.create_application", lambda: qapp)


@pytest.fixture
def damaged(tmp_path: Path) -> DamagedDatabase:
    """The demo bar with a good backup, then bad pages in the middle of the live file."""
    bar = demo_file(tmp_path / "bar.sqlite3")
    make_backup(bar, Reason.DAILY, now=lambda: TAKEN)
    damage_pages(bar)
    return DamagedDatabase(bar, file_problems(bar), newest_good_backup(bar), "")


def _click_later(qtbot: Any, dialog: DamagedDatabaseDialog, which: str) -> None:
    def click() -> None:
        for widget in dialog.findChildren(QWidget):
            if widget.isVisible() and getattr(widget, "text", lambda: "")() == which:
                widget.click()  # type: ignore[attr-defined]

    QTimer.singleShot(0, click)


def test_the_dialog_names_the_file_the_backup_and_the_ways_out(
    qtbot: Any, damaged: DamagedDatabase
) -> None:
    dialog = DamagedDatabaseDialog(None, damaged)
    qtbot.addWidget(dialog)
    assert str(damaged.path) in dialog.text()
    assert "Sunday 22 November 2026 at 18:00 (daily)" in dialog.informativeText()
    assert dialog.detailedText().startswith("Page ")
    assert dialog.restore_button is not None and dialog.quit_button is not None
    assert dialog.defaultButton() is dialog.restore_button


@pytest.mark.parametrize(("button", "restores"), [("Restore and open", True), ("Quit", False)])
def test_ask_answers_what_was_clicked(
    qtbot: Any, damaged: DamagedDatabase, monkeypatch: pytest.MonkeyPatch, button: str,
    restores: bool,
) -> None:  # fmt: skip
    original = DamagedDatabaseDialog.exec

    def exec_and_click(self: DamagedDatabaseDialog) -> int:
        qtbot.addWidget(self)
        target = self.restore_button if button == "Restore and open" else self.quit_button
        QTimer.singleShot(0, target.click)  # type: ignore[union-attr]
        return original(self)

    monkeypatch.setattr(DamagedDatabaseDialog, "exec", exec_and_click)
    assert DamagedDatabaseDialog.ask(None, damaged) is restores


def test_without_a_good_backup_only_quit_is_offered(qtbot: Any, tmp_path: Path) -> None:
    bar = demo_file(tmp_path / "bar.sqlite3")
    damage_pages(bar)
    damage = DamagedDatabase(bar, file_problems(bar), None, "")
    dialog = DamagedDatabaseDialog(None, damage)
    qtbot.addWidget(dialog)
    assert dialog.restore_button is None
    assert "No backup of it passes the integrity check" in dialog.informativeText()
    assert offer_restore(damage, ask=lambda _parent, _damage: False) is False


def test_offer_restore_puts_the_good_backup_back(damaged: DamagedDatabase) -> None:
    assert offer_restore(damaged, ask=lambda _parent, _damage: True) is True
    assert file_problems(damaged.path) == []
    assert items_in(damaged.path) == 69
    assert Reason.BEFORE_RESTORE in [b.reason for b in list_backups(damaged.path)]


def test_quit_leaves_the_damaged_file_alone(damaged: DamagedDatabase) -> None:
    before = damaged.path.read_bytes()
    assert offer_restore(damaged, ask=lambda _parent, _damage: False) is False
    assert damaged.path.read_bytes() == before


def test_the_window_starts_on_the_restored_database(
    damaged: DamagedDatabase, monkeypatch: pytest.MonkeyPatch, qapp: Any
) -> None:
    """The whole start: check fails, the dialog is answered, the window opens, sound."""
    shown: list[int] = []
    monkeypatch.setattr(DamagedDatabaseDialog, "ask", classmethod(lambda *_a: True))

    def run_gui(open_bar: Callable[[], tuple[Database, str] | None]) -> int:
        opened = open_bar()
        assert opened is not None
        with opened[0].reading() as session:
            shown.append(item_count(session))
        return 0

    monkeypatch.setattr("inventory_app.ui.app.run_gui", run_gui)
    assert start_window(f"sqlite:///{damaged.path}", None, user="owner") == 0
    assert shown == [69]


def test_quitting_at_the_dialog_exits_1_without_opening(
    damaged: DamagedDatabase, monkeypatch: pytest.MonkeyPatch, qapp: Any
) -> None:
    monkeypatch.setattr(DamagedDatabaseDialog, "ask", classmethod(lambda *_a: False))
    monkeypatch.setattr("inventory_app.ui.app.run_gui", lambda open_bar: 0 if open_bar() else 1)
    assert start_window(f"sqlite:///{damaged.path}", None, user="owner") == 1


def test_a_failed_restore_is_said_not_raised(
    damaged: DamagedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert damaged.good_backup is not None
    damaged.good_backup.path.write_bytes(b"gone bad since")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: said.append(text))
    assert offer_restore(damaged, ask=lambda _parent, _damage: True) is False
    assert said and said[0].startswith("The backup was not restored: ")
