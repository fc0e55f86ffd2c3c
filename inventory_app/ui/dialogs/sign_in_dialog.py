"""Sign in or switch user: tap your name, type your PIN on the pad.

Locked (at start, after the idle time) it cannot be dismissed: someone has to sign in.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inventory_app.domain.permissions import Actor
from inventory_app.i18n.catalogue import tr, trc
from inventory_app.services.people.roster import UserRow
from inventory_app.ui import people_operations, queries
from inventory_app.ui.context import AppContext
from inventory_app.ui.dialogs.person_dialog import role_label
from inventory_app.ui.dialogs.pin_pad import PinPad
from inventory_app.ui.styling import named

NAME_HEIGHT = 64  # rows a finger can hit
NAME_POINTS = 15
SIZE = QSize(760, 600)
MARGIN = 24
Name = Qt.ItemDataRole.UserRole


class SignInDialog(QDialog):
    """Accepted once someone signed in; the context then names them.

    Ctrl+Q quits from here as from the window (`quit_requested`: the window closes).
    """

    quit_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, locked: bool):
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(tr("Locked: sign in") if locked else tr("Switch user"))
        self.setModal(True)
        self._context = context
        self._locked = locked
        users, self._no_pins_yet = queries.load_people(context.database)
        self.people = named(QListWidget(), "signInPeople")
        self.people.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        font = self.people.font()
        font.setPointSize(NAME_POINTS)
        self.people.setFont(font)
        for user in users:
            item = QListWidgetItem(f"{user.name}  ·  {role_label(user.role)}", self.people)
            item.setData(Name, user)
            item.setSizeHint(QSize(220, NAME_HEIGHT))
        self.people.currentRowChanged.connect(lambda _row: self._picked())
        self.pad = PinPad()
        self.pad.entered.connect(self._sign_in)
        self.message = named(QLabel(), "signInMessage")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(48)  # two lines: the pad does not jump when it speaks
        self.cancel = QPushButton(trc("button", "Cancel"))
        self.cancel.clicked.connect(self.reject)
        self.cancel.setVisible(not locked)
        self.demo_hint = named(QLabel(), "signInDemo")
        self.demo_hint.setWordWrap(True)
        pins = queries.load_demo_pins(context.database)
        self.demo_hint.setText(_demo_text(pins))
        self.demo_hint.setVisible(bool(pins))
        quit_action = QAction(tr("Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.quit_requested.emit)
        self.addAction(quit_action)
        self._lay_out()
        # A wrapped label asks for one line's height: give the demo's hint the lines it
        # takes at the dialog's width, or the pad below it is squeezed and cut.
        text_width = SIZE.width() - 2 * MARGIN
        self.demo_hint.setMinimumHeight(self.demo_hint.heightForWidth(text_width))
        # Never smaller than the layout needs: at exactly SIZE the pad's bottom row was cut.
        self.setMinimumSize(SIZE.expandedTo(self.minimumSizeHint()))
        self._select(context.user)

    @property
    def locked(self) -> bool:
        return self._locked

    def _lay_out(self) -> None:
        pad_side = QVBoxLayout()
        self.prompt = named(QLabel(), "signInPrompt")
        pad_side.addWidget(self.prompt)
        pad_side.addWidget(self.pad)
        pad_side.addWidget(self.message)
        pad_side.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignRight)
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addWidget(self.people, 1)
        row.addLayout(pad_side)
        column = QVBoxLayout(self)
        column.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        column.setSpacing(16)
        column.addWidget(self.demo_hint)
        column.addLayout(row, 1)

    def _select(self, name: str) -> None:
        for row in range(self.people.count()):
            if self.user_at(row).name == name:
                self.people.setCurrentRow(row)
                return
        self.people.setCurrentRow(0)

    def user_at(self, row: int) -> UserRow:
        user: UserRow = self.people.item(row).data(Name)
        return user

    def chosen(self) -> UserRow | None:
        row = self.people.currentRow()
        return self.user_at(row) if row >= 0 else None

    def _picked(self) -> None:
        self.pad.clear()
        self.message.clear()
        self.pad.setFocus()
        user = self.chosen()
        prompt = tr("PIN for {name}").format(name=user.name) if user else tr("Tap your name")
        self.prompt.setText(prompt)

    def pick(self, name: str) -> None:
        """Choose a person by name (a tap on the list does the same)."""
        self._select(name)

    def _sign_in(self, pin: str) -> None:
        user = self.chosen()
        if user is None:
            return
        result = people_operations.sign_in(self._context, name=user.name, secret=pin)
        self.pad.clear()
        if isinstance(result, Actor):
            self.accept()
        else:
            self.message.setText(str(result))

    def reject(self) -> None:
        """Escape or Cancel: only when switching, never out of a locked window."""
        if not self._locked:
            super().reject()


def _demo_text(pins: list[tuple[str, str]]) -> str:
    """The demo bar says its PINs (services/demo/bar.py decides when it still may)."""
    said = tr(" and ").join(f"{name}: {pin}" for name, pin in pins)
    return tr(
        "This is the demo bar. Its PINs are {pins}. Give everyone their own PIN in "
        "File › Settings › People; this note then goes away."
    ).format(pins=said)
