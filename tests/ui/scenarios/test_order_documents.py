"""Issue 19, one click per supplier: Export and Send write the suppliers' documents into the
month's folder and offer Open folder and a prepared email, on the real main window."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from inventory_app.db.engine import Database
from inventory_app.services.ordering import order_reads
from inventory_app.services.settings import set_setting
from inventory_app.ui.dialogs.documents_dialog import DocumentsDialog
from inventory_app.ui.main_window import MainWindow
from inventory_app.ui.pages.orders_page import OrdersPage
from tests.ui.conftest import DEMO_OWNER
from tests.ui.scenarios.conftest import go_to
from tests.ui.scenarios.driving import click, when_a_dialog_opens
from tests.ui.scenarios.test_orders import pick_order

LAGUNA = "Laguna Spirits Srl"
LAGUNA_MAIL = "ordini@laguna-spirits.example"
BAR = "La%20Chiusa%20Cocktail%20Bar"


@pytest.fixture
def documents(demo_db: Database, tmp_path: Path) -> Path:
    """The bar's documents folder, set as the owner sets it (`settings set`)."""
    folder = tmp_path / "Ordini"
    with demo_db.transaction() as session:
        set_setting(session, "order_documents_folder", str(folder), author=DEMO_OWNER)
    return folder


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the system was asked to open (a folder, a mail link), as encoded URLs."""
    urls: list[str] = []

    def record(url: QUrl) -> bool:
        urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", record)
    return urls


def use_the_dialog(folder_button: str, mail_button: str, *, supplier: str) -> Callable[..., None]:
    """Open the folder, prepare the supplier's email, close: what the owner does."""

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, DocumentsDialog)
        assert dialog.folder_button.text() == folder_button
        dialog.folder_button.click()
        mail = dialog.mail_buttons[supplier]
        assert mail.text() == mail_button
        mail.click()
        click("Close" if folder_button == "Open folder" else "Chiudi")(dialog)

    return answer


def orders_page(qtbot: Any, window: MainWindow, title: str) -> OrdersPage:
    page = go_to(qtbot, window, title)
    assert isinstance(page, OrdersPage)
    return page


def laguna_row(page: OrdersPage) -> int:
    return next(i for i, r in enumerate(page.orders_model.rows) if r.supplier == LAGUNA)


def test_export_a_draft_then_send_it_from_the_orders_page(
    open_main_window: Callable[..., MainWindow],
    qtbot: Any,
    demo_db: Database,
    documents: Path,
    opened: list[str],
) -> None:
    page = orders_page(qtbot, open_main_window(), "Orders")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.tabs.currentIndex() == 1  # the drafts are shown where they are sent from
    draft = pick_order(page, qtbot, laguna_row(page))
    assert page.lines_title.text().startswith(f"Draft for {LAGUNA} — ")

    today = date.today()
    month = documents / f"{today:%Y-%m}"
    seen: list[QWidget] = []
    when_a_dialog_opens(use_the_dialog("Open folder", "Prepare email", supplier=LAGUNA), seen=seen)
    qtbot.mouseClick(page.document_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible(), timeout=10_000)
    stem = f"draft {today.isoformat()} {LAGUNA}"
    assert sorted(p.name for p in month.iterdir()) == [f"{stem}.pdf", f"{stem}.xlsx"]
    assert opened[0] == QUrl.fromLocalFile(str(month)).toString()
    assert opened[1].startswith(
        f"mailto:{LAGUNA_MAIL}?subject=Draft%20order%20%E2%80%93%20{BAR}&body=Good%20morning%2C"
    )
    assert f"%0D%0A{stem.replace(' ', '%20')}.pdf%0D%0A" in opened[1]
    with demo_db.reading() as s:  # exporting sends nothing
        assert order_reads.order_rows(s, status="sent") == []

    sending: list[QWidget] = []

    def send_then_use_the_dialog(box: QWidget) -> None:
        click("Send")(box)
        when_a_dialog_opens(
            use_the_dialog("Open folder", "Prepare email", supplier=LAGUNA), seen=sending
        )

    when_a_dialog_opens(send_then_use_the_dialog)
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(sending) and not sending[0].isVisible(), timeout=10_000)
    with demo_db.reading() as s:
        number = next(r.number for r in order_reads.order_rows(s) if r.order_id == draft.order_id)
    assert number == f"{today.year}-0001"
    sent = [month / f"{number} {LAGUNA}.pdf", month / f"{number} {LAGUNA}.xlsx"]
    assert all(p.is_file() for p in sent)
    words = {c.value for row in load_workbook(sent[1]).active.iter_rows() for c in row}  # type: ignore[union-attr]
    assert number in words
    assert opened[3].startswith(f"mailto:{LAGUNA_MAIL}?subject=Order%20{number}%20%E2%80%93%20")

    page.status_filter.setCurrentIndex(page.status_filter.findData(""))
    page.select_order(draft.order_id)
    assert page.lines_title.text() == f"Order {number}, {LAGUNA}"
    assert page.document_button.text() == "Export again"


@pytest.mark.usefixtures("italian")
def test_the_proposal_for_every_supplier_in_italian(
    open_main_window: Callable[..., MainWindow],
    qtbot: Any,
    documents: Path,
    opened: list[str],
) -> None:
    """Export on the proposal: one draft per supplier, named in Italian where they read it."""
    page = orders_page(qtbot, open_main_window(), "Ordini")
    suppliers = [p.supplier for p in page.proposal_model.proposals]
    assert page.export_button.text() == "Esporta per i fornitori"
    seen: list[QWidget] = []
    when_a_dialog_opens(
        use_the_dialog("Apri cartella", "Prepara email", supplier=LAGUNA), seen=seen
    )
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible(), timeout=10_000)
    dialog = seen[0]
    assert isinstance(dialog, DocumentsDialog)
    assert sorted(dialog.mail_buttons) == sorted(suppliers)
    month = documents / f"{date.today():%Y-%m}"
    assert len(list(month.glob("*.pdf"))) == len(list(month.glob("*.xlsx"))) == len(suppliers)
    assert opened[0] == QUrl.fromLocalFile(str(month)).toString()
    assert opened[1].startswith(f"mailto:{LAGUNA_MAIL}?subject=")
