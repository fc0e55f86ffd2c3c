"""A flask's batches (or every flask's): made, use by, what is left, its state; Discard…,
Label… and, for the selected batch, what went into it and what drew from it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from inventory_app.domain.errors import InventoryError
from inventory_app.i18n.catalogue import N_, tr
from inventory_app.i18n.formats import date_text
from inventory_app.services.batches.reads import BatchRow, BatchState, BatchTrace
from inventory_app.ui import batch_operations as batches
from inventory_app.ui import formatting
from inventory_app.ui.column_fit import fit_table
from inventory_app.ui.context import AppContext, Change
from inventory_app.ui.dialogs.buttons import standard_buttons
from inventory_app.ui.file_choice import save_path
from inventory_app.ui.models.row_table_model import Role, RowColumn, RowTableModel
from inventory_app.ui.styling import named

PDF = N_("PDF document (*.pdf)")
_RED = QColor("#b3261e")
_AMBER = QColor("#8a5a00")


def day(value: date | None) -> str:
    return date_text(value) if value is not None else "—"


COLUMNS: list[RowColumn[BatchRow]] = [
    RowColumn(N_("Batch"), lambda r: r.code),
    RowColumn(N_("Flask"), lambda r: r.name),
    RowColumn(N_("Made on"), lambda r: day(r.made_on)),
    RowColumn(N_("Made by"), lambda r: r.made_by or "—"),
    RowColumn(N_("Use by"), lambda r: day(r.use_by)),
    RowColumn(N_("Remaining"), lambda r: formatting.quantity(r.remaining, r.unit), numeric=True),
    RowColumn(N_("State"), lambda r: r.state.label),
]


class BatchModel(RowTableModel[BatchRow]):
    def cell_data(self, row: BatchRow, column: int, role: int) -> object:
        """Expired in red, expiring in amber."""
        if role == Role.ForegroundRole:
            if row.state is BatchState.EXPIRED:
                return _RED
            if row.state is BatchState.EXPIRING:
                return _AMBER
        return None


def trace_html(trace: BatchTrace) -> str:
    """What went into the batch and every draw since, as short lines."""
    from html import escape

    row = trace.batch
    parts = [f"<b>{escape(row.code)}</b> · {escape(row.name)} · " + escape(
        tr("made {made}, {remaining} left").format(
            made=formatting.quantity(row.quantity, row.unit),
            remaining=formatting.quantity(row.remaining, row.unit),
        )
    )]  # fmt: skip
    went_in = tr("Went into it")
    parts.append(f"<b>{escape(went_in)}</b>")
    if not trace.ingredients:
        parts.append(escape(tr("Not known (stock from before batches were kept)")))
    for i in trace.ingredients:
        source = f" [{escape(i.bottle or i.batch)}]" if i.bottle or i.batch else ""
        parts.append(f"{formatting.quantity(i.quantity, i.unit)} {escape(i.name)}{source}")
    drawn = tr("Drawn from it")
    parts.append(f"<b>{escape(drawn)}</b>")
    if not trace.draws:
        parts.append(escape(tr("Nothing yet")))
    for d in trace.draws:
        parts.append(
            f"{formatting.local_day_time(d.at)} · {escape(d.reason.label)} "
            f"{formatting.quantity(d.delta, row.unit, signed=True)} · {escape(d.reference)}"
            f" · {escape(d.author)}"
        )
    return "<br/>".join(parts)


class BatchesDialog(QDialog):
    """Reloads on every stock change; `select` picks a batch by its code (a scan)."""

    def __init__(
        self, parent: QWidget | None, *, context: AppContext, sku: str | None, title: str,
        select: str | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._context = context
        self._sku = sku
        self.setWindowTitle(tr("Batches: {item}").format(item=title))
        self.model = BatchModel(COLUMNS, self)
        self.table = named(QTableView(), "batchesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.trace = named(QTextBrowser(), "batchTrace")
        self.trace.setMinimumHeight(140)
        self.discard_button = QPushButton(tr("&Discard…"))
        self.label_button = QPushButton(tr("&Label…"))
        self.label_kind = named(QComboBox(), "labelKind")
        self.label_kind.addItem(tr("62 mm roll"), False)
        self.label_kind.addItem(tr("A4 sheet (3 × 8)"), True)
        self.discard_button.clicked.connect(self.discard)
        self.label_button.clicked.connect(self.print_label)
        row = QHBoxLayout()
        row.addWidget(self.discard_button)
        row.addStretch(1)
        row.addWidget(QLabel(tr("Label:")))
        row.addWidget(self.label_kind)
        row.addWidget(self.label_button)
        buttons = standard_buttons(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addLayout(row)
        layout.addWidget(self.trace, 1)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        context.changes.watch(self, Change.STOCK | Change.ITEMS, self.reload)
        self.reload()
        if select is not None:
            self.select(select)
        self.resize(860, 560)

    def reload(self) -> None:
        keep = self.current()
        self.model.set_rows(batches.load_batches(self._context.database, sku=self._sku))
        fit_table(self.table)
        if keep is not None:
            self.select(keep.code)
        elif self.model.rows:
            self.table.selectRow(0)
        self._selected()

    def select(self, code: str) -> bool:
        for n, row in enumerate(self.model.rows):
            if row.code == code.strip().upper():
                self.table.selectRow(n)
                self.table.setFocus()
                return True
        return False

    def current(self) -> BatchRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _selected(self) -> None:
        row = self.current()
        self.discard_button.setEnabled(row is not None and row.remaining > 0)
        self.label_button.setEnabled(row is not None)
        if row is None:
            self.trace.setHtml("")
            return
        self.trace.setHtml(trace_html(batches.load_trace(self._context.database, row.code)))

    def discard(self) -> None:
        row = self.current()
        if row is None:
            return
        asked = QMessageBox.question(
            self, tr("Discard batch"),
            tr("Write off what is left of {code} ({remaining}) as waste?").format(
                code=row.code, remaining=formatting.quantity(row.remaining, row.unit)
            ),
        )  # fmt: skip
        if asked != QMessageBox.StandardButton.Yes:
            return
        done = batches.discard(self._context, row.code)
        if isinstance(done, InventoryError):
            QMessageBox.warning(self, tr("Not discarded"), str(done))

    def print_label(self) -> None:
        row = self.current()
        if row is None:
            return
        save_label(self, self._context, row.code, sheet=bool(self.label_kind.currentData()))


def save_label(parent: QWidget, context: AppContext, code: str, *, sheet: bool) -> Path | None:
    """Ask where, then write the batch's label PDF; a refusal is shown, None returned."""
    path = save_path(parent, tr("Save the label"), f"{code}.pdf", tr(PDF))
    if path is None:
        return None
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        return batches.write_label(context.database, code, path, sheet=sheet)
    except (InventoryError, OSError) as error:
        QMessageBox.warning(parent, tr("Label not saved"), str(error))
        return None


__all__ = ["BatchesDialog", "save_label", "trace_html"]
