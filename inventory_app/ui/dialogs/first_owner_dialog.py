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
from inventory_app.ui import operations
from inventory_app.ui.context import AppContext
from inventory_app.ui.styling import named


class FirstOwnerDialog(QDialog):
    """Accepted once the owner exists with a PIN and is signed in."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstOwnerDialog")
        self.setWindowTitle("Welcome: who owns this bar?")
        self._context = context
        self.name = named(QLineEdit(), "ownerName")
        self.name.setPlaceholderText("Your name, as it should appear on every change")
        self.pin = self._secret("ownerPin")
        self.repeat = self._secret("ownerPinRepeat")
        self.message = named(QLabel(), "firstOwnerMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.save = buttons.addButton("Save and sign in", QDialogButtonBox.ButtonRole.AcceptRole)
        self.later = buttons.addButton("Not now", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save_owner)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("&Name", self.name)
        low, high = PIN_DIGITS
        form.addRow(f"&PIN ({low} to {high} digits)", self.pin)
        form.addRow("&Again", self.repeat)
        column = QVBoxLayout(self)
        column.addWidget(
            QLabel(
                "Every sale, opening and change is signed with a name. Bartenders are "
                "added later in File › Settings › People, each with their own PIN."
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
            self.message.setText("The two PINs differ: type the same PIN twice.")
            return
        result = operations.create_first_owner(
            self._context, name=self.name.text(), pin=self.pin.text()
        )
        if isinstance(result, Actor):
            self.accept()
        else:
            self.message.setText(str(result))
