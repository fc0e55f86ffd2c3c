"""A PIN pad for the touch screen at the window: big digits, Backspace, OK; keyboard too."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from inventory_app.ui.styling import named

KEY_SIZE = 76  # a fingertip, with room to miss
MAX_DIGITS = 12
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
        button = named(QPushButton(key), "pinOk" if key == OK else "pinKey")
        button.setFixedSize(KEY_SIZE, KEY_SIZE)
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
        elif key.isdigit() and len(self.pin) < MAX_DIGITS:
            self.display.setText(self.pin + key)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits (also the number block), Backspace and Enter do what their keys do."""
        key = event.key()
        if event.text().isdigit():
            self.press(event.text())
        elif key == Qt.Key.Key_Backspace:
            self.press(BACKSPACE)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.press(OK)
        else:
            super().keyPressEvent(event)
