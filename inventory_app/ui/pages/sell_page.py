"""The Sell page: the bartender's screen at the window, made for a finger, not a mouse."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from inventory_app.domain.errors import InventoryError
from inventory_app.domain.recipes import Channel
from inventory_app.services.selling import MenuEntry, SaleResult
from inventory_app.services.stock import Shortage
from inventory_app.ui import formatting, operations, queries
from inventory_app.ui.actions import build_actions
from inventory_app.ui.context import AppContext
from inventory_app.ui.icons import icon
from inventory_app.ui.pages.sell_widgets import (
    CHANNEL_LABELS,
    DRINK_BUTTON_SIZE,
    ChannelToggle,
    DrinkButton,
    QuantityStepper,
    caption,
    stacked,
)
from inventory_app.ui.queries import LastSale
from inventory_app.ui.styling import set_state

GRID_SPACING = 12
PANEL_WIDTH = 300
EMPTY_MENU = (
    "No cocktails on the menu yet.\nAdd them on the Recipes page (Ctrl+3) "
    "or with `inventory-app import recipes FILE`."
)


def shortage_text(shortage: Shortage) -> str:
    """'Campari is now at −20 ml: count it or receive stock'."""
    level = formatting.quantity(shortage.on_hand, shortage.unit).replace("-", "−", 1)
    return f"{shortage.name} is now at {level}: count it or receive stock"


def undo_text(sale: LastSale | None) -> str:
    if sale is None:
        return "Nothing to undo"
    what = f"{formatting.grouped(sale.quantity)} × {sale.recipe}"
    return f"Undo: {what} ({CHANNEL_LABELS[sale.channel].lower()})"


class SellPage(QWidget):
    """A grid of menu cocktails, one tap per sale; channel, quantity and Undo beside it."""

    status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sellPage")
        self._context = context
        self._last_sale: LastSale | None = None
        self._channel_set = False
        self.buttons: dict[str, DrinkButton] = {}
        self._build()
        self.actions_by_name = self._make_actions()
        context.changes.changed.connect(self.refresh)
        self.refresh()

    # --- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.banner, self.banner_text = self._build_banner()
        self.grid_host = QWidget()
        self.grid_host.setObjectName("drinkGrid")
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 4, 0)
        self.grid.setSpacing(GRID_SPACING)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setObjectName("drinkScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.grid_host)
        self.drink_scroll = scroll
        self.empty = QLabel(EMPTY_MENU, alignment=Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("emptyMenu")
        self.feedback = QLabel()
        self.feedback.setObjectName("saleFeedback")
        self.feedback.setMinimumHeight(40)
        main = QVBoxLayout()
        main.setSpacing(12)
        main.addWidget(self.banner)
        main.addWidget(scroll, 1)
        main.addWidget(self.empty, 1)
        main.addWidget(self.feedback)
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 18, 20, 16)
        row.setSpacing(20)
        row.addLayout(main, 1)
        row.addWidget(self._build_panel())

    def _build_banner(self) -> tuple[QFrame, QLabel]:
        banner = QFrame()
        banner.setObjectName("shortageBanner")
        text = QLabel(wordWrap=True)
        text.setObjectName("shortageText")
        dismiss = QPushButton("✕")
        dismiss.setObjectName("bannerDismiss")
        dismiss.setFixedSize(44, 44)
        dismiss.setToolTip("Hide this warning")
        dismiss.clicked.connect(banner.hide)
        row = QHBoxLayout(banner)
        row.setContentsMargins(14, 8, 8, 8)
        row.addWidget(text, 1)
        row.addWidget(dismiss, 0, Qt.AlignmentFlag.AlignTop)
        banner.hide()
        return banner, text

    def _build_panel(self) -> QWidget:
        self.today_label = QLabel()
        self.today_label.setObjectName("todayCount")
        self.channel = ChannelToggle()
        self.quantity = QuantityStepper()
        self.undo_button = QPushButton(icon("undo"), "Nothing to undo")
        self.undo_button.setObjectName("undoSale")
        self.undo_button.setMinimumHeight(88)
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.undo_button.clicked.connect(self.undo_last_sale)
        panel = QFrame()
        panel.setObjectName("sellPanel")
        panel.setFixedWidth(PANEL_WIDTH)
        column = QVBoxLayout(panel)
        column.setContentsMargins(18, 18, 18, 18)
        column.setSpacing(22)
        column.addWidget(stacked(caption("Today"), self.today_label, spacing=2))
        column.addWidget(stacked(caption("Channel"), self.channel))
        column.addWidget(stacked(caption("Quantity"), self.quantity))
        column.addStretch(1)
        column.addWidget(self.undo_button)
        return panel

    def _make_actions(self) -> dict[str, QAction]:
        specs = [
            ("undo", "undo", "&Undo last sale", ["Ctrl+U"], self.undo_last_sale),
            ("takeaway", "", "&Take-away", ["F6"], lambda: self.set_channel(Channel.TAKEAWAY)),
            ("speakeasy", "", "&Speakeasy", ["F7"], lambda: self.set_channel(Channel.SPEAKEASY)),
            ("more", "", "One &more", ["Ctrl+=", "Ctrl++"], lambda: self._step(1)),
            ("fewer", "", "One &fewer", ["Ctrl+-"], lambda: self._step(-1)),
        ]
        return build_actions(self, specs)

    # --- what the page shows ---------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the menu, the last sale and the day's count after any change anywhere."""
        state = queries.load_sell_state(self._context.database, user=self._context.user)
        if not self._channel_set:
            # The setting picks the channel once; after that it is the bartender's choice.
            self.channel.set_channel(state.default_channel)
            self._channel_set = True
        self._show_menu(state.menu)
        self._last_sale = state.last_sale
        self._show_undo(state.last_sale)
        self.undo_button.setEnabled(state.last_sale is not None)
        self.actions_by_name["undo"].setEnabled(state.last_sale is not None)
        noun = "drink" if state.today == 1 else "drinks"
        self.today_label.setText(f"{formatting.grouped(state.today)} {noun}")

    def _show_undo(self, sale: LastSale | None) -> None:
        """Three short lines fit the panel: the verb, the drinks (elided if long), the channel."""
        text = undo_text(sale)
        self.undo_button.setAccessibleName(text)
        self.undo_button.setToolTip(f"{text} (Ctrl+U)")
        if sale is None:
            self.undo_button.setText(text)
            return
        what = f"{formatting.grouped(sale.quantity)} × {sale.recipe}"
        metrics = self.undo_button.fontMetrics()
        elided = metrics.elidedText(what, Qt.TextElideMode.ElideRight, PANEL_WIDTH - 110)
        where = CHANNEL_LABELS[sale.channel].lower()
        self.undo_button.setText(f"Undo last sale\n{elided}\n{where}")

    def _show_menu(self, menu: list[MenuEntry], *, resort: bool = False) -> None:
        # Popularity sets the order when the menu changes, not after every sale: a button
        # must not move away from the finger reaching for it.
        names = [e.name for e in menu]
        if not resort and sorted(names) == sorted(self.buttons):
            for entry in menu:
                self.buttons[entry.name].set_price(entry.price)
            return
        for button in self.buttons.values():
            button.deleteLater()
        self.buttons = {}
        for entry in menu:
            button = DrinkButton(entry.recipe_id, entry.name, entry.price)
            button.clicked.connect(lambda _=False, name=entry.name: self.sell(name))
            self.buttons[entry.name] = button
        self.drink_scroll.setVisible(bool(menu))
        self.empty.setVisible(not menu)
        self._reflow()

    def _reflow(self) -> None:
        """As many columns as fit the width; the buttons share it evenly."""
        for button in self.buttons.values():
            self.grid.removeWidget(button)
        width = self.drink_scroll.viewport().width() - self.grid.contentsMargins().right()
        step = DRINK_BUTTON_SIZE.width() + GRID_SPACING
        columns = max(1, (width + GRID_SPACING) // step)
        for number, button in enumerate(self.buttons.values()):
            self.grid.addWidget(button, number // columns, number % columns)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Re-flow the grid to the new width."""
        super().resizeEvent(event)
        self._reflow()

    def showEvent(self, event: QShowEvent) -> None:
        """Coming back to the page is the moment to re-sort by popularity."""
        super().showEvent(event)
        state = queries.load_sell_state(self._context.database, user=self._context.user)
        if [e.name for e in state.menu] != list(self.buttons):
            self._show_menu(state.menu, resort=True)
        else:
            self._reflow()

    # --- actions --------------------------------------------------------------------------
    def set_channel(self, channel: Channel) -> None:
        self.channel.set_channel(channel)

    def _step(self, by: int) -> None:
        self.quantity.set_value(self.quantity.value() + by)

    def sell(self, name: str) -> None:
        """One tap: the sale goes through even when stock runs short (the drink was made)."""
        channel = self.channel.channel()
        quantity = Decimal(self.quantity.value())
        result = operations.sell(self._context, name=name, quantity=quantity, channel=channel)
        self.quantity.set_value(1)
        if isinstance(result, InventoryError):
            self._say(f"Not sold: {result}", ok=False)
            return
        self._show_sold(result)

    def _show_sold(self, result: SaleResult) -> None:
        where = CHANNEL_LABELS[result.channel].lower()
        text = f"Sold {formatting.grouped(result.quantity)} × {result.recipe}, {where}"
        self._say(text, ok=True)
        self.status_message.emit(text)
        if result.shortages:
            self.banner_text.setText("\n".join(shortage_text(s) for s in result.shortages))
            self.banner.show()
        else:
            self.banner.hide()

    def undo_last_sale(self) -> None:
        sale = self._last_sale
        if sale is None:
            return
        error = operations.undo_sale(self._context, sale_id=sale.sale_id)
        if error is not None:
            self._say(f"Not undone: {error}", ok=False)
            return
        self.banner.hide()
        what = f"{formatting.grouped(sale.quantity)} × {sale.recipe}"
        self._say(f"Undone: {what}; its ingredients are back in stock", ok=True)
        self.status_message.emit(f"Undid the sale of {what}")

    def _say(self, text: str, *, ok: bool) -> None:
        self.feedback.setText(("✓  " if ok else "⚠  ") + text)
        set_state(self.feedback, "ok", ok)
