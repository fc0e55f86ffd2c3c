"""Pieces of the Orders page: the pack-stepping quantity editor, the internal workbook's
export runner, and the words of its summaries and titles."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QProgressBar,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from inventory_app.domain.errors import InventoryError
from inventory_app.i18n.catalogue import ntr, tr
from inventory_app.services.ordering.order_reads import OrderRow
from inventory_app.services.ordering.reorder import SupplierProposal
from inventory_app.ui import queries
from inventory_app.ui.context import AppContext
from inventory_app.ui.models.order_models import PACK_ROLE
from inventory_app.ui.worker import PER_MILLE, Report, Worker

Index = QModelIndex | QPersistentModelIndex
MAX_CONTAINERS = 9999
ROW_HEIGHT = 28


class PackSpinDelegate(QStyledItemDelegate):
    """Edits an order quantity in containers with a spin box that steps a whole pack."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        """A spin box from zero, one pack per arrow press."""
        spin = QSpinBox(parent)
        spin.setRange(0, MAX_CONTAINERS)
        spin.setSingleStep(max(1, int(index.data(PACK_ROLE) or 1)))
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        return spin

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Start from the quantity shown."""
        if isinstance(editor, QSpinBox):
            editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(self, editor: QWidget, model: object, index: Index) -> None:
        """Hand the whole number of containers to the model."""
        if isinstance(editor, QSpinBox) and hasattr(model, "setData"):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


FIT_ROWS = 100


def table_view(model: QAbstractItemModel, *, stretch: int) -> QTableView:
    """A compact, row-selecting table: one column takes the room, the others fit their text."""
    table = QTableView()
    table.setModel(model)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    # Fit to the first rows only: asking all 500 lines of a proposal for their text
    # cost 0.4 s at start-up (tests/bench/bench_startup.py).
    header.setResizeContentsPrecision(FIT_ROWS)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    return table


class ReorderExport(QObject):
    """Writes the reorder workbook in a Worker; the bar shows its progress."""

    finished = Signal(object)  # the Path written, or the InventoryError

    def __init__(self, context: AppContext, progress: QProgressBar, parent: QObject) -> None:
        super().__init__(parent)
        self._context = context
        self._progress = progress
        self.worker: Worker | None = None

    @property
    def running(self) -> bool:
        return self.worker is not None and self.worker.isRunning()

    def start(self, path: Path, quantities: dict[tuple[str, str], Decimal]) -> None:
        database = self._context.database

        def work(report: Report) -> Path:
            def step(done: int, total: int) -> None:
                report(done, total)  # the writer has no cancel: the answer is not needed

            return queries.export_reorder_workbook(
                database, path, quantities=quantities, progress=step
            )

        self._progress.setRange(0, PER_MILLE)
        self._progress.setValue(0)
        self._progress.show()
        worker = Worker(work, self)
        worker.progressed.connect(self._progress.setValue)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self.finished.emit)
        self.worker = worker
        worker.start()

    def _succeeded(self, path: Path) -> None:
        self._progress.setValue(PER_MILLE)
        self.finished.emit(path)

    def wait(self) -> None:
        if self.worker is not None:
            self.worker.wait()


def show_exported(parent: QWidget, path: Path) -> None:
    """Say where the workbook went, with a button that opens its folder."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(tr("Reorder sheets written"))
    box.setText(tr("The reorder workbook is saved as\n{path}").format(path=path))
    open_folder = box.addButton(tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def confirm(parent: QWidget, *, title: str, text: str, action: str) -> bool:
    """Ask before a step that cannot be taken back; "Keep it" is the default answer."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(tr("Not now"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is yes


def show_error(parent: QWidget, title: str, error: InventoryError) -> None:
    QMessageBox.warning(parent, title, str(error))


def lines_text(count: int) -> str:
    return ntr("{count} line", "{count} lines", count).format(count=count)


def proposal_summary(proposals: list[SupplierProposal], drafts: list[OrderRow]) -> str:
    """What Export writes: the proposal's lines and the drafts still to send."""
    parts = []
    if proposals:
        lines = sum(len(p.lines) for p in proposals)
        parts.append(
            ntr(
                "{lines} for {count} supplier", "{lines} for {count} suppliers", len(proposals)
            ).format(lines=lines_text(lines), count=len(proposals))
        )
    if drafts:
        parts.append(
            ntr("{count} draft order to send", "{count} draft orders to send", len(drafts)).format(
                count=len(drafts)
            )
        )
    return "; ".join(parts) if parts else tr("Nothing to order")


def lines_title(order: OrderRow) -> str:
    """'Order 2026-0042, Rossi' by the number the supplier knows; a draft has none yet."""
    if order.status == "draft":
        return tr("Draft for {supplier} — double-click a quantity to change it").format(
            supplier=order.supplier
        )
    if order.number:
        return tr("Order {number}, {supplier}").format(number=order.number, supplier=order.supplier)
    return tr("Draft for {supplier}").format(supplier=order.supplier)
