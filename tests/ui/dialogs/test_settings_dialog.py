"""Settings: problems beside their fields, one save for all; the backups section's buttons."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox

from inventory_app.services.settings import all_settings
from inventory_app.ui.context import AppContext
from inventory_app.ui.dialogs.settings_dialog import SettingsDialog

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
