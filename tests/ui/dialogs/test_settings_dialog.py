"""Settings: problems beside their fields, one save for all; the backups section's buttons."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QGroupBox, QLineEdit, QMessageBox

from inventory_app.i18n.catalogue import current_language
from inventory_app.i18n.language import LANG_ENV, preference_file, saved_language
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


@pytest.fixture
def own_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """This computer's language file in a test folder; $INVENTORY_APP_LANG unset."""
    monkeypatch.delenv(LANG_ENV, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def choose(dialog: SettingsDialog, name: str, value: str) -> None:
    combo = dialog.fields.get(name, dialog.language)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(value))


@pytest.mark.usefixtures("italian")
def test_in_italian_the_words_are_italian_and_the_stored_values_stay(
    dialog: SettingsDialog, context: AppContext
) -> None:
    assert dialog.windowTitle() == "Impostazioni"
    titles = [box.title() for box in dialog.findChildren(QGroupBox)]
    assert titles[:3] == ["Lingua", "Misure", "Vendite e bottiglie"]
    channel = dialog.fields["default_channel"]
    assert isinstance(channel, QComboBox)
    assert [channel.itemText(i) for i in range(channel.count())] == ["asporto", "speakeasy"]
    language = dialog.fields["bar_language"]
    assert isinstance(language, QComboBox)
    assert language.currentText() == "Italiano"  # never saved yet: the language in use
    assert [dialog.language.itemText(i) for i in range(3)] == [
        "Come il computer", "Italiano", "English"
    ]  # fmt: skip
    dash = dialog.fields["dash_ml"]
    assert isinstance(dash, QLineEdit)
    assert dash.text() == "0,92"  # stored 0.92, read with the Italian decimal mark
    edit(dialog, "dash_ml", "-1")
    assert dialog.errors["dash_ml"].text() == "Deve essere sopra zero, invece è '-1'"
    edit(dialog, "dash_ml", "0,8")
    dialog.accept()
    assert dialog.saved is not None
    assert stored(context)["dash_ml"] == "0.8"  # stored as the app reads it back
    assert stored(context)["default_channel"] == "takeaway"
    assert stored(context)["bar_language"] == "it"  # kept from now on, as it was shown


@pytest.mark.usefixtures("own_config")
def test_the_bars_language_for_suppliers_is_saved_in_the_database(
    dialog: SettingsDialog, context: AppContext
) -> None:
    assert stored(context)["bar_language"] == "en"
    choose(dialog, "bar_language", "it")
    dialog.accept()
    assert stored(context)["bar_language"] == "it"
    assert (current_language(), saved_language()) == ("en", None)  # this computer's: untouched


@pytest.mark.usefixtures("own_config")
def test_this_computers_language_is_kept_in_its_file_and_spoken_at_once(
    dialog: SettingsDialog, context: AppContext
) -> None:
    before = stored(context)
    assert dialog.language.currentData() == "system"
    choose(dialog, "language", "it")
    dialog.accept()
    assert dialog.saved is not None
    assert (current_language(), saved_language()) == ("it", "it")
    assert preference_file().read_text(encoding="utf-8") == "it\n"
    assert stored(context) == before  # not a setting of the bar


def test_the_environment_outranks_the_choice_made_in_settings(
    dialog: SettingsDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv(LANG_ENV, "en")
    choose(dialog, "language", "it")
    dialog.accept()
    assert (current_language(), saved_language()) == ("en", "it")  # saved for a start without it


def test_the_cost_rule_at_delivery_is_chosen_by_its_words(
    dialog: SettingsDialog, context: AppContext
) -> None:
    """Issue 19: last price or weighted average, saved as the word the setting keeps."""
    combo = dialog.fields["receive_cost_update"]
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["last price", "weighted average"]
    combo.setCurrentIndex(combo.findData("average"))
    dialog.accept()
    assert stored(context)["receive_cost_update"] == "average"
