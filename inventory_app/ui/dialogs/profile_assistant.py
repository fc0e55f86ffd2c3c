"""The mapping assistant: a till's file no profile reads is mapped once, then saved as a profile.

The window only shows and collects; io/profile_mapping builds the profile and reads each
chosen column's first values, services/imports/sales_profiles saves it in the bar's folder.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inventory_app.domain.display import number_text
from inventory_app.domain.errors import InputError
from inventory_app.domain.money import format_money
from inventory_app.domain.recipes import Channel, SaleKind
from inventory_app.i18n.catalogue import tr, trc
from inventory_app.i18n.formats import date_text
from inventory_app.io.profile_mapping import (
    ASSISTANT_FIELDS,
    MappingChoice,
    ReadCell,
    Sample,
    field_label,
    read_column,
    read_sample,
)
from inventory_app.io.sales_profile import DateOrder, DecimalMark, SalesProfile
from inventory_app.services.imports.sales_profiles import save_profile
from inventory_app.ui.styling import named, set_state

NO_COLUMN = ""
MONEY_FIELDS = ("net_amount",)
SHOWN_VALUES = 3  # values beside a choice; the preview above shows every sampled row


def separator_choices() -> list[tuple[str, str]]:
    return [
        (tr("guess"), "auto"),
        (tr("comma ,"), ","),
        (tr("semicolon ;"), ";"),
        (tr("tab"), "\t"),
    ]


def decimal_choices() -> list[tuple[str, DecimalMark]]:
    return [
        (tr("either (8.50 or 8,50)"), DecimalMark.AUTO),
        (tr("point (8.50)"), DecimalMark.POINT),
        (tr("comma (8,50)"), DecimalMark.COMMA),
    ]


def date_order_choices() -> list[tuple[str, DateOrder]]:
    return [
        (tr("day first (24.03.2023)"), DateOrder.DMY),
        (tr("month first (03/24/2023)"), DateOrder.MDY),
        (tr("year first (2023-03-24)"), DateOrder.ISO),
    ]


def value_text(value: object, *, money: bool = False) -> str:
    """A value read from a cell, as the reader writes it (dates and numbers in their language)."""
    if money and isinstance(value, Decimal):
        return format_money(value)
    if isinstance(value, tuple):
        day, clock = value
        return date_text(day) if clock is None else f"{date_text(day)} {clock:%H:%M}"
    if isinstance(value, datetime):
        return f"{date_text(value.date())} {value:%H:%M}"
    if isinstance(value, date):
        return date_text(value)
    if isinstance(value, time):
        return f"{value:%H:%M}"
    if isinstance(value, Decimal):
        return number_text(value, places=2)
    if isinstance(value, SaleKind | Channel):
        return value.label
    if value is None or value == "":
        return "—"
    return str(value)


def cells_text(cells: list[ReadCell], *, money: bool = False) -> tuple[str, bool]:
    """'Negroni · Spritz · Mule', or the first cell that does not read; and whether all read."""
    bad = next((c for c in cells if c.error), None)
    if bad is not None:
        return tr("row {row}: {problem}").format(row=bad.row, problem=bad.error), False
    return " · ".join(value_text(c.value, money=money) for c in cells[:SHOWN_VALUES]), True


class ProfileAssistant(QDialog):
    """Window-modal over Import sales; `profile` holds what Save as profile wrote."""

    def __init__(self, parent: QWidget | None, *, path: Path, folder: Path | None) -> None:
        super().__init__(parent)
        self._path = path
        self._folder = folder
        self._sample: Sample | None = None
        self.profile: SalesProfile | None = None
        self.setWindowTitle(tr("Map a new till's export"))
        self._build()
        self.reread()
        self.resize(900, 700)

    def _build(self) -> None:
        intro = QLabel(
            tr(
                "No profile reads {file}. Choose the column that holds each field; the first "
                "rows are read beside each choice as the import will read them. Saved as a "
                "profile, the next file of this till imports without a question."
            ).format(file=self._path.name),
            wordWrap=True,
        )
        self.separator = _combo(separator_choices())
        self.separator.currentIndexChanged.connect(lambda _i: self.reread())
        self.decimal = _combo(decimal_choices())
        self.date_order = _combo(date_order_choices())
        for combo in (self.decimal, self.date_order):
            combo.currentIndexChanged.connect(lambda _i: self.show_values())
        reading = QHBoxLayout()
        for label, combo in (
            (tr("Se&parator"), self.separator),
            (tr("&Decimal mark"), self.decimal),
            (tr("Date &order"), self.date_order),
        ):
            text = QLabel(label)
            text.setBuddy(combo)
            reading.addWidget(text)
            reading.addWidget(combo)
        reading.addStretch(1)
        self.rows = QTableWidget()
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.verticalHeader().hide()
        self.rows.setMinimumHeight(150)
        self.rows.setMaximumHeight(190)
        fields = QGroupBox(tr("Columns"))
        grid = QGridLayout(fields)
        self.columns: dict[str, QComboBox] = {}
        self.values: dict[str, QLabel] = {}
        for line, name in enumerate(ASSISTANT_FIELDS):
            combo = QComboBox()
            combo.currentIndexChanged.connect(lambda _i: self.show_values())
            value = named(QLabel(wordWrap=True), "mappedValues")
            grid.addWidget(QLabel(field_label(name)), line, 0)
            grid.addWidget(combo, line, 1)
            grid.addWidget(value, line, 2)
            self.columns[name], self.values[name] = combo, value
        grid.setColumnStretch(2, 1)
        words = QHBoxLayout()
        words.addWidget(QLabel(tr("The till's own line-type words:")))
        self.words: dict[SaleKind, QLineEdit] = {}
        for kind in (SaleKind.SALE, SaleKind.REFUND, SaleKind.VOID):
            edit = QLineEdit(placeholderText=tr("words, comma-separated"))
            edit.textChanged.connect(lambda _t: self.show_values())
            words.addWidget(QLabel(kind.label))
            words.addWidget(edit, 1)
            self.words[kind] = edit
        grid.addLayout(words, len(ASSISTANT_FIELDS), 0, 1, 3)
        self.name = QLineEdit(placeholderText=tr("lower-case letters, digits, - or _"))
        self.name.setText(_suggested_name(self._path))
        form = QFormLayout()
        form.addRow(tr("Profile &name"), self.name)
        self.error = named(QLabel(wordWrap=True), "dialogError")
        self.error.hide()
        self.save = QPushButton(tr("&Save as profile"))
        self.save.setDefault(True)
        self.save.clicked.connect(self.save_profile)
        cancel = QPushButton(trc("button", "Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(reading)
        layout.addWidget(self.rows)
        layout.addWidget(fields, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    # --- reading ---------------------------------------------------------------------------
    def reread(self) -> None:
        """Read the first rows with the chosen separator; the column choices follow the header."""
        try:
            self._sample = read_sample(self._path, str(self.separator.currentData()))
        except InputError as exc:
            self._sample = None
            self._show_error(str(exc))
        sample = self._sample
        header = sample.header if sample is not None else ()
        self.rows.clear()
        self.rows.setColumnCount(len(header))
        self.rows.setHorizontalHeaderLabels(list(header))
        self.rows.setRowCount(len(sample.rows) if sample is not None else 0)
        for r, row in enumerate(sample.rows if sample is not None else ()):
            for c in range(len(header)):
                self.rows.setItem(r, c, QTableWidgetItem(row.get(c)))
        for combo in self.columns.values():
            kept = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("(none)"), NO_COLUMN)
            for name in header:
                if name:
                    combo.addItem(name, name)
            combo.setCurrentIndex(max(combo.findData(kept), 0))
            combo.blockSignals(False)
        self.show_values()

    def choice(self) -> MappingChoice:
        name = self.name.text().strip()
        return MappingChoice(
            name=name,
            title=name,
            columns={f: str(c.currentData()) for f, c in self.columns.items() if c.currentData()},
            separator=str(self.separator.currentData()),
            decimal=DecimalMark(self.decimal.currentData()),
            date_order=DateOrder(self.date_order.currentData()),
            line_words={
                kind: tuple(w.strip() for w in edit.text().split(",") if w.strip())
                for kind, edit in self.words.items()
            },
        )

    def show_values(self) -> None:
        """Each chosen column's first values, read now with the current choices."""
        if self._sample is None:
            return
        choice = self.choice()
        for name, label in self.values.items():
            cells = read_column(choice, name, self._sample)
            text, ok = cells_text(cells, money=name in MONEY_FIELDS)
            label.setText(text)
            set_state(label, "ok", ok)

    # --- saving ----------------------------------------------------------------------------
    def save_profile(self) -> None:
        try:
            self.profile = save_profile(self.choice(), self._folder)
        except InputError as exc:
            self._show_error(str(exc))
            return
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def _combo(choices: Sequence[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    for label, value in choices:
        combo.addItem(label, value)
    return combo


def _suggested_name(path: Path) -> str:
    """'Cassa Bar (May).csv' suggests 'cassa-bar-may'; the owner may change it."""
    word = "".join(ch if ch.isascii() and ch.isalnum() else "-" for ch in path.stem.casefold())
    return "-".join(part for part in word.split("-") if part)[:40] or "till"
