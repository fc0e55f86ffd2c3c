"""A new person (name, role, PIN twice) or a new PIN for someone (PIN twice)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from inventory_app.domain.credentials import PIN_DIGITS
from inventory_app.domain.permissions import Role
from inventory_app.i18n.catalogue import NC_, tr, trc
from inventory_app.ui.dialogs.buttons import standard_buttons
from inventory_app.ui.styling import named

# The roles as people read them (the stored value stays the English word).
ROLE_LABELS = {Role.OWNER: NC_("role", "owner"), Role.BARTENDER: NC_("role", "bartender")}


def role_label(role: Role) -> str:
    """'owner' / 'titolare', 'bartender' / 'barista'."""
    return trc("role", ROLE_LABELS[role])


@dataclass(frozen=True)
class PersonAnswer:
    name: str
    role: Role | None
    pin: str


class PersonDialog(QDialog):
    """The two PINs must match before it closes; the service checks the rest."""

    def __init__(self, parent: QWidget | None, *, title: str, with_name: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.name = named(QLineEdit(), "personName")
        self.role = named(QComboBox(), "personRole")
        for role in (Role.BARTENDER, Role.OWNER):
            self.role.addItem(role_label(role), role)
        self.pin = self._secret("personPin")
        self.repeat = self._secret("personPinRepeat")
        self.message = named(QLabel(wordWrap=True), "fieldError")
        form = QFormLayout()
        if with_name:
            form.addRow(tr("&Name"), self.name)
            form.addRow(tr("&Role"), self.role)
        low, high = PIN_DIGITS
        form.addRow(tr("&PIN ({low} to {high} digits)").format(low=low, high=high), self.pin)
        form.addRow(tr("&Again"), self.repeat)
        buttons = standard_buttons(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.message)
        column.addWidget(buttons)
        self._with_name = with_name
        self.answer: PersonAnswer | None = None

    @classmethod
    def ask(cls, parent: QWidget | None, *, title: str, with_name: bool) -> PersonAnswer | None:
        dialog = cls(parent, title=title, with_name=with_name)
        return dialog.answer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _secret(self, name: str) -> QLineEdit:
        field = named(QLineEdit(), name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def accept(self) -> None:
        if self._with_name and not self.name.text().strip():
            self.message.setText(tr("Give their name."))
            return
        if self.pin.text() != self.repeat.text():
            self.message.setText(tr("The two PINs differ: type the same PIN twice."))
            return
        role = Role(self.role.currentData()) if self._with_name else None
        self.answer = PersonAnswer(self.name.text(), role, self.pin.text())
        super().accept()
