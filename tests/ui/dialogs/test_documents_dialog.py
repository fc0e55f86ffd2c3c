"""ui/dialogs/documents_dialog.py: the files just written, Open folder, and Prepare email
for each supplier with an address (the others are told why there is none)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QPushButton

from inventory_app.services.ordering.order_export import WrittenDocument
from inventory_app.ui.dialogs.documents_dialog import DocumentsDialog, shared_folder

LINK = "mailto:ordini@rossi.it?subject=Ordine%202026-0042&body=in%20allegato%3A%0D%0Ax.pdf"


def written(folder: Path, supplier: str, mailto: str | None) -> WrittenDocument:
    files = (folder / f"2026-0042 {supplier}.pdf", folder / f"2026-0042 {supplier}.xlsx")
    email = "ordini@rossi.it" if mailto else ""
    return WrittenDocument(supplier, "2026-0042", email, folder, files, mailto)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []

    def record(url: QUrl) -> bool:
        urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", record)
    return urls


def test_open_folder_and_prepare_email_open_what_they_say(
    qtbot: Any, tmp_path: Path, opened: list[str]
) -> None:
    month = tmp_path / "2026-12"
    dialog = DocumentsDialog(
        None, title="Written",
        written=[written(month, "Rossi", LINK), written(month, "Bianchi", None)],
    )  # fmt: skip
    qtbot.addWidget(dialog)
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "2026-0042 Rossi.pdf" in labels and "2026-0042 Bianchi.xlsx" in labels
    assert (
        "No email address for this supplier: add their email in Suppliers… (Orders page, or "
        "File menu), or send the files yourself."
    ) in labels
    assert f"Saved in {month}" in labels
    assert list(dialog.mail_buttons) == ["Rossi"]  # Bianchi has no address: no button
    assert "ordini@rossi.it" in dialog.mail_buttons["Rossi"].toolTip()
    dialog.folder_button.click()
    dialog.mail_buttons["Rossi"].click()
    assert opened == [QUrl.fromLocalFile(str(month)).toString(), LINK]
    texts = [b.text() for b in dialog.findChildren(QPushButton)]
    assert texts.count("Prepare email") == 1 and "Open folder" in texts


def test_documents_of_two_months_open_the_documents_folder(tmp_path: Path) -> None:
    documents = [written(tmp_path / "2026-11", "Rossi", None),
                 written(tmp_path / "2026-12", "Bianchi", None)]  # fmt: skip
    assert shared_folder(documents) == tmp_path
    assert shared_folder(documents[:1]) == tmp_path / "2026-11"
