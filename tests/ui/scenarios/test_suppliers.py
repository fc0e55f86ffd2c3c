"""Issue 19, the supplier's record: the owner opens Suppliers from the Orders page, gives a
supplier an email and an address with clicks and keys, saves; then Export offers the
prepared email to that address and the supplier's document shows the address."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from inventory_app.db.engine import Database
from inventory_app.db.models import AuditEntry
from inventory_app.services.catalogue.suppliers import edit_supplier, supplier_spec
from inventory_app.ui.dialogs.documents_dialog import DocumentsDialog
from inventory_app.ui.dialogs.suppliers_dialog import SuppliersDialog
from inventory_app.ui.main_window import MainWindow
from tests.ui.conftest import DEMO_OWNER
from tests.ui.scenarios.driving import click, when_a_dialog_opens
from tests.ui.scenarios.test_order_documents import documents, opened, orders_page

__all__ = ["documents", "opened"]  # the fixtures, shared with the documents' scenarios

LAGUNA = "Laguna Spirits Srl"
MAIL = "ordini@laguna-nuova.example"
STREET, TOWN = "Calle Larga 8", "30121 Venezia VE"


@pytest.fixture
def laguna_unreachable(demo_db: Database) -> None:
    """Laguna as a supplier first typed in with no email and no address."""
    with demo_db.transaction() as session:
        edit_supplier(session, LAGUNA, {"email": "", "address": ""}, author=DEMO_OWNER)


def export_and_answer(qtbot: Any, button: Any, answer: Callable[[QWidget], None]) -> None:
    """Click `button`, answer the dialog it opens; the dialog is closed even if `answer`
    fails (pytest-qt reports the failure) so that a wrong step cannot hang the test."""
    seen: list[QWidget] = []

    def answer_then_close(dialog: QWidget) -> None:
        try:
            answer(dialog)
        finally:
            if isinstance(dialog, QDialog) and dialog.isVisible():
                dialog.reject()

    when_a_dialog_opens(answer_then_close, seen=seen)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible(), timeout=10_000)


def no_mail_for_laguna(said: list[str]) -> Callable[[QWidget], None]:
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, DocumentsDialog)
        assert LAGUNA not in dialog.mail_buttons
        said.extend(label.text() for label in dialog.findChildren(QLabel))
        click("Close")(dialog)

    return answer


def give_laguna_an_email_and_address(qtbot: Any) -> Callable[[QWidget], None]:
    """Click Laguna's row, type the email over the old one and the address on two lines."""

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, SuppliersDialog)
        row = dialog.model.row_of(LAGUNA)
        assert row is not None
        spot = dialog.table.visualRect(dialog.model.index(row, 0)).center()
        qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
        assert dialog.heading.text() == LAGUNA
        email = dialog.form.lines["email"]
        qtbot.mouseClick(email, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(email, MAIL)
        qtbot.mouseClick(dialog.form.address.viewport(), Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.form.address, STREET)
        qtbot.keyClick(dialog.form.address, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.form.address, TOWN)
        click("Save")(dialog)
        assert dialog.status.text() == f"Saved {LAGUNA}"
        assert not dialog.form.error.isVisible()
        click("Close")(dialog)

    return answer


def mail_laguna(dialog: QWidget) -> None:
    assert isinstance(dialog, DocumentsDialog)
    dialog.mail_buttons[LAGUNA].click()
    click("Close")(dialog)


def test_the_owner_gives_a_supplier_an_email_and_an_address(
    open_main_window: Callable[..., MainWindow],
    qtbot: Any,
    demo_db: Database,
    documents: Path,
    opened: list[str],
    laguna_unreachable: None,
) -> None:
    window = open_main_window()
    page = orders_page(qtbot, window, "Orders")
    said: list[str] = []
    export_and_answer(qtbot, page.export_button, no_mail_for_laguna(said))
    assert any("add their email in Suppliers…" in text for text in said)

    export_and_answer(qtbot, page.suppliers_button, give_laguna_an_email_and_address(qtbot))
    with demo_db.reading() as session:
        spec = supplier_spec(session, LAGUNA)
        assert (spec.email, spec.address) == (MAIL, f"{STREET}\n{TOWN}")
        last = session.query(AuditEntry).order_by(AuditEntry.id.desc()).first()
        assert last is not None and (last.entity, last.label) == ("supplier", LAGUNA)
    assert window.statusBar().currentMessage() == "Suppliers saved"

    opened.clear()
    export_and_answer(qtbot, page.export_button, mail_laguna)
    assert opened[0].startswith(f"mailto:{MAIL}?subject=")
    stem = f"draft {date.today().isoformat()} {LAGUNA} (2)"  # the first export's is kept
    month = documents / f"{date.today():%Y-%m}"
    sheet = load_workbook(month / f"{stem}.xlsx").active
    assert sheet is not None
    words = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert words[words.index(LAGUNA) : words.index(LAGUNA) + 3] == [LAGUNA, STREET, TOWN]
    pdftotext = shutil.which("pdftotext")
    if pdftotext is not None:  # the PDF beside it, read as the supplier reads it
        text = subprocess.run([pdftotext, str(month / f"{stem}.pdf"), "-"], check=True,
                              capture_output=True, text=True, timeout=60).stdout  # fmt: skip
        assert STREET in text and TOWN in text and "IT05550142029" in text


def test_a_bartender_reads_the_suppliers_but_cannot_change_them(
    open_main_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = open_main_window(user="giulia")
    page = orders_page(qtbot, window, "Orders")
    seen: list[object] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, SuppliersDialog)
        seen.append(dialog.select(LAGUNA))
        seen.append(dialog.form.lines["vat_number"].text())
        seen.append(dialog.form.lines["email"].isReadOnly())
        seen.append(dialog.new_button.isEnabled())
        seen.append(sorted(b.text() for b in dialog.buttons.buttons() if b.isEnabled()))
        click("Close")(dialog)

    export_and_answer(qtbot, page.suppliers_button, look)
    assert seen == [True, "IT05550142029", True, False, ["Close"]]
    seen.clear()  # and from the File menu, by its shortcut
    found = [a for a in window.all_actions() if a.text() == "Su&ppliers…"]
    assert [a.shortcut().toString() for a in found] == ["Ctrl+Shift+S"]
    when_a_dialog_opens(look)
    found[0].trigger()
    assert seen == [True, "IT05550142029", True, False, ["Close"]]
