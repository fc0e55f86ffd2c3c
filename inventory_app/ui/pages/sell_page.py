"""The Sell page: the bartender's screen at the window, made for a finger, not a mouse.

Tiles never move under a finger (issue 15): they stand in the owner's menu order, only
the owner moves one (by dragging it onto another), and the number of columns follows
the width of the page alone, never whether a scroll bar happened to show (moving a tile:
ui/pages/tile_moving.py). The last few sales stay on the right, each with its own Undo.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt, Signal
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
from inventory_app.domain.permissions import Action
from inventory_app.domain.recipes import Channel
from inventory_app.i18n.catalogue import N_, ntr, tr
from inventory_app.i18n.formats import day_time_text
from inventory_app.services.selling.sales import MenuEntry, SaleResult
from inventory_app.services.selling.standing import LastSale
from inventory_app.ui import formatting, operations, queries
from inventory_app.ui.actions import build_actions
from inventory_app.ui.context import AppContext, Change
from inventory_app.ui.dialogs.bespoke_dialog import sell_bespoke_drink
from inventory_app.ui.formatting import shortage_text
from inventory_app.ui.pages.sell_widgets import (
    DRINK_BUTTON_SIZE,
    ChannelToggle,
    DrinkButton,
    QuantityStepper,
    RecentSaleRow,
    caption,
    stacked,
)
from inventory_app.ui.pages.tile_moving import TileMover
from inventory_app.ui.styling import named, set_state

GRID_SPACING = 12
PANEL_WIDTH = 300
PANEL_MARGIN = 18
RECENT_SHOWN = 5  # a mistake noticed a few drinks later is still one tap
EMPTY_MENU = N_(
    "No cocktails on the menu yet.\nAdd them on the Recipes page (Ctrl+3) "
    "or with `inventory-app import recipes FILE`."
)


def sale_what(sale: LastSale) -> str:
    """'2 × Negroni'."""
    return f"{formatting.grouped(sale.quantity)} × {sale.recipe}"


def sale_when(sale: LastSale, *, today: date | None = None) -> str:
    """'take-away · 21:04' today, 'take-away · Wed 04 Mar 21:04' on another day."""
    where = sale.channel.label
    if sale.at is None:
        return where
    local = local_moment(sale.at)
    same_day = local.date() == (today or date.today())
    when = f"{local:%H:%M}" if same_day else day_time_text(local)
    return f"{where} · {when}"


def local_moment(stored: datetime) -> datetime:
    """A sale's naive UTC time on the reader's clock."""
    return stored.replace(tzinfo=UTC).astimezone()


def columns_for(width: int) -> int:
    """How many tiles fit side by side in `width` pixels (never fewer than one)."""
    step = DRINK_BUTTON_SIZE.width() + GRID_SPACING
    return max(1, (width + GRID_SPACING) // step)


class SellPage(QWidget):
    """A grid of menu cocktails, one tap per sale; channel, quantity and Undo beside it."""

    SHOWS = (
        Change.RECIPES | Change.SALES | Change.STOCK | Change.ITEMS | Change.SETTINGS
    )  # the changes it refreshes on

    status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sellPage")
        self._context = context
        self._recent: list[LastSale] = []
        self._channel_set = False
        self._columns = 0
        self.buttons: dict[str, DrinkButton] = {}
        self._build()
        self.tiles = TileMover(self.grid_host, context, lambda text, ok: self._say(text, ok=ok))
        self.actions_by_name = self._make_actions()
        context.changes.watch(self, self.SHOWS, self.refresh)
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
        scroll.installEventFilter(self)  # its width, not its viewport's, sets the columns
        self.empty = QLabel(tr(EMPTY_MENU), alignment=Qt.AlignmentFlag.AlignCenter)
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
        dismiss.setToolTip(tr("Hide this warning"))
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
        self.bespoke = named(QPushButton(tr("Bespoke drink…")), "bespokeButton")
        self.bespoke.setMinimumHeight(56)
        self.bespoke.setToolTip(tr("A drink made to the guest's taste, at a price typed in (F8)"))
        self.bespoke.clicked.connect(self.sell_bespoke)
        self.recent_rows = [RecentSaleRow() for _ in range(RECENT_SHOWN)]
        for row in self.recent_rows:
            row.undo.clicked.connect(lambda _=False, row=row: self._undo_row(row))
        self.no_sales = named(QLabel(tr("No sales to undo")), "recentWhen")
        recent = stacked(caption(tr("Last sales")), *self.recent_rows, self.no_sales, spacing=2)
        panel = QFrame()
        panel.setObjectName("sellPanel")
        panel.setFixedWidth(PANEL_WIDTH)
        column = QVBoxLayout(panel)
        column.setContentsMargins(PANEL_MARGIN, PANEL_MARGIN, PANEL_MARGIN, PANEL_MARGIN)
        column.setSpacing(22)
        column.addWidget(stacked(caption(tr("Today")), self.today_label, spacing=2))
        column.addWidget(stacked(caption(tr("Channel")), self.channel))
        column.addWidget(stacked(caption(tr("Quantity")), self.quantity))
        column.addWidget(self.bespoke)
        column.addStretch(1)
        column.addWidget(recent)
        return panel

    def _make_actions(self) -> dict[str, QAction]:
        specs = [
            ("undo", "undo", tr("&Undo last sale"), ["Ctrl+U"], self.undo_last_sale),
            ("takeaway", "", tr("&Take-away"), ["F6"], lambda: self.set_channel(Channel.TAKEAWAY)),
            (
                "speakeasy",
                "",
                tr("&Speakeasy"),
                ["F7"],
                lambda: self.set_channel(Channel.SPEAKEASY),
            ),
            ("more", "", tr("One &more"), ["Ctrl+=", "Ctrl++"], lambda: self._step(1)),
            ("fewer", "", tr("One &fewer"), ["Ctrl+-"], lambda: self._step(-1)),
            ("bespoke", "", tr("&Bespoke drink…"), ["F8"], self.sell_bespoke),
        ]
        return build_actions(self, specs)

    # --- what the page shows ---------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the menu, the last sales and the day's count after any change anywhere."""
        state = queries.load_sell_state(
            self._context.database, user=self._context.user, recent=RECENT_SHOWN
        )
        if not self._channel_set:
            # The setting picks the channel once; after that it is the bartender's choice.
            self.channel.set_channel(state.default_channel)
            self._channel_set = True
        self._show_menu(state.menu)
        self._show_recent(state.recent)
        drinks = ntr("{count} drink", "{count} drinks", 1 if state.today == 1 else 2)
        self.today_label.setText(drinks.format(count=formatting.grouped(state.today)))

    def _show_recent(self, recent: list[LastSale]) -> None:
        """Newest first; each row undoes its own sale."""
        self._recent = recent
        self.actions_by_name["undo"].setEnabled(bool(recent))
        width = PANEL_WIDTH - 2 * PANEL_MARGIN
        for number, row in enumerate(self.recent_rows):
            sale = recent[number] if number < len(recent) else None
            row.setVisible(sale is not None)
            if sale is not None:
                row.show_sale(sale_what(sale), sale_when(sale), width=width)
        self.no_sales.setVisible(not recent)

    def _show_menu(self, menu: list[MenuEntry]) -> None:
        """The tiles in the menu's order; they are placed again only when that order changed.

        The order changes when the owner moves a tile or edits the menu, never after a
        sale: a tile must not move away from the finger reaching for it.
        """
        if [e.recipe_id for e in menu] == [b.recipe_id for b in self.buttons.values()]:
            for entry in menu:
                self.buttons[entry.name].set_price(entry.price)
            return
        kept = {b.recipe_id: b for b in self.buttons.values()}
        self.buttons = {}
        for entry in menu:
            button = kept.pop(entry.recipe_id, None)
            if button is None or button.text() != entry.name:
                if button is not None:
                    kept[entry.recipe_id] = button
                button = self._new_button(entry)
            button.set_price(entry.price)
            self.buttons[entry.name] = button
        for button in kept.values():
            self.grid.removeWidget(button)
            button.deleteLater()
        self.drink_scroll.setVisible(bool(menu))
        self.empty.setVisible(not menu)
        self._place_tiles(self._columns_now())

    def _new_button(self, entry: MenuEntry) -> DrinkButton:
        may_drag = lambda: self._context.may(Action.EDIT_RECIPES)  # noqa: E731
        button = DrinkButton(entry.recipe_id, entry.name, entry.price, may_drag=may_drag)
        button.clicked.connect(lambda _=False, name=entry.name: self.sell(name))
        button.dragged.connect(self.tiles.dragging)
        button.dropped.connect(self.tiles.dropped)
        return button

    def _columns_now(self) -> int:
        """Columns from the scroll area's own width, less a scroll bar's always: the same
        width gives the same columns whether or not the bar shows (4 or 5 at 1440 px)."""
        bar = self.drink_scroll.verticalScrollBar().sizeHint().width()
        margins = self.grid.contentsMargins()
        return columns_for(self.drink_scroll.width() - bar - margins.left() - margins.right())

    def _reflow(self) -> None:
        columns = self._columns_now()
        if columns != self._columns:
            self._place_tiles(columns)

    def _place_tiles(self, columns: int) -> None:
        """As many columns as fit the width; the tiles share it evenly."""
        self._columns = columns
        for button in self.buttons.values():
            self.grid.removeWidget(button)
        for number, button in enumerate(self.buttons.values()):
            self.grid.addWidget(button, number // columns, number % columns)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The scroll area was resized: the columns follow its width."""
        if watched is self.drink_scroll and event.type() == QEvent.Type.Resize:
            self._reflow()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Re-flow the grid to the new width."""
        super().resizeEvent(event)
        self._reflow()

    def showEvent(self, event: QShowEvent) -> None:
        """Coming back to the page never re-sorts: it only checks the width."""
        super().showEvent(event)
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
            self._say(tr("Not sold: {error}").format(error=result), ok=False)
            return
        self._show_sold(result)

    def sell_bespoke(self) -> None:
        """F8 or the button: the pour editor, a price and a note; one sale, undone like any."""
        sold = sell_bespoke_drink(self.window(), self._context)
        if sold is not None:
            self._show_sold(sold)

    def _show_sold(self, result: SaleResult) -> None:
        text = tr("Sold {quantity} × {drink}, {channel}").format(
            quantity=formatting.grouped(result.quantity),
            drink=result.recipe,
            channel=result.channel.label,
        )
        self._say(text, ok=True)
        self.status_message.emit(text)
        if result.shortages:
            self.banner_text.setText("\n".join(shortage_text(s) for s in result.shortages))
            self.banner.show()
        else:
            self.banner.hide()

    def undo_last_sale(self) -> None:
        """Ctrl+U: the newest of the last sales."""
        if self._recent:
            self._undo(self._recent[0])

    def _undo_row(self, row: RecentSaleRow) -> None:
        number = self.recent_rows.index(row)
        if number < len(self._recent):
            self._undo(self._recent[number])

    def _undo(self, sale: LastSale) -> None:
        """A compensating movement per ingredient, through the one undo of a sale."""
        error = operations.undo_sale(self._context, sale_id=sale.sale_id)
        if error is not None:
            self._say(tr("Not undone: {error}").format(error=error), ok=False)
            return
        self.banner.hide()
        what = sale_what(sale)
        self._say(
            tr("Undone: {sale}; its ingredients are back in stock").format(sale=what), ok=True
        )
        self.status_message.emit(tr("Undid the sale of {sale}").format(sale=what))

    def _say(self, text: str, *, ok: bool) -> None:
        self.feedback.setText(("✓  " if ok else "⚠  ") + text)
        set_state(self.feedback, "ok", ok)
