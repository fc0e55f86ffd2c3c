"""The settings dialog's Bar tab: the bar's details that head every order to a supplier.

Each field is a setting (`bar_<field>`, services/settings.py) checked by the same rule the
service applies, as it is typed: the dialog registers these fields beside its own and
saves them in the same transaction. The VAT a supplier adds to an order is here too, and
the folder the orders' documents go to (a folder per month in it).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inventory_app.i18n.catalogue import N_, tr
from inventory_app.services.bar_logo import bar_logo, describe_logo
from inventory_app.services.ordering.order_export import default_documents_root
from inventory_app.services.settings import DOCUMENT_FORMAT, DOCUMENTS_FOLDER, ORDER_VAT
from inventory_app.ui import operations
from inventory_app.ui.context import AppContext
from inventory_app.ui.file_choice import open_path
from inventory_app.ui.ops import read_now

# key, label, placeholder: in the order an order's heading reads them (translated when shown)
BAR_FIELDS = (
    ("bar_name", N_("Name"), N_("e.g. La Chiusa Cocktail Bar")),
    ("bar_legal_name", N_("Company name"), N_("e.g. La Chiusa di Teresa Colombo & C. S.a.s.")),
    ("bar_vat_number", N_("VAT number (P.IVA)"), N_("e.g. IT09648150150")),
    ("bar_address", N_("Address"), N_("e.g. Alzaia Naviglio Grande 48, 20144 Milano MI")),
    ("bar_delivery_address", N_("Delivery address"), N_("empty: the address above")),
    ("bar_receiving_hours", N_("Receiving hours"), N_("e.g. Mon–Fri 10:00–13:00")),
    ("bar_contact", N_("Contact person"), N_("who receives deliveries")),
    ("bar_phone", N_("Phone"), N_("e.g. +39 02 5555 0148")),
    ("bar_email", N_("Email"), N_("e.g. ordini@lachiusa.it")),
    (ORDER_VAT, N_("VAT on orders to suppliers (%)"), N_("e.g. 22")),
    (DOCUMENTS_FOLDER, N_("Folder for order documents"), ""),  # placeholder: the default
)
DOCUMENT_FORMAT_NAMES = (
    (N_("PDF and Excel"), "both"),
    (N_("PDF only"), "pdf"),
    (N_("Excel only"), "xlsx"),
)
LOGO_KINDS = N_("Images (*.png *.jpg *.jpeg *.svg)")
BAR_NOTE = N_(
    "These details head every order sent to a supplier, in the supplier's language. Unit "
    "costs are before VAT; the VAT above is added on the order."
)


class BarSection(QWidget):
    """A form of line edits; `fields` and `errors` join the dialog's, which checks and saves."""

    def __init__(
        self, context: AppContext, check: Callable[[str], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.fields: dict[str, QLineEdit] = {}
        self.choices: dict[str, QComboBox] = {}  # joined to the dialog's fields too
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout(self)
        note = QLabel(tr(BAR_NOTE), wordWrap=True)
        form.addRow(note)
        for key, label, placeholder in BAR_FIELDS:
            edit = QLineEdit(placeholderText=tr(placeholder) if placeholder else "")
            edit.setObjectName(key)
            edit.textEdited.connect(lambda _text, k=key: check(k))
            error = QLabel(wordWrap=True)
            error.setObjectName("fieldError")
            error.hide()
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(edit)
            column.addWidget(error)
            form.addRow(tr(label), cell)
            self.fields[key], self.errors[key] = edit, error
        self.choices[DOCUMENT_FORMAT] = self._formats(check)
        never = QLabel()  # a choice of three is never wrong: its error stays hidden
        never.setObjectName("fieldError")
        never.hide()
        self.errors[DOCUMENT_FORMAT] = never
        form.addRow(tr("Order documents as"), self.choices[DOCUMENT_FORMAT])
        default = read_now(context.database, default_documents_root)
        self.fields[DOCUMENTS_FOLDER].setPlaceholderText(
            tr("empty: {folder}, a folder per month in it").format(folder=default)
        )
        form.addRow(tr("Logo"), self._logo_row())
        self.show_logo()

    @staticmethod
    def _formats(check: Callable[[str], object]) -> QComboBox:
        """Which files Export and Send write for each supplier."""
        formats = QComboBox()
        formats.setObjectName(DOCUMENT_FORMAT)
        for text, value in DOCUMENT_FORMAT_NAMES:
            formats.addItem(tr(text), value)
        formats.currentIndexChanged.connect(lambda _i: check(DOCUMENT_FORMAT))
        return formats

    def _logo_row(self) -> QWidget:
        """What is kept, and two buttons that change it at once (as Back up now does)."""
        self.logo_label = QLabel()
        self.choose_logo = QPushButton(tr("Choose…"))
        self.choose_logo.clicked.connect(self.pick_logo)
        self.remove_logo = QPushButton(tr("Remove"))
        self.remove_logo.clicked.connect(lambda: self.change_logo(None))
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.logo_label, 1)
        line.addWidget(self.choose_logo)
        line.addWidget(self.remove_logo)
        self.logo_buttons = (self.choose_logo, self.remove_logo)  # read-only: both off
        return row

    def show_logo(self) -> None:
        kept = describe_logo(read_now(self._context.database, bar_logo))
        self.logo_label.setText(kept or tr("none: orders print without one"))
        self.remove_logo.setEnabled(bool(kept))

    def pick_logo(self) -> None:
        path = open_path(self, tr("Choose the bar's logo"), tr(LOGO_KINDS))
        if path is not None:
            self.change_logo(path)

    def change_logo(self, path: Path | None) -> None:
        """The image at `path` kept, or none; a file that cannot be read is named."""
        try:
            data = None if path is None else path.read_bytes()
        except OSError as unread:
            message = tr("cannot read {path}: {error}").format(path=path, error=unread.strerror)
            QMessageBox.warning(self, tr("Logo not changed"), message)
            return
        refused = operations.set_bar_logo(self._context, data=data)
        if refused is not None:
            QMessageBox.warning(self, tr("Logo not changed"), str(refused))
        self.show_logo()
