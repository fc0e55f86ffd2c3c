"""File › Import sales: preview a POS export, then import it off the UI thread, cancellable."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inventory_app.db.engine import Session
from inventory_app.domain.errors import InventoryError
from inventory_app.i18n.catalogue import N_, tr, trc
from inventory_app.services.imports.sales import (
    BUILT_IN_PROFILES,
    ImportCancelled,
    SalesFormat,
    SalesImportSummary,
    SalesPreview,
    UnknownItemsError,
    import_sales,
    preview_sales,
)
from inventory_app.services.imports.sales_profiles import needs_mapping, profiles_folder
from inventory_app.ui.context import AppContext, Change
from inventory_app.ui.dialogs.import_sales_texts import (
    format_label,
    modifiers_text,
    summary_text,
    unknown_text,
    whole,
)
from inventory_app.ui.dialogs.profile_assistant import ProfileAssistant
from inventory_app.ui.dialogs.unmatched_dialog import UnmatchedDialog
from inventory_app.ui.file_choice import open_path
from inventory_app.ui.models.sales_preview_model import SalesPreviewModel
from inventory_app.ui.ops import Op, read_now
from inventory_app.ui.styling import named, set_state
from inventory_app.ui.worker import PER_MILLE, Report, Worker

FILE_FILTER = N_("Sales exports (*.csv *.xlsx);;All files (*)")


@dataclass(frozen=True)
class Unmapped:
    """A file no profile reads (auto chose none): the mapping assistant maps it."""

    path: Path
    folder: Path | None


PREVIEW_LINES = 20
IMPORTED = Change.SALES | Change.STOCK | Change.BOTTLES  # sales, their deductions and pours
Work = Callable[[Report], object]
Done = Callable[[Any], None]


class ImportSalesDialog(QDialog):
    """Preview and import run in worker threads: the window keeps answering throughout."""

    def __init__(self, parent: QWidget | None, *, context: AppContext) -> None:
        super().__init__(parent)
        self._context = context
        self._path: Path | None = None
        self._worker: Worker | None = None
        self._busy = False  # from a worker's start until its result is on screen
        self._generation = 0
        self.summary: SalesImportSummary | None = None
        self.assistant: ProfileAssistant | None = None
        self.setWindowTitle(tr("Import sales"))
        self._build()
        self._set_running(False)
        self.resize(860, 600)

    # --- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.file = QLineEdit(
            readOnly=True, placeholderText=tr("Choose a POS export (.csv or .xlsx)")
        )
        self.choose = QPushButton(tr("&Choose file…"))
        self.choose.clicked.connect(self.choose_file)
        self.format = QComboBox()
        for name in (SalesFormat.AUTO.value, *(p.name for p in BUILT_IN_PROFILES)):
            self.format.addItem(format_label(name), str(name))
        self.format.currentIndexChanged.connect(lambda _i: self.refresh_preview())
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.choose)
        form = QFormLayout()
        form.addRow(tr("File"), file_row)
        form.addRow(tr("&Profile"), self.format)
        self.model = SalesPreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)  # a long list of modifiers is elided, the row stays one line
        # the last column (variant and modifiers) takes what is left
        for column, width in enumerate((56, 130, 150, 48, 90, 70, 110)):
            self.table.setColumnWidth(column, width)
        self.lines_label = named(QLabel(), "count")
        self.unknown = named(QLabel(wordWrap=True), "dialogError")
        self.unknown.hide()
        self.skip_unknown = QCheckBox(tr("&Keep unknown names as unmatched sales"))
        self.dry_run = QCheckBox(tr("&Dry run (report only, write nothing)"))
        self.progress = QProgressBar()
        self.progress.setRange(0, PER_MILLE)
        self.progress.setTextVisible(False)
        self.status = named(QLabel(wordWrap=True), "importStatus")
        self.import_button = QPushButton(tr("&Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton(tr("C&ancel import"))
        self.cancel_button.clicked.connect(self.cancel_import)
        self.resolve_parked = named(QPushButton(tr("&Resolve unmatched sales…")), "resolveParked")
        self.resolve_parked.clicked.connect(self._resolve_parked)
        self.resolve_parked.hide()
        self.close_button = QPushButton(trc("button", "Close"))
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.lines_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.unknown)
        layout.addLayout(_row(self.skip_unknown, self.dry_run, stretch=True))
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(
            _row(self.import_button, self.cancel_button, self.resolve_parked, self.close_button)
        )

    @classmethod
    def ask(cls, parent: QWidget | None, *, context: AppContext) -> SalesImportSummary | None:
        """Modal; the last real (not dry-run) import's summary, or None."""
        dialog = cls(parent, context=context)
        dialog.exec()
        return dialog.summary

    # --- preview --------------------------------------------------------------------------
    def choose_file(self) -> None:
        path = open_path(self, tr("Import sales"), tr(FILE_FILTER))
        if path is not None:
            self.set_file(path)

    def set_file(self, path: Path) -> None:
        self._path = path
        self.file.setText(str(path))
        self.refresh_preview()

    def chosen_format(self) -> str:
        """The chosen profile's name, or auto."""
        return str(self.format.currentData())

    def refresh_preview(self) -> None:
        """Read the file in a worker: the unknown-name count needs the whole file."""
        path, fmt, database = self._path, self.chosen_format(), self._context.database
        if path is None:
            return

        def look(session: Session) -> SalesPreview | Unmapped:
            if fmt == SalesFormat.AUTO.value:
                folder = profiles_folder(session)
                if needs_mapping(path, folder):
                    return Unmapped(path, folder)
            return preview_sales(session, path, fmt=fmt, limit=PREVIEW_LINES)

        def work(_report: Report) -> SalesPreview | Unmapped:
            return read_now(database, look)

        self.model.set_rows([])
        self.lines_label.setText("")  # the last file's profile and count no longer hold
        self.unknown.hide()
        self._say(tr("Reading the file…"), ok=None)
        self._start(work, self._previewed, busy=True)

    def _previewed(self, preview: SalesPreview | Unmapped) -> None:
        if isinstance(preview, Unmapped):
            self._map(preview)
            return
        self.model.set_rows(preview.lines)
        shown = len(preview.lines)
        fmt = format_label(preview.format)
        if shown < preview.total_lines:
            said = tr("{file}: {format} format, {lines} lines (first {shown} shown)")
        else:
            said = tr("{file}: {format} format, {lines} lines")
        self.lines_label.setText(
            said.format(
                file=preview.file_name, format=fmt, lines=whole(preview.total_lines), shown=shown
            )
        )
        self._show_unknown(preview.unknown, preview.unknown_modifiers)
        self._say(tr("Ready to import."), ok=None)

    def _map(self, unmapped: Unmapped) -> None:
        """Open the mapping assistant; once its profile is saved, auto reads the file with it."""
        self._say(
            tr("No profile reads {file}: map its columns in the assistant.").format(
                file=unmapped.path.name
            ),
            ok=False,
        )
        assistant = ProfileAssistant(self, path=unmapped.path, folder=unmapped.folder)
        assistant.accepted.connect(self.refresh_preview)
        self.assistant = assistant
        assistant.open()

    def _show_unknown(self, unknown: dict[str, int], modifiers: dict[str, int]) -> None:
        said = [unknown_text(unknown)] if unknown else []
        said += [modifiers_text(modifiers)] if modifiers else []
        self.unknown.setText("\n".join(said))
        self.unknown.setVisible(bool(said))

    # --- import ---------------------------------------------------------------------------
    def start_import(self) -> None:
        """The import in its own transaction in a worker; Cancel rolls all of it back."""
        path, fmt, context = self._path, self.chosen_format(), self._context
        if path is None or self.running():
            return
        dry_run, skip = self.dry_run.isChecked(), self.skip_unknown.isChecked()

        def work(report: Report) -> SalesImportSummary:
            return Op(context, IMPORTED, lambda s: import_sales(
                s, path, author=context.user, fmt=fmt,
                dry_run=dry_run, park_unknown=skip, progress=report,
            )).call()  # fmt: skip

        self.progress.setValue(0)
        self._say(tr("Importing…"), ok=None)
        self._start(work, self._imported, busy=False)

    def _imported(self, summary: SalesImportSummary) -> None:
        self.progress.setValue(PER_MILLE)
        self._say(summary_text(summary), ok=True)
        if not summary.dry_run:
            self.summary = summary
            self._context.changes.announce(IMPORTED)
            self.resolve_parked.setVisible(summary.skipped_unknown > 0)

    def _resolve_parked(self) -> None:
        """The lines just parked (and any older) in the list where each is resolved."""
        UnmatchedDialog.ask(self, context=self._context)

    def cancel_import(self) -> None:
        if self._worker is not None and self.running():
            self._worker.cancel()
            self._say(tr("Cancelling…"), ok=None)

    # --- the worker -----------------------------------------------------------------------
    def running(self) -> bool:
        """Until the worker's result is on screen: its thread ends before the signal that
        carries the result arrives, and till then the buttons are still those of a run."""
        return self._busy

    def _start(self, work: Work, done: Done, *, busy: bool) -> None:
        self.wait_for_worker()
        self._generation += 1
        generation = self._generation
        worker = Worker(work, self)
        worker.progressed.connect(self.progress.setValue)
        worker.succeeded.connect(lambda r: self._finished(generation, done, r))
        worker.failed.connect(lambda e: self._finished(generation, self._failed, e))
        self._worker = worker
        self.progress.setRange(0, 0 if busy else PER_MILLE)
        self._busy = True
        self._set_running(True, importing=not busy)
        worker.start()

    def _finished(self, generation: int, slot: Done, value: Any) -> None:
        # A slower, older worker (a preview of the previous file) must not overwrite.
        if generation != self._generation:
            return
        if self._worker is not None:
            self._worker.wait()
        self._busy = False
        self.progress.setRange(0, PER_MILLE)
        self._set_running(False)
        slot(value)

    def _failed(self, error: InventoryError) -> None:
        self.progress.setValue(0)
        if isinstance(error, ImportCancelled):
            self._say(tr("Cancelled: nothing was imported."), ok=False)
            return
        if isinstance(error, UnknownItemsError):
            self._show_unknown(error.unknown, error.modifiers)
        self._say(str(error), ok=False)

    def _set_running(self, running: bool, *, importing: bool = False) -> None:
        idle = not running
        for widget in (self.choose, self.format, self.skip_unknown, self.dry_run):
            widget.setEnabled(idle)
        self.import_button.setEnabled(idle and self._path is not None)
        self.cancel_button.setEnabled(running and importing)
        self.close_button.setEnabled(idle)

    def wait_for_worker(self) -> None:
        """Cancel and wait for a running worker (a chunk at most)."""
        if self._worker is not None and self._worker.isRunning():
            self._worker.cancel()
            self._worker.wait()

    def _say(self, text: str, *, ok: bool | None) -> None:
        self.status.setText(text)
        set_state(self.status, "ok", "" if ok is None else ok)

    def reject(self) -> None:
        """Esc or Close while importing cancels the import first (it rolls back)."""
        self.wait_for_worker()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window cancels a running import and waits for its rollback."""
        self.wait_for_worker()
        super().closeEvent(event)


def _row(*widgets: QWidget, stretch: bool = False) -> QHBoxLayout:
    row = QHBoxLayout()
    if not stretch:
        row.addStretch(1)
    for widget in widgets:
        row.addWidget(widget)
    if stretch:
        row.addStretch(1)
    row.setAlignment(Qt.AlignmentFlag.AlignVCenter)
    return row
