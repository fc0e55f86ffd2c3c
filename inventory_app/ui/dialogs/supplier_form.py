"""One supplier's details as the Suppliers dialog edits them: what heads their order
(name, address, P.IVA), whom to reach, when to order, their lead time and language.

The form holds no rule: it turns its fields into a SupplierSpec and back, and shows a
refusal of the service beside the field it names (the column of the suppliers file).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from inventory_app.domain.errors import InputError
from inventory_app.domain.ordering import WEEKDAYS, order_weekdays
from inventory_app.i18n.catalogue import N_, NC_, tr, trc
from inventory_app.i18n.formats import WEEKDAYS_SHORT
from inventory_app.services.catalogue.places import SupplierSpec
from inventory_app.services.ordering.supplier_records import SupplierRecord
from inventory_app.ui.styling import named

MAX_LEAD_DAYS = 90
# field (SupplierSpec's and the suppliers file's column), label, placeholder
LINES = (
    ("name", N_("Name"), N_("as on their invoices")),
    ("contact", N_("Contact"), N_("whom to ask for")),
    ("email", N_("Email"), N_("where the prepared email of an order goes")),
    ("phone", N_("Phone"), N_("e.g. +39 041 555 0142")),
    ("vat_number", N_("VAT number (P.IVA)"), N_("e.g. IT05550142029")),
)
CHOICE = "supplier language"  # a choice in a list: capitalised, unlike mid-sentence
LANGUAGE_CHOICES = (
    (NC_("supplier language", "The bar's language"), None),
    (NC_("supplier language", "Italian"), "it"),
    (NC_("supplier language", "English"), "en"),
)
LABELS = dict(
    [(f, label) for f, label, _ in LINES]
    + [("address", N_("Address")), ("order_days", N_("Order days")),
       ("lead_time_days", N_("Lead time (days)")), ("language", N_("Language")),
       ("notes", N_("Notes"))]
)  # fmt: skip


class SupplierForm(QWidget):
    """Two columns of fields: who they are on the left, how the bar orders on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: dict[str, QLineEdit] = {}
        left, right = QFormLayout(), QFormLayout()
        for field, label, placeholder in LINES:
            edit = QLineEdit(placeholderText=tr(placeholder))
            edit.setObjectName(field)
            self.lines[field] = edit
            left.addRow(tr(label), edit)
        self.lead_time = QSpinBox(minimum=0, maximum=MAX_LEAD_DAYS)
        self.language = QComboBox()
        for text, code in LANGUAGE_CHOICES:
            self.language.addItem(trc(CHOICE, text), code)
        left.addRow(tr(LABELS["lead_time_days"]), self.lead_time)
        left.addRow(tr(LABELS["language"]), self.language)
        self.address = self._text_box(4, tr("street and number, then postcode and town"))
        self.notes = self._text_box(2, tr("for you only: never on a document"))
        self.days = [QCheckBox(tr(short)) for short in WEEKDAYS_SHORT]
        days = QHBoxLayout()
        for box in self.days:
            days.addWidget(box)
        days.addStretch(1)
        self.observed = QLabel()
        self.observed.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        right.addRow(tr(LABELS["address"]), self.address)
        right.addRow(tr(LABELS["order_days"]), days)
        right.addRow(tr(LABELS["notes"]), self.notes)
        right.addRow(tr("Observed"), self.observed)
        self.error = named(QLabel(self, wordWrap=True), "dialogError")  # the dialog places it
        self.error.hide()
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

    def _text_box(self, lines: int, placeholder: str) -> QPlainTextEdit:
        box = QPlainTextEdit(placeholderText=placeholder)
        box.setTabChangesFocus(True)  # Tab moves on, as in the line fields beside it
        height = box.fontMetrics().lineSpacing() * lines + 14
        box.setFixedHeight(height)
        return box

    # --- to and from a supplier ----------------------------------------------------------
    def show_record(self, record: SupplierRecord | None) -> None:
        """A supplier's details, or an empty form for a new one (its name may be typed)."""
        spec = record.spec if record is not None else SupplierSpec("")
        for field, edit in self.lines.items():
            edit.setText(getattr(spec, field))
        self.lines["name"].setReadOnly(record is not None)  # suppliers are found by name
        self.lead_time.setValue(spec.lead_time_days)
        self.language.setCurrentIndex(max(self.language.findData(spec.language), 0))
        self.address.setPlainText(spec.address)
        self.notes.setPlainText(spec.notes)
        self._set_days(spec.order_days)
        self.observed.setText(record.lead.observed_text() if record is not None else "")
        self.show_error(None)

    def _set_days(self, order_days: str) -> None:
        try:
            chosen = order_weekdays(order_days)
        except InputError:  # an old value the service would refuse now: shown unticked
            chosen = frozenset()
        for number, box in enumerate(self.days):
            box.setChecked(number in chosen)

    def spec(self) -> SupplierSpec:
        """The fields as typed; the service checks them."""
        days = ";".join(WEEKDAYS[i].title() for i, box in enumerate(self.days) if box.isChecked())
        return SupplierSpec(
            **{field: edit.text() for field, edit in self.lines.items()},
            lead_time_days=self.lead_time.value(), order_days=days,
            language=self.language.currentData(), address=self.address.toPlainText(),
            notes=self.notes.toPlainText(),
        )  # fmt: skip

    def show_error(self, error: InputError | None) -> None:
        """The refusal beside nothing but its words, headed by the field it names; focus there."""
        if error is None:
            self.error.hide()
            return
        label = LABELS.get(error.column or "")
        self.error.setText(f"{tr(label)}: {error.detail}" if label else str(error))
        self.error.show()
        where = self.field_widget(error.column or "")
        if where is not None:
            where.setFocus()

    def field_widget(self, field: str) -> QWidget | None:
        widgets: dict[str, QWidget] = {
            **self.lines, "address": self.address, "notes": self.notes,
            "lead_time_days": self.lead_time, "language": self.language,
            "order_days": self.days[0],
        }  # fmt: skip
        return widgets.get(field)
