"""After Export or Send: the suppliers' documents just written, where they are, and one
click to open their folder or a ready email to each supplier (the owner attaches the file:
a mail link cannot carry one)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inventory_app.i18n.catalogue import tr
from inventory_app.services.ordering.order_export import WrittenDocument
from inventory_app.ui.dialogs.buttons import standard_buttons
from inventory_app.ui.styling import named


def shared_folder(written: Sequence[WrittenDocument]) -> Path:
    """The month's folder, or the documents folder when documents of several months went."""
    folders = {w.folder for w in written}
    return folders.pop() if len(folders) == 1 else next(iter(folders)).parent


def open_folder(folder: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def open_mail(link: str) -> None:
    """The link as built (RFC 6068), not re-encoded by QUrl's parser."""
    QDesktopServices.openUrl(QUrl.fromEncoded(link.encode("ascii")))


class DocumentsDialog(QDialog):
    """One row per supplier: their files, then Prepare email (or why there is none)."""

    def __init__(
        self, parent: QWidget | None, *, title: str, written: Sequence[WrittenDocument]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.folder = shared_folder(written)
        where = QLabel(tr("Saved in {folder}").format(folder=self.folder))
        where.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.mail_buttons: dict[str, QPushButton] = {}
        for row, document in enumerate(written):
            files = "<br>".join(escape(p.name) for p in document.files)
            text = QLabel(f"<b>{escape(document.supplier)}</b><br>{files}")
            grid.addWidget(text, row, 0)
            grid.addWidget(self._mail(document), row, 1)
        buttons = standard_buttons(QDialogButtonBox.StandardButton.Close)
        self.folder_button = buttons.addButton(
            tr("Open folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.folder_button.clicked.connect(lambda: open_folder(self.folder))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def _mail(self, document: WrittenDocument) -> QWidget:
        link = document.mailto
        if link is None:
            missing = named(
                QLabel(
                    tr(
                        "No email address for this supplier: add their email in Suppliers… "
                        "(Orders page, or File menu), or send the files yourself."
                    )
                ),
                "count",
            )
            missing.setWordWrap(True)
            return missing
        button = QPushButton(tr("Prepare email"))
        button.setToolTip(
            tr("Opens your mail program with a message to {email}; attach the files.").format(
                email=document.email
            )
        )
        button.clicked.connect(lambda: open_mail(link))
        self.mail_buttons[document.supplier] = button
        return button

    @classmethod
    def show_written(
        cls, parent: QWidget | None, *, title: str, written: Sequence[WrittenDocument]
    ) -> None:
        if written:
            cls(parent, title=title, written=written).exec()
