"""Asking where to write a workbook or which file to read: one wording, None on Cancel.

The dialog starts in the folder last used for that kind of file (remembered across runs
in QSettings), else in the user's Documents folder: never in the program's own folder,
which is where a bare file name would land.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from inventory_app.i18n.catalogue import N_, tr

WORKBOOK = N_("Excel workbook (*.xlsx)")
DOCUMENT = N_("PDF document (*.pdf);;Excel workbook (*.xlsx)")
SETTINGS = ("inventory-app", "file-choice")  # organisation, application: QSettings' file


def save_path(parent: QWidget, title: str, suggested: str, kinds: str | None = None) -> Path | None:
    """Where to write; `kinds` is a translated filter, a workbook's by default."""
    kinds = tr(WORKBOOK) if kinds is None else kinds
    start = str(start_folder(kinds) / Path(suggested).name)
    name, _filter = QFileDialog.getSaveFileName(parent, title, start, kinds)
    return _remembered(kinds, name)


def register_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    """Where to write a document that is a PDF or a workbook: no suffix makes a PDF."""
    path = save_path(parent, title, suggested, tr(DOCUMENT))
    if path is not None and path.suffix.lower() not in (".pdf", ".xlsx"):
        path = path.with_name(path.name + ".pdf")
    return path


def open_path(parent: QWidget, title: str, kinds: str) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(parent, title, str(start_folder(kinds)), kinds)
    return _remembered(kinds, name)


def start_folder(kinds: str) -> Path:
    """The folder last chosen for this kind of file if it still exists, else Documents."""
    last = QSettings(*SETTINGS).value(_key(kinds), "")
    if isinstance(last, str) and last and Path(last).is_dir():
        return Path(last)
    return documents_folder()


def documents_folder() -> Path:
    """The user's Documents folder, or their home folder where there is none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()


def _remembered(kinds: str, name: str) -> Path | None:
    if not name:
        return None
    path = Path(name)
    settings = QSettings(*SETTINGS)
    settings.setValue(_key(kinds), str(path.parent))
    settings.sync()
    return path


def _key(kinds: str) -> str:
    """One remembered folder per kind of file, named by the filter's first patterns
    ('*.xlsx'): the words before them change with the language, the patterns do not."""
    patterns = kinds.partition("(")[2].partition(")")[0] or kinds
    return "folders/" + "".join(c if c.isalnum() else "_" for c in patterns.strip())
