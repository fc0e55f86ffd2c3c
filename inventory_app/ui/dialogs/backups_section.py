"""The settings dialog's backups: the list, Back up now, and Restore with a confirmation."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inventory_app.db.backups import BackupFile, Reason
from inventory_app.db.engine import sqlite_path
from inventory_app.domain.errors import InventoryError
from inventory_app.i18n.catalogue import N_, NC_, tr, trc
from inventory_app.i18n.formats import localized_number, month_name, weekday_name
from inventory_app.services.backups.files import backups_of
from inventory_app.ui import operations
from inventory_app.ui.context import AppContext
from inventory_app.ui.file_choice import open_path
from inventory_app.ui.models.row_table_model import RowColumn, RowTableModel

SERVER_NOTE = N_(
    "This database is on a server: the server's own backups apply (pg_dump for PostgreSQL)."
)
# Why a backup was taken, as the list says it (the file name keeps the English word).
REASON_LABELS = {
    Reason.DAILY: NC_("backup reason", "daily"),
    Reason.MANUAL: NC_("backup reason", "manual"),
    Reason.BEFORE_MIGRATION: NC_("backup reason", "before-migration"),
    Reason.BEFORE_RESTORE: NC_("backup reason", "before-restore"),
}


def size_text(size: int) -> str:
    """'1.5 MB' or '340 kB' ('1,5 MB' in Italian)."""
    if size >= 1_000_000:
        return f"{localized_number(f'{size / 1_000_000:.1f}')} MB"
    return f"{localized_number(f'{size / 1000:.0f}')} kB"


def taken_text(taken: datetime) -> str:
    """'Mon 07 Dec 2026 19:30' ('lun 07 dic 2026 19:30'): the day a person recognises."""
    day = taken.date()
    return (
        f"{weekday_name(day, short=True)} {day:%d} {month_name(day, short=True)} {day:%Y} "
        f"{taken:%H:%M}"
    )


class BackupsModel(RowTableModel[BackupFile]):
    """Newest first: when, why, how big."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                RowColumn(tr("Taken"), lambda b: taken_text(b.taken)),
                RowColumn(trc("why a backup was taken", "Reason"), _reason_text),
                RowColumn(trc("file size", "Size"), lambda b: size_text(b.size), numeric=True),
            ],
            parent,
        )


class BackupsSection(QWidget):
    """Lists this database's backups; its buttons are the same actions the CLI offers."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.model = BackupsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)
        self.status = QLabel(wordWrap=True)
        self.back_up_button = QPushButton(tr("Back up now"))
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(tr("Restore…"))
        self.restore_button.clicked.connect(self.restore)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_up_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.on_server = sqlite_path(context.database.url) is None
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(backups_of(self._context.database))
        for widget in (self.table, self.back_up_button, self.restore_button):
            widget.setEnabled(not self.on_server)
        if self.on_server:
            self.status.setText(tr(SERVER_NOTE))
        elif not self.model.rows:
            self.status.setText(tr("No backups yet: the first start of each day makes one."))

    def selected(self) -> BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def back_up_now(self) -> None:
        done = operations.back_up_now(self._context)
        if isinstance(done, InventoryError):
            QMessageBox.warning(self, tr("Not backed up"), str(done))
            return
        self.refresh()
        self.status.setText(tr("Backed up to {path}").format(path=done))

    def restore(self) -> None:
        """The selected backup, or a file chosen from disk; never without a confirmation."""
        chosen = self.selected()
        source = chosen.path if chosen else self._choose_file()
        if source is None or not self._confirm(source, chosen):
            return
        done = operations.restore_backup(self._context, source=source)
        if isinstance(done, InventoryError):
            QMessageBox.warning(self, tr("Not restored"), str(done))
            return
        self.refresh()
        self.status.setText(
            tr("Restored from {path}. The database as it was is kept.").format(path=done.source)
        )

    def _choose_file(self) -> Path | None:
        return open_path(
            self, tr("Restore a backup"), tr("Backups (*.sqlite3 *.db);;All files (*)")
        )

    def _confirm(self, source: Path, chosen: BackupFile | None) -> bool:
        if chosen is not None:
            taken = chosen.taken
            question = tr("Replace the whole database with the backup taken {day} at {time}?")
            question = question.format(day=_long_day(taken), time=f"{taken:%H:%M}")
        else:
            question = tr("Replace the whole database with the backup in {path}?")
            question = question.format(path=source)
        answer = QMessageBox.question(
            self,
            tr("Restore this backup?"),
            question
            + "\n\n"
            + tr(
                "Everything recorded since then will no longer be in it. The database as it "
                "is now is kept as a backup first, so this can be undone by restoring that one."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes


def _long_day(taken: datetime) -> str:
    """'Monday 07 December 2026' ('lunedì 07 dicembre 2026')."""
    day = taken.date()
    return f"{weekday_name(day)} {day:%d} {month_name(day)} {day:%Y}"


def _reason_text(backup: BackupFile) -> str:
    """'before migration' ('prima dell'aggiornamento'): the file name's word, as words."""
    return trc("backup reason", REASON_LABELS[backup.reason]).replace("-", " ")
