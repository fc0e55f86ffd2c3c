"""Settings: problems beside their fields, one save for all; the backups section's buttons."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox

from inventory_app.db.backups import Reason, list_backups
from inventory_app.db.engine import sqlite_path
from inventory_app.services.catalogue.items import item_count
from inventory_app.services.settings import all_settings
from inventory_app.ui.context import AppContext
from inventory_app.ui.dialogs.backups_section import SERVER_NOTE, BackupsSection
from inventory_app.ui.dialogs.settings_dialog import SettingsDialog
from tests.conftest import make_item

Yes, Cancel = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel


@pytest.fixture
def dialog(qtbot: Any, context: AppContext) -> SettingsDialog:
    dialog = SettingsDialog(None, context=context)
    qtbot.addWidget(dialog)
    return dialog


def stored(context: AppContext) -> dict[str, str]:
    with context.database.reading() as session:
        return all_settings(session)


def edit(dialog: SettingsDialog, key: str, text: str) -> None:
    field = dialog.fields[key]
    assert isinstance(field, QLineEdit)
    field.setText(text)
    field.textEdited.emit(text)


def test_shows_every_setting_as_stored(dialog: SettingsDialog, context: AppContext) -> None:
    assert dialog.values() == stored(context)
    assert set(dialog.values()) >= {"dash_ml", "vat_rate_pct", "default_channel", "backup_keep"}
    assert isinstance(dialog.fields["default_channel"], QComboBox)


@pytest.mark.parametrize(
    ("key", "text", "message"),
    [
        ("dash_ml", "-1", "Must be above zero, got '-1'"),
        ("vat_rate_pct", "120", "Is a percentage from 0 to 99, got '120'"),
        ("oxidation_months", "soon", "Is a whole number of months, 1 or more, got 'soon'"),
        ("backup_keep", "0", "Is a whole number of backups from 1 to 999, got '0'"),
    ],
)
def test_a_wrong_value_is_named_beside_its_field_and_not_saved(
    dialog: SettingsDialog, context: AppContext, key: str, text: str, message: str
) -> None:
    before = stored(context)
    edit(dialog, key, text)
    assert (dialog.errors[key].isVisibleTo(dialog), dialog.errors[key].text()) == (True, message)
    dialog.accept()
    assert dialog.saved is None and dialog.banner.isVisibleTo(dialog)
    assert stored(context) == before
    edit(dialog, key, before[key])
    assert not dialog.errors[key].isVisibleTo(dialog)


def test_save_stores_every_value(dialog: SettingsDialog, context: AppContext) -> None:
    edit(dialog, "vat_rate_pct", "10")
    edit(dialog, "backup_keep", " 30 ")
    dialog.fields["default_channel"].setCurrentText("speakeasy")  # type: ignore[union-attr]
    dialog.accept()
    assert dialog.saved is not None
    now = stored(context)
    assert (now["vat_rate_pct"], now["backup_keep"], now["default_channel"]) == (
        "10",
        "30",
        "speakeasy",
    )


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


def test_durability_is_chosen_from_normal_or_full_and_saved(
    dialog: SettingsDialog, context: AppContext
) -> None:
    field = dialog.fields["synchronous"]
    assert isinstance(field, QComboBox)
    assert [field.itemText(i) for i in range(field.count())] == ["normal", "full"]
    assert field.currentText() == "normal"
    field.setCurrentText("full")
    dialog.accept()
    assert dialog.saved is not None
    assert stored(context)["synchronous"] == "full"
