"""Orders, as the owner works them: drafts, their sheets, sending and cancelling on purpose."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from inventory_app.db.engine import Database
from inventory_app.services.ordering import order_reads
from inventory_app.ui import file_choice
from inventory_app.ui.formatting import euros
from inventory_app.ui.main_window import MainWindow
from inventory_app.ui.pages.orders_page import OrdersPage
from tests.ui.scenarios.driving import click, when_a_dialog_opens


@pytest.fixture(autouse=True)
def remembered_folders(tmp_path: Path) -> Iterator[Path]:
    """The folders the file dialogs remember live in this test's own settings file."""
    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings(*file_choice.SETTINGS).clear()


class SaveDialogs:
    """Stands in for the system's save dialog: says where it started, answers a path."""

    def __init__(self) -> None:
        self.started_in: list[Path] = []
        self.answers: list[Path] = []

    def __call__(self, _parent: QWidget, _title: str, start: str, _kinds: str) -> tuple[str, str]:
        self.started_in.append(Path(start).parent)
        return str(self.answers.pop(0)), ""


@pytest.fixture
def save_dialogs(monkeypatch: pytest.MonkeyPatch) -> SaveDialogs:
    dialogs = SaveDialogs()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialogs)
    return dialogs


def go_to_orders(window: MainWindow, qtbot: Any) -> OrdersPage:
    sidebar = window.sidebar
    row = next(r for r in range(sidebar.count()) if sidebar.item(r).text() == "Orders")
    spot = sidebar.visualItemRect(sidebar.item(row)).center()
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    page = window.current_page()
    assert isinstance(page, OrdersPage)
    return page


def pick_order(page: OrdersPage, qtbot: Any, row: int) -> order_reads.OrderRow:
    spot = page.orders.visualRect(page.orders_model.index(row, 1)).center()
    qtbot.mouseClick(page.orders.viewport(), Qt.MouseButton.LeftButton, pos=spot + QPoint(0, 0))
    chosen = page.selected_order()
    assert chosen is not None
    return chosen


def export(page: OrdersPage, qtbot: Any) -> None:
    """The owner's internal workbook (on hand, par), under its own button."""
    closed: list[QWidget] = []
    when_a_dialog_opens(click("Close"), seen=closed)
    qtbot.mouseClick(page.internal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(closed), timeout=10_000)


def test_drafts_export_then_send_and_cancel_ask_first(
    open_main_window: Callable[..., MainWindow],
    qtbot: Any,
    demo_db: Database,
    save_dialogs: SaveDialogs,
    tmp_path: Path,
    documents_in_tmp: Path,
) -> None:
    page = go_to_orders(open_main_window(), qtbot)
    assert page.proposal_model.proposals, "the demo bar has something to order"
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    with demo_db.reading() as s:
        drafts = order_reads.order_rows(s, status="draft")
    assert len(drafts) >= 2

    # The drafts' internal sheets are one click away; nothing is marked sent by it.
    assert page.internal_button.isEnabled()
    first = tmp_path / "sheets" / "reorder.xlsx"
    first.parent.mkdir()
    save_dialogs.answers.append(first)
    export(page, qtbot)
    assert save_dialogs.started_in == [file_choice.documents_folder()]
    assert sorted(load_workbook(first).sheetnames) == sorted(d.supplier for d in drafts)
    with demo_db.reading() as s:
        assert len(order_reads.order_rows(s, status="draft")) == len(drafts)

    # The next save starts where the last one went, in this run and the next.
    save_dialogs.answers.append(tmp_path / "sheets" / "again.xlsx")
    export(page, qtbot)
    assert save_dialogs.started_in[-1] == first.parent
    assert file_choice.start_folder(file_choice.WORKBOOK) == first.parent

    # Send asks, naming the supplier and the total; "Not now" sends nothing.
    order = pick_order(page, qtbot, 0)
    said: list[str] = []
    when_a_dialog_opens(click("Not now", texts=said))
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    assert order.supplier in said[0] and euros(order.total) in said[0]
    assert len(save_dialogs.started_in) == 2  # no save dialog: nothing was sent
    with demo_db.reading() as s:
        assert order_reads.order_rows(s, status="sent") == []

    shown: list[QWidget] = []

    def send_then_close(box: QWidget) -> None:
        click("Send")(box)
        when_a_dialog_opens(click("Close"), seen=shown)  # where the documents went

    when_a_dialog_opens(send_then_close)
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert len(list(documents_in_tmp.rglob(f"* {order.supplier}.pdf"))) == 1
    with demo_db.reading() as s:
        assert [o.order_id for o in order_reads.order_rows(s, status="sent")] == [order.order_id]

    # Cancel asks too, and "Not now" keeps the order.
    page.status_filter.setCurrentIndex(page.status_filter.findData("draft"))
    other = pick_order(page, qtbot, 0)
    said.clear()
    when_a_dialog_opens(click("Not now", texts=said))
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert other.supplier in said[0] and euros(other.total) in said[0]
    when_a_dialog_opens(click("Cancel order"))
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    with demo_db.reading() as s:
        assert [o.order_id for o in order_reads.order_rows(s, status="cancelled")] == [
            other.order_id
        ]
