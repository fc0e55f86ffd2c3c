"""ui/pages/order_documents.py: Export and Send as the Orders page runs them, then the
dialog with what was written; a folder that cannot be written is a message, not a crash."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from inventory_app.db.engine import Database
from inventory_app.services.ordering import order_reads, orders
from inventory_app.services.ordering.order_export import WrittenDocument
from inventory_app.services.settings import set_setting
from inventory_app.ui.context import AppContext
from inventory_app.ui.pages import order_documents
from inventory_app.ui.pages.order_documents import DocumentActions
from tests.conftest import AUTHOR
from tests.ui.conftest import Bar


@pytest.fixture
def actions(
    qtbot: Any, context: AppContext, bar: Bar, monkeypatch: pytest.MonkeyPatch
) -> tuple[DocumentActions, list[str], list[list[WrittenDocument]], list[str]]:
    """The actions on the test bar (one draft to Rialto), recording what they show."""
    holder = QWidget()
    qtbot.addWidget(holder)
    said: list[str] = []
    errors: list[str] = []
    monkeypatch.setattr(
        order_documents, "show_error", lambda _p, _t, error: errors.append(str(error))
    )
    actions = DocumentActions(holder, context, said.append)
    shown: list[list[WrittenDocument]] = []
    monkeypatch.setattr(actions, "show_written", lambda _title, written: shown.append(written))
    return actions, said, shown, errors


def test_export_then_send_write_into_the_default_documents_folder(
    actions: tuple[DocumentActions, list[str], list[list[WrittenDocument]], list[str]],
    db: Database,
    documents_in_tmp: Path,
) -> None:
    doing, said, shown, errors = actions
    doing.export_proposal({})
    assert said == ["Documents saved for 1 supplier"] and errors == []
    [proposal] = shown[0]
    assert proposal.supplier == "Rialto" and proposal.folder.parent == documents_in_tmp / "Orders"
    with db.transaction() as s:
        [order_id] = orders.create_orders(s, author=AUTHOR)
        version = order_reads.order_rows(s)[0].version
    doing.send(order_id, version=version)
    [sent] = shown[1]
    assert said[1] == f"Order {sent.number} sent to Rialto"
    assert [p.name for p in sent.files] == [
        f"{sent.number} Rialto.pdf",
        f"{sent.number} Rialto.xlsx",
    ]


def test_a_folder_that_cannot_be_made_is_said_and_sends_nothing(
    actions: tuple[DocumentActions, list[str], list[list[WrittenDocument]], list[str]],
    db: Database,
    tmp_path: Path,
) -> None:
    doing, said, shown, errors = actions
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    with db.transaction() as s:
        set_setting(s, "order_documents_folder", str(blocker), author=AUTHOR)
        [order_id] = orders.create_orders(s, author=AUTHOR)
        version = order_reads.order_rows(s)[0].version
    doing.send(order_id, version=version)
    assert shown == [] and said == []
    assert errors and errors[0].startswith("the document could not be written: ")
    with db.reading() as s:
        assert order_reads.order_rows(s, status="draft")[0].order_id == order_id
