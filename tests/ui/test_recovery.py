"""A damaged database at start: a dialog, not a crash; the newest good backup comes back."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox, QWidget

from inventory_app.commands.gui import start_window
from inventory_app.db.backups import Reason, list_backups, make_backup
from inventory_app.db.engine import Database
from inventory_app.db.file_checks import DamagedDatabase, file_problems, newest_good_backup
from inventory_app.services.catalogue.items import item_count
from inventory_app.ui.main_window import MainWindow
from inventory_app.ui.recovery import DamagedDatabaseDialog, offer_restore
from tests.db.damage import damage_pages, demo_file, items_in

TAKEN = datetime(2026, 11, 22, 18, 0)


@pytest.fixture(autouse=True)
def _keep_the_test_application(monkeypatch: pytest.MonkeyPatch, qapp: Any) -> None:
    """The real start styles the QApplication; the tests' shared one stays as it is."""
    monkeypatch.setattr("inventory_app.ui.app.create_application", lambda: qapp)


@pytest.fixture(autouse=True)
def _no_screen_left_over(qapp: Any) -> Iterator[None]:
    """A window's start opens the sign-in screen, modal: it must not outlive its test."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.hide()


@pytest.fixture(autouse=True)
def owner_signs_in(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The demo owner answers the restore's sign-in: the name, then the demo PIN."""
    asked: list[str] = []

    def get_text(_parent: object, _title: str, label: str, *_rest: object) -> tuple[str, bool]:
        asked.append(label)
        return ("1234" if "PIN" in label else "owner"), True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    return asked


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


def test_the_damaged_dialog_in_italian(qtbot: Any, damaged: DamagedDatabase, italian: None) -> None:
    """Its heading, what happened, the backup's day in Italian words, and the two ways out."""
    dialog = DamagedDatabaseDialog(None, damaged)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Il database è danneggiato"
    assert dialog.text() == (
        f"Il file del database\n{damaged.path}\nnon ha passato il controllo fatto a ogni "
        "avvio, quindi non ci è stato scritto niente."
    )
    assert dialog.informativeText().startswith(
        "Il backup più recente che passa il controllo di integrità è di domenica 22 novembre "
        "2026 alle 18:00 (giornaliero). Lo ripristino e apro?"
    )
    assert [b.text() for b in dialog.buttons() if b in (dialog.restore_button,
            dialog.quit_button)] == ["Ripristina e apri", "Esci"]  # fmt: skip


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


def test_offer_restore_puts_the_good_backup_back(
    damaged: DamagedDatabase, owner_signs_in: list[str]
) -> None:
    """Its people can still be read, so an owner signs in first (services/backups/restoring.py)."""
    assert offer_restore(damaged, ask=lambda _parent, _damage: True) is True
    assert owner_signs_in == ["Owner's name:", "PIN for owner:"]
    assert file_problems(damaged.path) == []
    assert items_in(damaged.path) == 69
    assert Reason.BEFORE_RESTORE in [b.reason for b in list_backups(damaged.path)]


def test_quit_leaves_the_damaged_file_alone(damaged: DamagedDatabase) -> None:
    before = damaged.path.read_bytes()
    assert offer_restore(damaged, ask=lambda _parent, _damage: False) is False
    assert damaged.path.read_bytes() == before


def _damaged_header(path: Path) -> None:
    """Garbage from the first page on: SQLite cannot even open it."""
    damage_pages(path, first=0, count=2)


def test_a_file_too_damaged_to_open_is_restored_before_the_window_uses_it(
    damaged: DamagedDatabase, monkeypatch: pytest.MonkeyPatch, qapp: Any,
    owner_signs_in: list[str],
) -> None:  # fmt: skip
    """The check's verdict is awaited when the file will not open: the dialog, then the bar.

    Its people cannot be read any more: the one case where nobody signs in to restore.
    """
    _damaged_header(damaged.path)
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
    assert owner_signs_in == []


def test_quitting_at_the_dialog_exits_1_without_opening(
    damaged: DamagedDatabase, monkeypatch: pytest.MonkeyPatch, qapp: Any
) -> None:
    _damaged_header(damaged.path)
    monkeypatch.setattr(DamagedDatabaseDialog, "ask", classmethod(lambda *_a: False))
    monkeypatch.setattr("inventory_app.ui.app.run_gui", lambda open_bar: 0 if open_bar() else 1)
    assert start_window(f"sqlite:///{damaged.path}", None, user="owner") == 1


def _the_window() -> MainWindow | None:
    """The window on screen (earlier tests' windows are closed, not gone)."""
    shown = QApplication.topLevelWidgets()
    return next((w for w in shown if isinstance(w, MainWindow) and w.isVisible()), None)


def test_the_window_shows_the_bar_then_restores_when_the_check_fails(
    damaged: DamagedDatabase, monkeypatch: pytest.MonkeyPatch, qapp: Any
) -> None:
    """The check reads on while the window opens; its verdict brings the dialog over it."""
    asked: list[QWidget | None] = []

    def ask(_cls: type, parent: QWidget | None, _damage: DamagedDatabase) -> bool:
        asked.append(parent)
        return True

    monkeypatch.setattr(DamagedDatabaseDialog, "ask", classmethod(ask))
    seen: list[int] = []

    def look() -> None:
        window = _the_window()
        if asked and window is not None and window.page_shown() is not None:
            with window.context.database.reading() as session:
                seen.append(item_count(session))
            QApplication.exit(0)  # quit() would ask the sign-in screen, which stays

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(10)
    assert start_window(f"sqlite:///{damaged.path}", None, user="owner") == 0
    timer.stop()
    assert isinstance(asked[0], MainWindow)  # over the window, not before it
    assert seen == [69]
    assert file_problems(damaged.path) == []


def test_quitting_at_the_dialog_over_the_window_exits_1_and_writes_nothing(
    damaged: DamagedDatabase, monkeypatch: pytest.MonkeyPatch, qapp: Any
) -> None:
    monkeypatch.setattr(DamagedDatabaseDialog, "ask", classmethod(lambda *_a: False))
    before = damaged.path.read_bytes()
    assert start_window(f"sqlite:///{damaged.path}", None, user="owner") == 1
    assert damaged.path.read_bytes() == before
    assert [b.reason for b in list_backups(damaged.path)] == [Reason.DAILY]  # no new daily


def test_a_failed_restore_is_said_not_raised(
    damaged: DamagedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert damaged.good_backup is not None
    damaged.good_backup.path.write_bytes(b"gone bad since")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: said.append(text))
    assert offer_restore(damaged, ask=lambda _parent, _damage: True) is False
    assert said and said[0].startswith("The backup was not restored: ")
