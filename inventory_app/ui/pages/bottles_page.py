"""The Bottles page: the rare bottles on the wall, their level, value and history."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inventory_app.domain.bottle_states import BottleState
from inventory_app.domain.display import heading_word
from inventory_app.i18n.catalogue import ntr, tr
from inventory_app.services.bottles.draws import UnassignedDraws
from inventory_app.ui import formatting, queries
from inventory_app.ui.context import AppContext, Change
from inventory_app.ui.dialogs.bottle_batches_dialog import BottleBatchesDialog
from inventory_app.ui.models.bottle_model import LEVEL_ROLE, BottleColumn, BottleModel
from inventory_app.ui.models.history_model import HistoryModel
from inventory_app.ui.styling import named

ROW_HEIGHT = 30
STATE_FILTERS = ("", *(s.value for s in BottleState))  # "": all bottles
_TRACK = QColor("#e6e9ee")
_FILL = QColor("#c58b3a")  # whisky
_LOW_FILL = QColor("#d9534f")
LOW_LEVEL = Decimal("0.15")


class LevelBarDelegate(QStyledItemDelegate):
    """Draws a bottle's remaining level as a horizontal fill bar with its text on top."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """The selection background, then the track, the fill and the text."""
        level = index.data(LEVEL_ROLE)
        if not isinstance(level, Decimal):
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else None
        if style is not None and option.state & QStyle.StateFlag.State_Selected:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter)
        rect: QRect = option.rect.adjusted(6, 6, -6, -6)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_TRACK)
        painter.drawRoundedRect(rect, 4, 4)
        width = int(rect.width() * level)
        if width > 0:
            painter.setBrush(_LOW_FILL if level < LOW_LEVEL else _FILL)
            painter.drawRoundedRect(QRect(rect.left(), rect.top(), width, rect.height()), 4, 4)
        painter.setPen(QColor("#1e2733"))
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rect.adjusted(0, 0, -6, 0), int(align), str(index.data()))
        painter.restore()


def unassigned_text(draws: list[UnassignedDraws]) -> str:
    """One line per serial item poured with no bottle open, or nothing."""
    if not draws:
        return ""
    lines = [
        ntr(
            "{name} ({sku}): {draws} pour, {amount} with no bottle open — open the bottle "
            "it came from",
            "{name} ({sku}): {draws} pours, {amount} with no bottle open — open the bottle "
            "they came from",
            d.draws,
        ).format(
            name=d.name, sku=d.sku, draws=d.draws, amount=formatting.quantity(d.quantity, d.unit)
        )
        for d in draws
    ]
    return tr("Poured from no bottle:") + "\n" + "\n".join(lines)


def bottles_summary(bottles: int, value: Decimal | None, flagged: int) -> str:
    """'3 bottles, value at cost €787.50, 1 past the oxidation age' (value: the owner's)."""
    text = ntr("{count} bottle", "{count} bottles", bottles).format(count=bottles)
    if value is not None:
        text = tr("{bottles}, value at cost {value}").format(
            bottles=text, value=formatting.euros(value)
        )
    if flagged:
        text = tr("{bottles}, {count} past the oxidation age").format(bottles=text, count=flagged)
    return text


