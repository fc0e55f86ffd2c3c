"""File > Settings: the bar's settings, each checked beside its field, and the backups."""

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
from inventory_app.domain.recipes import Channel
from inventory_app.services.settings import all_settings, check_setting
from inventory_app.ui import operations
from inventory_app.ui.context import AppContext
from inventory_app.ui.dialogs.backups_section import BackupsSection
from inventory_app.ui.dialogs.people_section import PeopleSection
from inventory_app.ui.ops import read_now
from inventory_app.ui.read_only import make_read_only, read_only_reason

SaveSettings = Callable[[Mapping[str, str]], InventoryError | None]

# key, label, placeholder: the order the dialog shows them in
MEASURES = (
    ("dash_ml", "Dash (ml)", "e.g. 0.8"),
    ("barspoon_ml", "Barspoon (ml)", "e.g. 5"),
    ("drop_ml", "Drop (ml)", "e.g. 0.05"),
)
SALES = (
    ("vat_rate_pct", "VAT in menu prices (%)", "e.g. 22"),
    ("default_channel", "Sales go to", ""),
    ("oxidation_months", "Flag an open bottle after (months)", "e.g. 12"),
    ("container_style", "Part bottles and flasks read as", ""),
)
CONTAINER_STYLES = (("1.4 btl (decimal)", "decimal"), ("1 + 4/10 btl (tenths)", "tenths"))
PEOPLE = (
    ("shift_hours", "A bartender may undo their own for (hours)", "e.g. 12"),
    ("idle_lock_minutes", "Lock to the sign-in screen after idle (minutes, 0 never)", "e.g. 5"),
    ("bartenders_see_costs", "Bartenders see costs, margins and pour cost %", ""),
)
KEEP = ("backup_keep", "Backups to keep", "e.g. 14")
DURABILITY = (("synchronous", "Wait for the disk at every save", ""),)
DURABILITY_NOTE = (
    "full: a power cut loses no saved sale. normal (faster): a power cut may lose the last "
    "few seconds of saves, never the file. Takes effect at the next start."
)
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
        self.setWindowTitle("Settings")
        self._context = context
        self.saved: dict[str, str] | None = None
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
        layout.addWidget(self.banner)
        layout.addWidget(self._group("Measures", MEASURES))
        layout.addWidget(self._group("Sales and bottles", SALES))
        layout.addWidget(self._group("People", PEOPLE))
        keep_box = self._group("Backups", (KEEP,))
        keep_layout = keep_box.layout()
        assert isinstance(keep_layout, QFormLayout)
        keep_layout.addRow(self.backups)
        layout.addWidget(keep_box)
        durability = self._group("Durability", DURABILITY)
        durability_layout = durability.layout()
        assert isinstance(durability_layout, QFormLayout)
        durability_layout.addRow(QLabel(DURABILITY_NOTE, wordWrap=True))
        layout.addWidget(durability)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.people = PeopleSection(context)
        scroll = QScrollArea()  # on a 1280x800 screen the settings are taller than it
        scroll.setWidget(self.settings_page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.tabs.addTab(scroll, "Settings")
        self.tabs.addTab(self.people, "People")
        outer.addWidget(self.tabs)
        outer.addWidget(buttons)
        self._load()
        self.read_only = read_only_reason(context, Action.EDIT_SETTINGS)
        if self.read_only is not None:
            make_read_only(
                self.read_only, layout=layout, content=[*self.fields.values()], buttons=buttons
            )
        self._fit_screen()

    def _fit_screen(self) -> None:
        """As tall as the settings need, but never past the screen's bottom edge."""
        screen = self.screen().availableGeometry()
        wanted = self.settings_page.sizeHint().height() + 140  # tabs, buttons, margins
        self.resize(620, min(wanted, screen.height() - 80))

    @classmethod
    def ask(cls, parent: QWidget | None, *, context: AppContext) -> dict[str, str] | None:
        """The saved values, or None when cancelled."""
        dialog = cls(parent, context=context)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None

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
            form.addRow(label, cell)
        return box

    def _field(self, key: str, placeholder: str) -> QLineEdit | QComboBox:
        if key in CHOICES:
            combo = QComboBox()
            combo.setObjectName(key)
            combo.addItems(list(CHOICES[key]))
            return combo
        if key == "container_style":
            combo = QComboBox()
            combo.setObjectName(key)
            for text, value in CONTAINER_STYLES:
                combo.addItem(text, value)
            return combo
        edit = QLineEdit(placeholderText=placeholder)
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
            else:
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
            self.show_banner("Please correct the fields marked in red.")
            self.fields[problems[0]].setFocus()
            return
        values = self.values()
        error = operations.save_settings(self._context, values=values)
        if error is not None:
            self.show_banner(f"Not saved: {error}")
            return
        self.saved = values
        super().accept()

    def show_banner(self, message: str) -> None:
        self.banner.setText(message)
        self.banner.show()
