"""File > Settings: the bar's settings, each checked beside its field, and the backups.

Language is two choices: this computer's (saved beside the user's config, read at every
start before any window or database: i18n/language.py) and the bar's for its suppliers'
documents (a setting in the database, shared by every terminal).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inventory_app.db.engine import SYNCHRONOUS_MODES
from inventory_app.domain.errors import InputError, InventoryError
from inventory_app.domain.permissions import Action
from inventory_app.domain.receiving import CostUpdate
from inventory_app.domain.recipes import Channel
from inventory_app.i18n.catalogue import (
    LANGUAGE_NAMES,
    LANGUAGES,
    N_,
    NC_,
    current_language,
    set_language,
    tr,
    trc,
)
from inventory_app.i18n.formats import localized_number
from inventory_app.i18n.language import SYSTEM, save_language, saved_language, start_language
from inventory_app.services.settings import (
    BAR_LANGUAGE,
    DECIMAL_SETTINGS,
    RECEIVE_COST_UPDATE,
    all_settings,
    check_setting,
)
from inventory_app.ui import operations
from inventory_app.ui.context import AppContext, Change
from inventory_app.ui.dialogs.backups_section import BackupsSection
from inventory_app.ui.dialogs.bar_section import BarSection
from inventory_app.ui.dialogs.people_section import PeopleSection
from inventory_app.ui.ops import read_now
from inventory_app.ui.read_only import make_read_only, read_only_reason

SaveSettings = Callable[[Mapping[str, str]], InventoryError | None]

# key, label, placeholder: the order the dialog shows them in (translated when shown)
MEASURES = (
    ("dash_ml", N_("Dash (ml)"), N_("e.g. 0.8")),
    ("barspoon_ml", N_("Barspoon (ml)"), N_("e.g. 5")),
    ("drop_ml", N_("Drop (ml)"), N_("e.g. 0.05")),
)
SALES = (
    ("vat_rate_pct", N_("VAT in menu prices (%)"), N_("e.g. 22")),
    ("default_channel", N_("Sales go to"), ""),
    ("oxidation_months", N_("Flag an open bottle after (months)"), N_("e.g. 12")),
    ("container_style", N_("Part bottles and flasks read as"), ""),
)
CONTAINER_STYLES = ((N_("1.4 btl (decimal)"), "decimal"), (N_("1 + 4/10 btl (tenths)"), "tenths"))
PEOPLE = (
    ("shift_hours", N_("A bartender may undo their own for (hours)"), N_("e.g. 12")),
    (
        "idle_lock_minutes",
        N_("Lock to the sign-in screen after idle (minutes, 0 never)"),
        N_("e.g. 5"),
    ),
    ("bartenders_see_costs", N_("Bartenders see costs, margins and pour cost %"), ""),
)
# Issue 19: how a price that changed at delivery sets the item's cost (domain/receiving.py).
DELIVERIES = ((RECEIVE_COST_UPDATE, N_("A new price at delivery sets the cost to"), ""),)
KEEP = ("backup_keep", N_("Backups to keep"), N_("e.g. 14"))
DURABILITY = (("synchronous", N_("Wait for the disk at every save"), ""),)
DURABILITY_NOTE = N_(
    "full: a power cut loses no saved sale. normal (faster): a power cut may lose the last "
    "few seconds of saves, never the file. Takes effect at the next start."
)
LANGUAGE = ((BAR_LANGUAGE, N_("Documents for suppliers"), ""),)
LANGUAGE_NOTE = N_(
    "This computer's language is its own; the language of documents for suppliers is the "
    "bar's, on every terminal. A supplier may have a language of their own."
)
AS_THE_COMPUTER = N_("As the computer")
# Each language by its own name, the same in Italian and English (marked: shown through trc).
LANGUAGE_WORDS = (NC_("language name", "Italiano"), NC_("language name", "English"))
# The stored words of the choices below, as a person reads them (the setting keeps the word).
VALUE_CONTEXT = "setting value"
VALUE_WORDS = (
    NC_("setting value", "takeaway"), NC_("setting value", "speakeasy"), NC_("setting value", "no"),
    NC_("setting value", "yes"), NC_("setting value", "normal"), NC_("setting value", "full"),
)  # fmt: skip
# Fields chosen from a list: key -> the values offered.
CHOICES = {
    "default_channel": tuple(c.value for c in Channel),
    "bartenders_see_costs": ("no", "yes"),
    "synchronous": SYNCHRONOUS_MODES,
}


class SettingsDialog(QDialog):
    """Each value is checked by the same rule the service applies, as it is typed."""

    def __init__(self, parent: QWidget | None, *, context: AppContext) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Settings"))
        self._context = context
        self.saved: dict[str, str] | None = None
        self.language_changed = False  # this computer's language, switched by Save
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        self.errors: dict[str, QLabel] = {}
        self.backups = BackupsSection(context)
        outer = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.settings_page = QWidget()
        layout = QVBoxLayout(self.settings_page)
        self.banner = QLabel(wordWrap=True)
        self.banner.setObjectName("dialogError")
        self.banner.hide()
        outer.addWidget(self.banner)  # above the tabs: a problem on any tab is seen
        layout.addWidget(self._language_group())
        layout.addWidget(self._group(tr("Measures"), MEASURES))
        layout.addWidget(self._group(tr("Sales and bottles"), SALES))
        layout.addWidget(self._group(tr("People"), PEOPLE))
        layout.addWidget(self._group(tr("Deliveries"), DELIVERIES))
        keep_box = self._group(tr("Backups"), (KEEP,))
        keep_layout = keep_box.layout()
        assert isinstance(keep_layout, QFormLayout)
        keep_layout.addRow(self.backups)
        layout.addWidget(keep_box)
        durability = self._group(tr("Durability"), DURABILITY)
        durability_layout = durability.layout()
        assert isinstance(durability_layout, QFormLayout)
        durability_layout.addRow(QLabel(tr(DURABILITY_NOTE), wordWrap=True))
        layout.addWidget(durability)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        for which, name in (  # in the app's words, not Qt's (ui/dialogs/buttons.py on main)
            (QDialogButtonBox.StandardButton.Save, trc("button", "Save")),
            (QDialogButtonBox.StandardButton.Cancel, trc("button", "Cancel")),
        ):
            buttons.button(which).setText(name)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.people = PeopleSection(context)
        self.bar = BarSection(context, self._check)  # its fields are checked and saved with these
        self.fields.update(self.bar.fields)
        self.fields.update(self.bar.choices)
        self.errors.update(self.bar.errors)
        scroll = QScrollArea()  # on a 1280x800 screen the settings are taller than it
        scroll.setWidget(self.settings_page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.tabs.addTab(scroll, tr("Settings"))
        self.tabs.addTab(self.bar, trc("settings tab", "Bar"))
        self.tabs.addTab(self.people, tr("People"))
        outer.addWidget(self.tabs)
        outer.addWidget(buttons)
        self._load()
        self.read_only = read_only_reason(context, Action.EDIT_SETTINGS)
        if self.read_only is not None:
            content: list[QWidget] = [*self.fields.values(), self.language, *self.bar.logo_buttons]
            make_read_only(self.read_only, layout=layout, content=content, buttons=buttons)
        self._fit_screen()

    def _fit_screen(self) -> None:
        """As tall as the settings need, but never past the screen's bottom edge."""
        screen = self.screen().availableGeometry()
        wanted = self.settings_page.sizeHint().height() + 140  # tabs, buttons, margins
        self.resize(620, min(wanted, screen.height() - 80))

    @classmethod
    def ask(cls, parent: QWidget | None, *, context: AppContext) -> dict[str, str] | None:
        """The saved values, or None when cancelled.

        A change of this computer's language is announced with the other settings; the
        window follows it (ui/window_language.py).
        """
        dialog = cls(parent, context=context)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.saved

    def _language_group(self) -> QGroupBox:
        """This computer's language (not in the database), then the bar's for suppliers."""
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(tr(AS_THE_COMPUTER), SYSTEM)
        for code in LANGUAGES:
            self.language.addItem(_language_name(code), code)
        self._computer_language = saved_language() or SYSTEM
        self.language.setCurrentIndex(self.language.findData(self._computer_language))
        box = self._group(tr("Language"), LANGUAGE)
        form = box.layout()
        assert isinstance(form, QFormLayout)
        form.insertRow(0, tr("This computer"), self.language)
        form.addRow(QLabel(tr(LANGUAGE_NOTE), wordWrap=True))
        return box

    def _group(self, title: str, rows: tuple[tuple[str, str, str], ...]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        for key, label, placeholder in rows:
            field = self._field(key, placeholder)
            error = QLabel(wordWrap=True)
            error.setObjectName("fieldError")
            error.hide()
            self.fields[key], self.errors[key] = field, error
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(field)
            column.addWidget(error)
            form.addRow(tr(label), cell)
        return box

    def _field(self, key: str, placeholder: str) -> QLineEdit | QComboBox:
        """A choice shows its words in the reader's language and keeps the stored word as data."""
        if key in CHOICES:
            return _choice(key, [(trc(VALUE_CONTEXT, v), v) for v in CHOICES[key]])
        if key == "container_style":
            return _choice(key, [(tr(text), value) for text, value in CONTAINER_STYLES])
        if key == BAR_LANGUAGE:
            return _choice(key, [(_language_name(code), code) for code in LANGUAGES])
        if key == RECEIVE_COST_UPDATE:
            return _choice(key, [(rule.label, rule.value) for rule in CostUpdate])
        edit = QLineEdit(placeholderText=tr(placeholder) if placeholder else "")
        edit.setObjectName(key)
        edit.textEdited.connect(lambda _text, k=key: self._check(k))
        return edit

    def _load(self) -> None:
        values = read_now(self._context.database, all_settings)
        for key, field in self.fields.items():
            if isinstance(field, QComboBox) and field.findData(values[key]) >= 0:
                field.setCurrentIndex(field.findData(values[key]))
            elif isinstance(field, QComboBox):
                field.setCurrentText(values[key])
            elif key in DECIMAL_SETTINGS:  # in the reader's decimal mark, ungrouped ('0,92')
                field.setText(localized_number(values[key]))
            else:  # words and whole numbers as kept: an address's commas stay commas
                field.setText(values[key])

    def values(self) -> dict[str, str]:
        return {
            key: (field.currentData() or field.currentText())
            if isinstance(field, QComboBox)
            else field.text()
            for key, field in self.fields.items()
        }

    def _check(self, key: str) -> str | None:
        """The problem with one field, shown under it (or hidden when there is none)."""
        try:
            check_setting(key, self.values()[key])
        except InputError as error:
            detail = error.detail.removeprefix(f"{key} ")  # the field's label names it already
            self.errors[key].setText(detail[:1].upper() + detail[1:])
            self.errors[key].show()
            return error.detail
        self.errors[key].hide()
        return None

    def accept(self) -> None:
        """Refuse while any field has a problem; a failed save keeps the dialog open."""
        if self.read_only is not None:
            return
        problems = [key for key in self.fields if self._check(key) is not None]
        if problems:
            self.show_banner(tr("Please correct the fields marked in red."))
            if problems[0] in self.bar.fields:  # the first problem on its tab, in view
                self.tabs.setCurrentWidget(self.bar)
            self.fields[problems[0]].setFocus()
            return
        values = self.values()
        error = operations.save_settings(self._context, values=values)
        if error is not None:
            self.show_banner(tr("Not saved: {error}").format(error=error))
            return
        if not self._save_computer_language():
            return
        self.saved = values
        super().accept()

    def _save_computer_language(self) -> bool:
        """This computer's language kept for the next start, and spoken from now on.

        $INVENTORY_APP_LANG, when set, still outranks the choice (i18n/language.py).
        """
        choice = self.language.currentData()
        if choice != self._computer_language:
            try:
                save_language(choice)
            except OSError as error:
                message = tr(
                    "The bar's settings are saved; this computer's language is not: {error}"
                )
                self.show_banner(message.format(error=error))
                return False
            self._computer_language = choice
            before = current_language()
            set_language(start_language())
            self.language_changed = current_language() != before
            if self.language_changed:  # the pages and the window's words follow it
                self._context.changes.announce(Change.SETTINGS)
        return True

    def show_banner(self, message: str) -> None:
        self.banner.setText(message)
        self.banner.show()


def _choice(key: str, items: list[tuple[str, str]]) -> QComboBox:
    """A list of (shown text, stored value)."""
    combo = QComboBox()
    combo.setObjectName(key)
    for text, value in items:
        combo.addItem(text, value)
    return combo


def _language_name(code: str) -> str:
    return trc("language name", LANGUAGE_NAMES[code])