class BottlesPage(QWidget):
    """Table of serial bottles with a state filter; the selected bottle's movements below."""

    SHOWS = (
        Change.BOTTLES | Change.STOCK | Change.SALES | Change.ITEMS | Change.SETTINGS
    )  # the changes it refreshes on

    status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._build()
        context.changes.watch(self, self.SHOWS, self.refresh)
        self.refresh()

    def _build(self) -> None:
        self.state_filter = named(QComboBox(), "bottleState")
        for state in STATE_FILTERS:
            self.state_filter.addItem(
                heading_word(BottleState(state).label) if state else tr("All bottles"),
                state,
            )
        self.state_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.summary = named(QLabel(), "count")
        self.costs_shown = True
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Show")))
        top.addWidget(self.state_filter)
        top.addStretch(1)
        top.addWidget(self.summary)
        self.model = BottleModel(self)
        self.table = self._table(self.model)
        self.table.setItemDelegateForColumn(BottleColumn.REMAINING, LevelBarDelegate(self.table))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_history())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(BottleColumn.LABEL, QHeaderView.ResizeMode.Stretch)
        self.history_model = HistoryModel(self)
        self.history = self._table(self.history_model)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setWordWrap(False)
        self.history.setColumnWidth(0, 140)
        self.history_title = named(QLabel(tr("Select a bottle to see its history")), "count")
        self.batches_button = named(QPushButton(tr("&Batches…")), "bottleBatches")
        self.batches_button.setToolTip(tr("The house-prep batches this bottle went into"))
        self.batches_button.clicked.connect(lambda: self.show_batches())
        heading = QHBoxLayout()
        heading.addWidget(self.history_title, 1)
        heading.addWidget(self.batches_button)
        lower = QWidget()
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(heading)
        column.addWidget(self.history, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([420, 220])
        self.unassigned = named(QLabel(), "shortageText")
        self.unassigned.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.unassigned)

    def _table(self, model: BottleModel | HistoryModel) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        table.setAlternatingRowColors(True)
        return table

    def show_costs(self, visible: bool) -> None:
        """What a bottle cost is the owner's unless the bar shares costs."""
        if visible != self.costs_shown:
            self.costs_shown = visible
            self.table.setColumnHidden(BottleColumn.VALUE, not visible)
            self.refresh()

    def refresh(self) -> None:
        """Re-read the bottles in the chosen state, keeping the selected one selected."""
        chosen = self.selected_bottle()
        data = self.state_filter.currentData()
        state = BottleState(data) if data else None
        rows = queries.load_bottles(self._context.database, state=state)
        self.model.set_rows(rows)
        self.table.setColumnWidth(BottleColumn.REMAINING, 180)
        self.table.resizeColumnToContents(BottleColumn.SKU)
        ids = [r.bottle_id for r in rows]
        if chosen in ids:
            self.table.selectRow(ids.index(chosen))
        value = sum((r.value for r in rows if r.value is not None), Decimal(0))
        flagged = sum(r.oxidised for r in rows)
        self.summary.setText(
            bottles_summary(len(rows), value if self.costs_shown else None, flagged)
        )
        draws = queries.load_unassigned_draws(self._context.database)
        self.unassigned.setText(unassigned_text(draws))
        self.unassigned.setVisible(bool(draws))
        self._show_history()

    def selected_bottle(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).bottle_id if rows else None

    def set_state_filter(self, state: BottleState | None) -> None:
        self.state_filter.setCurrentIndex(self.state_filter.findData(state.value if state else ""))

    def show_batches(self) -> BottleBatchesDialog | None:
        """Traceability from a bottle: the batches the selected bottle went into."""
        bottle_id = self.selected_bottle()
        if bottle_id is None:
            return None
        row = next(r for r in self.model.rows if r.bottle_id == bottle_id)
        dialog = BottleBatchesDialog(
            self, context=self._context, bottle_id=bottle_id,
            title=f"#{row.bottle_id} {row.label} ({row.sku})",
        )  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _show_history(self) -> None:
        bottle_id = self.selected_bottle()
        self.batches_button.setEnabled(bottle_id is not None)
        if bottle_id is None:
            self.history_model.set_rows([])
            self.history_title.setText(tr("Select a bottle to see its history"))
            return
        row = next(r for r in self.model.rows if r.bottle_id == bottle_id)
        self.history_model.set_rows(queries.load_bottle_history(self._context.database, bottle_id))
        self.history_title.setText(
            tr("History of #{number} {label} ({sku})").format(
                number=row.bottle_id, label=row.label, sku=row.sku
            )
        )
