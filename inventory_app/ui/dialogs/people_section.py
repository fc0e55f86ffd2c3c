"""File > Settings > People: who works at the bar, their role and PIN (owner only).

Each button is one service call in its own transaction (services/people/roster.py), saved at
once like the CLI's `user` commands; a bartender sees the list, read-only, with why.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inventory_app.domain.errors import InventoryError
from inventory_app.domain.permissions import Action, Role
from inventory_app.i18n.catalogue import tr, trc
from inventory_app.services.people.roster import UserRow
from inventory_app.ui import people_operations, queries
from inventory_app.ui.context import AppContext
from inventory_app.ui.dialogs.person_dialog import PersonDialog, role_label
from inventory_app.ui.models.row_table_model import RowColumn, RowTableModel
from inventory_app.ui.styling import named


def _yes(flag: bool) -> str:
    return tr("yes") if flag else tr("no")


class PeopleModel(RowTableModel[UserRow]):
    """Everyone, active or not, by name: their role, whether active, whether they have a PIN."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                RowColumn(tr("Name"), lambda u: u.name),
                RowColumn(tr("Role"), lambda u: role_label(u.role)),
                RowColumn(tr("Active"), lambda u: _yes(u.active)),
                RowColumn(tr("PIN"), _pin_state),
            ],
            parent,
        )


class PeopleSection(QWidget):
    """The list and its buttons: Add person, Set PIN, Disable / Enable."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.model = PeopleModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable_buttons())
        self.why = named(QLabel(wordWrap=True), "readOnlyReason")
        self.message = named(QLabel(wordWrap=True), "fieldError")
        self.add_button = QPushButton(tr("Add person…"))
        self.add_button.clicked.connect(self.add_person)
        self.pin_button = QPushButton(tr("Set PIN…"))
        self.pin_button.clicked.connect(self.set_pin)
        self.active_button = QPushButton(tr("Disable"))
        self.active_button.clicked.connect(self.toggle_active)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.pin_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.why)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)
        column.addWidget(self.message)
        self.owner = context.may(Action.MANAGE_USERS)
        self.why.setText(
            tr("Changes to people are saved at once.")
            if self.owner
            else tr(
                "Only the owner manages people: you are signed in as {name}, bartender. "
                "The list is shown read-only."
            ).format(name=context.user)
        )
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        current = self.chosen()
        chosen = select or (current.name if current is not None else None)
        self.model.set_rows(queries.load_all_people(self._context.database))
        names = [u.name for u in self.model.rows]
        if chosen in names:
            self.table.selectRow(names.index(chosen))
        self._enable_buttons()

    def chosen(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _enable_buttons(self) -> None:
        person = self.chosen()
        self.add_button.setEnabled(self.owner)
        self.pin_button.setEnabled(self.owner and person is not None)
        has_pin = person is not None and person.has_secret
        self.pin_button.setText(tr("Reset PIN…") if has_pin else tr("Set PIN…"))
        self.active_button.setEnabled(self.owner and person is not None)
        disabled = person is not None and not person.active
        self.active_button.setText(tr("Enable") if disabled else tr("Disable"))

    def add_person(self) -> None:
        answer = PersonDialog.ask(self, title=tr("Add a person"), with_name=True)
        if answer is None:
            return
        role = answer.role or Role.BARTENDER
        self._done(
            people_operations.add_person(
                self._context, name=answer.name, role=role, pin=answer.pin
            ),
            select=" ".join(answer.name.split()),
            said=tr("Added {name} ({role}) with a PIN.").format(
                name=answer.name.strip(), role=role_label(role)
            ),
        )

    def set_pin(self) -> None:
        person = self.chosen()
        if person is None:
            return
        title = tr("New PIN for {name}").format(name=person.name)
        answer = PersonDialog.ask(self, title=title, with_name=False)
        if answer is not None:
            error = people_operations.set_person_pin(
                self._context, name=person.name, pin=answer.pin
            )
            said = tr("The PIN of {name} is set.").format(name=person.name)
            self._done(error, select=person.name, said=said)

    def toggle_active(self) -> None:
        person = self.chosen()
        if person is None:
            return
        error = people_operations.set_person_active(
            self._context, name=person.name, active=not person.active
        )
        said = tr("{name} is enabled.") if not person.active else tr("{name} is disabled.")
        self._done(error, select=person.name, said=said.format(name=person.name))

    def _done(self, error: object, *, select: str, said: str) -> None:
        if isinstance(error, InventoryError):
            self.message.setObjectName("fieldError")
            self.message.setText(tr("Not saved: {reason}").format(reason=error))
        else:
            self.message.setObjectName("savedNote")
            self.message.setText(said)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.refresh(select)


def _pin_state(user: UserRow) -> str:
    return trc("pin", "set") if user.has_secret else tr("none: cannot sign in")
