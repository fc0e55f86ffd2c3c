"""The Sell page's touch widgets: drink tiles, the channel toggle, the quantity stepper, and
one row of the last sales with its Undo."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from inventory_app.domain.display import heading_word
from inventory_app.domain.money import format_money
from inventory_app.domain.recipes import Channel
from inventory_app.i18n.catalogue import tr
from inventory_app.ui.styling import named, set_state

DRINK_BUTTON_SIZE = QSize(156, 96)
MIN_QUANTITY = 1
MAX_QUANTITY = 20
_NAME_COLOUR = QColor("#1e2733")
_PRICE_COLOUR = QColor("#5a626e")
_PRESSED_TEXT = QColor("white")


def price_text(price: Decimal | None) -> str:
    """'€ 9.00' on a button; a drink without a price says so rather than showing 0."""
    return format_money(price) if price is not None else tr("no price")


class DrinkButton(QPushButton):
    """One menu cocktail: its name large and wrapped, its price below; one tap sells it.

    Where `may_drag` allows it (the owner), pressing and moving past the drag distance
    carries the tile instead: no sale, and `dropped` says where it was let go.
    """

    dragged = Signal(object, QPoint)  # the tile, the global point under the finger
    dropped = Signal(object, QPoint)

    def __init__(
        self,
        recipe_id: int,
        name: str,
        price: Decimal | None,
        *,
        may_drag: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(name)
        self.setObjectName("drink")
        self.recipe_id = recipe_id
        self.price = price
        self._may_drag = may_drag
        self._pressed_at: QPoint | None = None
        self.dragging = False
        self.setMinimumSize(DRINK_BUTTON_SIZE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(DRINK_BUTTON_SIZE.height())
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setToolTip(tr("Sell {drink} ({price})").format(drink=name, price=price_text(price)))
        self.setAccessibleName(tr("Sell {drink}").format(drink=name))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Remember where a press began: a move from there may turn it into a drag."""
        self._pressed_at = event.position().toPoint()
        self.dragging = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Past the drag distance the tile is carried, and the press will not sell."""
        held = bool(event.buttons() & Qt.MouseButton.LeftButton)
        if held and self._pressed_at is not None and not self.dragging and self._may_drag():
            moved = (event.position().toPoint() - self._pressed_at).manhattanLength()
            if moved >= QApplication.startDragDistance():
                self.dragging = True
                self.setDown(False)
                set_state(self, "dragging", True)
        if self.dragging:
            self.dragged.emit(self, event.globalPosition().toPoint())
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A carried tile is dropped (not clicked: the button is no longer down)."""
        carried, self.dragging, self._pressed_at = self.dragging, False, None
        if carried:
            set_state(self, "dragging", False)
            self.setDown(False)
        super().mouseReleaseEvent(event)
        if carried:
            self.dropped.emit(self, event.globalPosition().toPoint())

    def set_price(self, price: Decimal | None) -> None:
        self.price = price
        self.setToolTip(
            tr("Sell {drink} ({price})").format(drink=self.text(), price=price_text(price))
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The styled panel without its text, then the name (wrapped) and price ourselves."""
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        pressed = bool(option.state & QStyle.StateFlag.State_Sunken)
        inner = self.rect().adjusted(12, 10, -12, -10)
        name_font = QFont(self.font())
        name_font.setPixelSize(19)
        name_font.setWeight(QFont.Weight.DemiBold)
        price_font = QFont(self.font())
        price_font.setPixelSize(15)
        price_height = 20
        name_rect = QRect(inner.left(), inner.top(), inner.width(), inner.height() - price_height)
        painter.setFont(name_font)
        painter.setPen(_PRESSED_TEXT if pressed else _NAME_COLOUR)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(name_rect, int(flags), self.text())
        painter.setFont(price_font)
        painter.setPen(_PRESSED_TEXT if pressed else _PRICE_COLOUR)
        price_rect = QRect(inner.left(), inner.bottom() - price_height, inner.width(), price_height)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
        painter.drawText(price_rect, int(align), price_text(self.price))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)


class ChannelToggle(QWidget):
    """Two big exclusive buttons: where the next drink goes."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[Channel, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        for number, channel in enumerate(Channel):
            button = QPushButton(heading_word(channel.label))
            button.setObjectName("channelFirst" if number == 0 else "channelLast")
            button.setCheckable(True)
            button.setMinimumHeight(56)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.group.addButton(button)
            self.buttons[channel] = button
            row.addWidget(button)
        self.group.buttonToggled.connect(self._toggled)

    def channel(self) -> Channel:
        return next(c for c, b in self.buttons.items() if b.isChecked())

    def set_channel(self, channel: Channel) -> None:
        self.buttons[channel].setChecked(True)

    def _toggled(self, _button: QPushButton, checked: bool) -> None:
        if checked:
            self.changed.emit(self.channel())


class QuantityStepper(QWidget):
    """− 1 +: how many of the next drink, 1 to 20, in big touch targets."""

    changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = MIN_QUANTITY
        self.minus = self._button("−", tr("One fewer"))
        self.plus = self._button("+", tr("One more"))
        self.label = QLabel()
        self.label.setObjectName("quantity")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setMinimumWidth(64)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.minus)
        row.addWidget(self.label, 1)
        row.addWidget(self.plus)
        self.minus.clicked.connect(lambda: self.set_value(self._value - 1))
        self.plus.clicked.connect(lambda: self.set_value(self._value + 1))
        self.set_value(MIN_QUANTITY)

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName("stepper")
        button.setFixedSize(64, 56)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setAutoRepeat(True)
        return button

    def value(self) -> int:
        return self._value

    def set_value(self, value: int) -> None:
        self._value = max(MIN_QUANTITY, min(MAX_QUANTITY, value))
        self.label.setText(f"× {self._value}")
        self.minus.setEnabled(self._value > MIN_QUANTITY)
        self.plus.setEnabled(self._value < MAX_QUANTITY)
        self.changed.emit(self._value)


class RecentSaleRow(QFrame):
    """One of the last sales: '2 × Negroni', 'take-away · 21:04', and its own Undo."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recentSale")
        self.what = named(QLabel(), "recentWhat")
        self.when = named(QLabel(), "recentWhen")
        self.undo = named(QPushButton(tr("Undo")), "undoRecent")
        self.undo.setFixedSize(76, 44)
        self.undo.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        text = QVBoxLayout()
        text.setContentsMargins(0, 0, 0, 0)
        text.setSpacing(0)
        text.addWidget(self.what)
        text.addWidget(self.when)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 4)
        row.setSpacing(8)
        row.addLayout(text, 1)
        row.addWidget(self.undo)

    def show_sale(self, what: str, when: str, *, width: int) -> None:
        """The drink elided to `width` pixels (the whole of it in the tooltip)."""
        room = width - self.undo.width() - 8
        metrics = self.what.fontMetrics()
        self.what.setText(metrics.elidedText(what, Qt.TextElideMode.ElideRight, room))
        self.what.setToolTip(what if self.what.text() != what else "")
        self.when.setText(when)
        self.undo.setAccessibleName(tr("Undo {sale} ({when})").format(sale=what, when=when))
        self.undo.setToolTip(tr("Undo {sale}: its ingredients go back in stock").format(sale=what))


def caption(text: str) -> QLabel:
    """A small grey heading over a group of controls."""
    label = QLabel(text.upper())
    label.setObjectName("caption")
    return label


def stacked(*widgets: QWidget, spacing: int = 6) -> QWidget:
    """Widgets one above the other, no margins."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(spacing)
    for widget in widgets:
        column.addWidget(widget)
    return box
