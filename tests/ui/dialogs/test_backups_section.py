"""ui/dialogs/backups_section.py: Back up now, Restore with its question, a foreign file,
a server database (moved from tests/ui/dialogs/test_settings_dialog.py)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from inventory_app.db.backups import Reason, list_backups
from inventory_app.db.engine import sqlite_path
from inventory_app.i18n.catalogue import ITALIAN, set_language
from inventory_app.i18n.formats import month_name, weekday_name
from inventory_app.services.catalogue.items import item_count
from inventory_app.ui.context import AppContext
from inventory_app.ui.dialogs.backups_section import (
    SERVER_NOTE,
    BackupsSection,
    size_text,
    taken_text,
)
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


@pytest.mark.parametrize(
    ("size", "in_english", "in_italian"),
    [
        (340_000, "340 kB", "340 kB"),
        (1_500_000, "1.5 MB", "1,5 MB"),
        (12_340_000, "12.3 MB", "12,3 MB"),
    ],
)  # fmt: skip
def test_sizes_read_with_the_readers_decimal_mark(
    size: int, in_english: str, in_italian: str
) -> None:
    assert size_text(size) == in_english
    set_language(ITALIAN)  # the autouse `english` fixture sets English back
    assert size_text(size) == in_italian


def test_in_italian_the_list_and_the_question_are_italian(
    italian: None, section: BackupsSection, monkeypatch: pytest.MonkeyPatch
) -> None:
    section.back_up_button.click()
    [backup] = section.model.rows
    assert section.status.text() == f"Backup salvato in {backup.path}"
    headings = [section.model.headerData(n, Qt.Orientation.Horizontal) for n in range(3)]
    assert headings == ["Fatto il", "Motivo", "Dimensione"]
    assert section.model.index(0, 1).data() == "manuale"
    day = backup.taken.date()
    assert section.model.index(0, 0).data() == (
        f"{weekday_name(day, short=True)} {day:%d} {month_name(day, short=True)} {day:%Y} "
        f"{backup.taken:%H:%M}"
    )
    assert taken_text(datetime(2026, 12, 7, 19, 30)) == "lun 07 dic 2026 19:30"
    section.table.selectRow(0)
    asked = _answer(monkeypatch, Cancel)
    section.restore_button.click()
    assert asked[0].startswith(
        f"Sostituisci tutto il database con il backup fatto {weekday_name(day)} {day:%d} "
    )
    assert "Tutto quello che hai registrato da allora non ci sarà più." in asked[0]
