"""The unmatched sales list: the waiting lines, the resolved ones on request, a resolved line
never offered again; the Dashboard's notice shows only while lines wait."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from inventory_app.services.imports.sales import import_sales
from inventory_app.services.selling.unmatched import Unmatched, Unresolved, resolve_to_recipe
from inventory_app.ui.context import AppContext
from inventory_app.ui.dialogs.unmatched_dialog import UnmatchedDialog, UnmatchedNotice, describe
from tests.conftest import AUTHOR
from tests.ui.conftest import Menu
from tests.ui.test_pour_work import park

D = Decimal


def test_a_line_is_described_with_its_note_and_its_drinks() -> None:
    line = Unmatched(
        id=1, item="<Special>", note="gin & <b>", at=datetime(2026, 11, 20, 21), quantity=D(2),
        amount=None, kind="refund", import_id=1, resolved=False,
    )  # fmt: skip
    text = describe(line)
    assert text.startswith("<b>&lt;Special></b> × 2 · ")
    assert "· — · a refund: resolving it deducts nothing<br>Note: gin & &lt;b>" in text
    assert text.endswith("What was poured is for one drink: it is taken 2 times.")


def test_the_list_offers_only_waiting_lines(
    qtbot: Any, context: AppContext, menu: Menu, tmp_path: Path
) -> None:
    ids = park(context, tmp_path)
    with context.database.transaction() as s:
        resolve_to_recipe(s, ids["Rossi"], "Negroni", author=AUTHOR)
    dialog = UnmatchedDialog(None, context=context)
    qtbot.addWidget(dialog)
    assert [line.item for line in dialog.model.rows] == ["Special"]
    assert dialog.count.text() == "1 line waits" and dialog.resolve_button.isEnabled()
    dialog.show_resolved.setChecked(True)
    assert [(line.item, line.resolved) for line in dialog.model.rows] == [
        ("Special", False), ("Rossi", True),
    ]  # fmt: skip
    dialog.table.selectRow(1)
    assert dialog.chosen() is None and not dialog.resolve_button.isEnabled()


def test_an_empty_list_says_so(qtbot: Any, context: AppContext) -> None:
    dialog = UnmatchedDialog(None, context=context)
    qtbot.addWidget(dialog)
    assert dialog.count.text() == "No line waits: every till line is resolved"
    assert not dialog.resolve_button.isEnabled()


def test_the_notice_shows_only_while_lines_wait(qtbot: Any, context: AppContext) -> None:
    notice = UnmatchedNotice(context, name="dashboardUnmatched")
    qtbot.addWidget(notice)
    notice.show_waiting(Unresolved(2, D("37.5")))
    assert not notice.isHidden() and notice.button.text() == "Resolve them…"
    assert notice.label.text() == "2 unmatched sales (€37.50) not yet deducted"
    notice.show_waiting(Unresolved(1, D(12)))
    assert notice.button.text() == "Resolve it…"
    notice.show_waiting(Unresolved(0, D(0)))
    assert notice.isHidden()
    notice.show_waiting(None)
    assert notice.isHidden()


def test_importing_again_parks_nothing_twice(
    context: AppContext, menu: Menu, tmp_path: Path
) -> None:
    park(context, tmp_path)
    with context.database.transaction() as s:
        import_sales(s, tmp_path / "night.csv", author=AUTHOR, park_unknown=True)
    dialog = UnmatchedDialog(None, context=context)
    assert len(dialog.model.rows) == 2
    dialog.deleteLater()
