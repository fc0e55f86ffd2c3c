"""A PIN pad for the touch screen at the window: big digits, Backspace, OK; keyboard too."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from inventory_app.i18n.catalogue import trc
from inventory_app.ui.styling import named

KEY_SIZE = 76  # a fingertip, with room to miss
KEY_POINTS = 18
MAX_LENGTH = 64  # a password typed on a keyboard fits too
BACKSPACE = "⌫"
OK = "OK"
LAYOUT = ("123", "456", "789", (BACKSPACE, "0", OK))


class PinPad(QWidget):
    """Emits `entered(pin)` on OK or Enter; the digits never show, only dots."""

    entered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.display = named(QLineEdit(), "pinDisplay")
        self.display.setEchoMode(QLineEdit.EchoMode.Password)
        self.display.setReadOnly(True)
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setMinimumHeight(52)
        self.display.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        font = self.display.font()
        font.setPointSize(KEY_POINTS)
        self.display.setFont(font)
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(10)
        for row, keys in enumerate(LAYOUT):
            for column, key in enumerate(keys):
                grid.addWidget(self._key(key), row, column)
        column_box = QVBoxLayout(self)
        column_box.setContentsMargins(0, 0, 0, 0)
        column_box.setSpacing(12)
        column_box.addWidget(self.display)
        column_box.addLayout(grid)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _key(self, key: str) -> QPushButton:
        label = trc("button", "OK") if key == OK else key
        button = named(QPushButton(label), "pinOk" if key == OK else "pinKey")
        button.setFixedSize(KEY_SIZE, KEY_SIZE)
        font = button.font()
        font.setPointSize(KEY_POINTS)
        button.setFont(font)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the pad keeps the keyboard
        button.setAutoRepeat(key == BACKSPACE)
        button.clicked.connect(lambda _checked=False, k=key: self.press(k))
        self.keys[key] = button
        return button

    @property
    def pin(self) -> str:
        return self.display.text()

    def clear(self) -> None:
        self.display.clear()

    def press(self, key: str) -> None:
        """One key, from a finger or the keyboard."""
        if key == BACKSPACE:
            self.display.setText(self.pin[:-1])
        elif key == OK:
            if self.pin:
                self.entered.emit(self.pin)
        elif len(key) == 1 and key.isprintable() and len(self.pin) < MAX_LENGTH:
            self.display.setText(self.pin + key)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits (also the number block), Backspace and Enter do what their keys do.

        Letters are taken too: someone with a password rather than a PIN types it here.
        """
        key = event.key()
        if key == Qt.Key.Key_Backspace:
            self.press(BACKSPACE)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.press(OK)
        elif len(event.text()) == 1 and event.text().isprintable() and event.text() != " ":
            self.press(event.text())
        else:
            super().keyPressEvent(event)
