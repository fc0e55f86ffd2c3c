"""The Count page: the weekly count in walking order, one entry and Enter per item."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inventory_app.domain.errors import InventoryError
from inventory_app.i18n.catalogue import N_, tr
from inventory_app.services.counts.view import CountRow, CountState
from inventory_app.ui import formatting, operations, queries
from inventory_app.ui.actions import build_actions
from inventory_app.ui.context import AppContext, Change
from inventory_app.ui.dialogs import count_dialogs
from inventory_app.ui.file_choice import open_path, save_path
from inventory_app.ui.models.count_model import ENTRY_FIELDS, CountColumn, CountModel
from inventory_app.ui.pages.count_widgets import CountTable
from inventory_app.ui.styling import named

HINT = N_(
    "Type and press Enter: the entry is saved and the cursor moves to the next item. "
    "Full = sealed containers; the open one as Tenths or its Weight in grams; "
    "Quantity overrides both. Delete clears a cell. Scan a barcode to jump to its row."
)


class CountPage(QWidget):
    """Reads the open count on every change it shows; each entry is saved on its own."""

    SHOWS = (
        Change.COUNTS | Change.STOCK | Change.ITEMS | Change.SETTINGS
    )  # the changes it refreshes on

    status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.state: CountState | None = None
        self._saving = False
        self.model = CountModel(self._save_line, self)
        self.table = CountTable(self.model)
        # Wraps rather than widening the window: unwrapped, it pushed a 1280 px window to 1296.
        self.title = named(QLabel(wordWrap=True), "pageTitle")
        self.progress_bar = QProgressBar()
        self.progress_bar.setFixedWidth(240)
        self.progress_bar.setFormat(tr("%v of %m counted"))
        self.locations = named(QLabel(wordWrap=True), "countProgress")
        self.locations.setTextFormat(Qt.TextFormat.RichText)
        self.hint = named(QLabel(tr(HINT), wordWrap=True), "hint")
        self.actions_by_name = self._make_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(self._top_bar())
        layout.addWidget(self.locations)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        context.changes.watch(self, self.SHOWS, self.refresh)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._show_row_note())
        self.model.dataChanged.connect(lambda *_: self._show_row_note())
        self.refresh()

    def _top_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(12)
        bar.addWidget(self.title, 1)
        bar.addWidget(self.progress_bar)
        for action in self.actions_by_name.values():
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setIconSize(QSize(18, 18))
            button.setAutoRaise(True)
            bar.addWidget(button)
        return bar

    def _make_actions(self) -> dict[str, QAction]:
        specs = [
            ("start", "add", tr("&Start count…"), [], self.start_count),
            ("export", "import", tr("&Export sheet…"), [], self.export_sheet),
            ("import", "import", tr("I&mport sheet…"), [], self.import_sheet),
            ("finalise", "make", tr("&Finalise count…"), ["Ctrl+Shift+F"], self.finalise),
        ]
        return build_actions(self, specs)

    # --- what the page shows ---------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the count; the cursor stays on its cell."""
        if self._saving:  # our own entry: its row comes back to the model, nothing else moved
            return
        state = queries.load_count_state(self._context.database)
        current = self.table.currentIndex()
        keep = (self.model.row_at(current.row()).item_id, current.column()) if (
            current.isValid() and current.row() < self.model.rowCount()
        ) else None  # fmt: skip
        replaced = [r.item_id for r in state.rows] != [r.item_id for r in self.model.rows]
        self.state = state
        self.model.update_rows(state.rows, editable=state.count_id is not None)
        if replaced or not current.isValid():
            self._restore(keep)
        self._show_state(state)

    def _restore(self, keep: tuple[int, int] | None) -> None:
        rows = self.model.rows
        found = next((n for n, r in enumerate(rows) if keep and r.item_id == keep[0]), None)
        if found is None:
            found = next((n for n, r in enumerate(rows) if not r.done), 0)
        if rows:
            self.table.setCurrentIndex(
                self.model.index(found, keep[1] if keep else CountColumn.FULL)
            )

    def _show_state(self, state: CountState) -> None:
        open_ = state.count_id is not None
        if open_ and state.started_at is not None:
            where = ", ".join(state.locations) or tr("whole bar")
            started = formatting.local_time(state.started_at)
            self.title.setText(
                tr("Count {number} · {where} · started {when} by {person}").format(
                    number=state.count_id, where=where, when=started, person=state.started_by
                )
            )
        else:
            self.title.setText(tr("No count open: Start count to begin (the sheet can be printed)"))
        # A progress bar whose text changes repaints at once, and with it every region of the
        # window still waiting (mid-entry): its paint joins the rest of the frame instead.
        self.progress_bar.setUpdatesEnabled(False)
        self.progress_bar.setMaximum(max(len(state.rows), 1))
        self.progress_bar.setValue(state.counted)
        self.progress_bar.setUpdatesEnabled(True)
        self.progress_bar.setVisible(open_)
        self.locations.setText(
            " · ".join(
                f"{p.location} <b>{p.counted}/{p.total}</b>"
                if p.counted < p.total
                else f"<span style='color:#2e7d32'>{p.location} <b>{p.counted}/{p.total}"
                "</b> ✓</span>"
                for p in state.progress
            )
            if open_
            else ""
        )
        self.actions_by_name["start"].setEnabled(not open_)
        self.actions_by_name["finalise"].setEnabled(open_ and state.counted > 0)

    def _show_row_note(self) -> None:
        """The current row's problem in full under the table (its cell may be too narrow)."""
        row = self.table.currentIndex().row()
        error = self.model.error_at(row) if 0 <= row < self.model.rowCount() else ""
        text = f"⚠ {error}" if error else tr(HINT)
        if text == self.hint.text():
            return  # restyling a label relays out the page: on every entry, a frame lost
        self.hint.setText(text)
        self.hint.setStyleSheet("color: #b3261e; font-weight: 600;" if error else "")

    def take_scan(self, code: str) -> bool:
        """A scanned barcode jumps to its row (the same column); True when this page took it."""
        row = self.model.row_of_code(code)
        if row is None:
            self.status_message.emit(tr("Scanned {code}: not in this count").format(code=code))
            return True
        column = self.table.currentIndex().column()
        self.table.go_to(row, column if column in ENTRY_FIELDS else CountColumn.FULL)
        self.status_message.emit(
            tr("Scanned {code}: {name}").format(code=code, name=self.model.row_at(row).name)
        )
        return True

    def focus_table(self) -> None:
        self.table.setFocus()

    # --- actions --------------------------------------------------------------------------
    def _save_line(self, row: CountRow, texts: Mapping[str, str]) -> CountRow | InventoryError:
        """Save one entry; the page takes the row back instead of re-reading all 500 items."""
        self._saving = True
        try:
            saved = operations.set_count_line(
                self._context, item_id=row.item_id, sku=row.sku, texts=texts
            )
        finally:
            self._saving = False
        if self.state is not None and not isinstance(saved, InventoryError):
            rows = [saved if r.item_id == saved.item_id else r for r in self.state.rows]
            self.state = replace(self.state, rows=rows)
            self._show_state(self.state)
        return saved

    def start_count(self) -> None:
        choices = queries.load_choices(self._context.database)
        locations = count_dialogs.StartCountDialog.ask(self, locations=choices.locations)
        if locations is None:
            return
        error = operations.start_count(self._context, locations=locations)
        if error is not None:
            QMessageBox.warning(self, tr("Count not started"), str(error))
            return
        self._restore(None)
        self.table.setFocus()
        self.status_message.emit(tr("Count started: type the first item's full containers"))

    def export_sheet(self, path: Path | None = None) -> None:
        if path is None:
            suggested = f"count-sheet-{date.today():%Y-%m-%d}.xlsx"  # a file name sorts by ISO date
            path = save_path(self, tr("Export count sheet"), suggested)
            if path is None:
                return
        locations = self.state.locations if self.state else ()
        try:
            rows = queries.export_count_sheet(self._context.database, path, locations=locations)
        except (InventoryError, OSError) as error:
            QMessageBox.warning(self, tr("Sheet not written"), str(error))
            return
        self.status_message.emit(
            tr("Wrote the count sheet of {count} items to {file}").format(
                count=formatting.grouped(Decimal(rows)), file=path.name
            )
        )

    def import_sheet(self, path: Path | None = None) -> None:
        if path is None:
            path = open_path(self, tr("Import count sheet"), tr("Count sheet (*.xlsx *.csv)"))
            if path is None:
                return
        done = operations.import_count_sheet(self._context, path=path, finalise=False)
        if isinstance(done, InventoryError):
            QMessageBox.warning(self, tr("Sheet not imported"), str(done))
            return
        self.status_message.emit(
            tr("Entered {count} items from {file} into count {number}").format(
                count=done.counted, file=done.file_name, number=done.count_id
            )
        )

    def finalise(self) -> None:
        if self.state is None or self.state.count_id is None:
            return
        if self.state.refused:
            count_dialogs.show_refused(self, self.state)
            return
        if not count_dialogs.confirm_finalise(self, self.state):
            return
        report = operations.finalise_count(self._context)
        if isinstance(report, InventoryError):
            QMessageBox.warning(self, tr("Count not finalised"), str(report))
            return
        count_dialogs.show_summary(self, report)
        self.status_message.emit(
            tr("Count {number} finalised: see the Variance page").format(number=report.count_id)
        )
