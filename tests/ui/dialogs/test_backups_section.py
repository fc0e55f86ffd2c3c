"""ui/dialogs/backups_section.py: Back up now, Restore with its question, a foreign file,
a server database (moved from tests/ui/dialogs/test_settings_dialog.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from inventory_app.db.backups import Reason, list_backups
from inventory_app.db.engine import sqlite_path
from inventory_app.services.catalogue.items import item_count
from inventory_app.ui.context import AppContext
from inventory_app.ui.dialogs.backups_section import SERVER_NOTE, BackupsSection
from tests.conftest import make_item

Yes, Cancel = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel


@pytest.fixture
def section(qtbot: Any, context: AppContext) -> BackupsSection:
    section = BackupsSection(context)
    qtbot.addWidget(section)
    return section


def test_back_up_now_lists_the_new_backup(section: BackupsSection, context: AppContext) -> None:
    assert section.model.rows == []
    section.back_up_button.click()
    [backup] = section.model.rows
    assert backup.reason is Reason.MANUAL
    assert section.status.text() == f"Backed up to {backup.path}"
    assert section.model.index(0, 1).data() == "manual"


def _answer(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_restore_asks_first_then_brings_the_backup_back(
    section: BackupsSection, context: AppContext, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    with context.database.transaction() as session:
        make_item(session, "GIN-1")
    section.back_up_button.click()
    with context.database.transaction() as session:
        make_item(session, "RUM-1")
    section.table.selectRow(0)
    asked = _answer(monkeypatch, Cancel)
    section.restore_button.click()
    assert len(asked) == 1 and "Everything recorded since then" in asked[0]
    with context.database.reading() as session:
        assert item_count(session) == 2
    _answer(monkeypatch, Yes)
    with qtbot.waitSignal(context.changes.changed, timeout=1000):
        section.restore_button.click()
    with context.database.reading() as session:
        assert item_count(session) == 1
    path = sqlite_path(context.database.url)
    assert path is not None
    assert [b.reason for b in list_backups(path)] == [Reason.BEFORE_RESTORE, Reason.MANUAL]
    assert [b.reason for b in section.model.rows] == [Reason.BEFORE_RESTORE, Reason.MANUAL]


def test_restore_of_a_foreign_file_says_why(
    section: BackupsSection, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    foreign = tmp_path / "notes.sqlite3"
    foreign.write_text("not a database", encoding="utf-8")
    monkeypatch.setattr(section, "_choose_file", lambda: foreign)
    _answer(monkeypatch, Yes)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    section.restore_button.click()
    assert warned == [f"{foreign}: not a SQLite database, so not one of our backups"]


def test_a_server_database_has_no_backup_buttons(
    qtbot: Any, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("inventory_app.ui.dialogs.backups_section.sqlite_path", lambda _url: None)
    section = BackupsSection(context)
    qtbot.addWidget(section)
    assert not section.back_up_button.isEnabled() and not section.restore_button.isEnabled()
    assert section.status.text() == SERVER_NOTE
