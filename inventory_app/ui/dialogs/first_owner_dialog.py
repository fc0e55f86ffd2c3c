"""The first start: the owner's name and PIN, so the bar's changes carry real names.

"Not now" keeps working as the nameless owner without a PIN; the window asks again next time.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from inventory_app.domain.credentials import PIN_DIGITS
from inventory_app.domain.permissions import Actor
from inventory_app.i18n.catalogue import tr
from inventory_app.ui import people_operations
from inventory_app.ui.context import AppContext
from inventory_app.ui.styling import named


class FirstOwnerDialog(QDialog):
    """Accepted once the owner exists with a PIN and is signed in."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstOwnerDialog")
        self.setWindowTitle(tr("Welcome: who owns this bar?"))
        self._context = context
        self.name = named(QLineEdit(), "ownerName")
        self.name.setPlaceholderText(tr("Your name, as it should appear on every change"))
        self.pin = self._secret("ownerPin")
        self.repeat = self._secret("ownerPinRepeat")
        self.message = named(QLabel(), "firstOwnerMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox()
        role = QDialogButtonBox.ButtonRole
        self.save = buttons.addButton(tr("Save and sign in"), role.AcceptRole)
        self.later = buttons.addButton(tr("Not now"), role.RejectRole)
        buttons.accepted.connect(self.save_owner)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("&Name"), self.name)
        low, high = PIN_DIGITS
        form.addRow(tr("&PIN ({low} to {high} digits)").format(low=low, high=high), self.pin)
        form.addRow(tr("&Again"), self.repeat)
        column = QVBoxLayout(self)
        column.addWidget(
            QLabel(
                tr(
                    "Every sale, opening and change is signed with a name. Bartenders are "
                    "added later in File › Settings › People, each with their own PIN."
                )
            )
        )
        column.addLayout(form)
        column.addWidget(self.message)
        column.addWidget(buttons)

    def _secret(self, name: str) -> QLineEdit:
        field = named(QLineEdit(), name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def save_owner(self) -> None:
        if self.pin.text() != self.repeat.text():
            self.message.setText(tr("The two PINs differ: type the same PIN twice."))
            return
        result = people_operations.create_first_owner(
            self._context, name=self.name.text(), pin=self.pin.text()
        )
        if isinstance(result, Actor):
            self.accept()
        else:
            self.message.setText(str(result))
