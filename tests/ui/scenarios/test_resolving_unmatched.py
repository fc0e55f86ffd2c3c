"""Unmatched sales resolved in the real window (issue 18): from the Dashboard's line, to what
was poured (started from a recipe, one amount changed, one line removed) or to a recipe; a
bartender may resolve, and one the services refuse reads why and changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import func, select

from inventory_app.db.engine import Database
from inventory_app.db.models import Movement, Sale
from inventory_app.services.catalogue.items import item_by_sku
from inventory_app.services.imports.sales import import_sales
from inventory_app.services.ledger.movements import on_hand
from inventory_app.services.people.roster import disable_user
from inventory_app.services.selling.unmatched import resolve_to_pours, unmatched_sales
from inventory_app.ui.dialogs.resolve_dialog import ResolveDialog
from inventory_app.ui.dialogs.unmatched_dialog import UnmatchedDialog
from inventory_app.ui.main_window import MainWindow
from inventory_app.ui.models.timeline_model import TimelineColumn
from inventory_app.ui.pages.dashboard_page import DashboardPage
from tests.ui.conftest import DEMO_OWNER
from tests.ui.scenarios.conftest import go_to
from tests.ui.scenarios.driving import when_a_dialog_opens

Click = Qt.MouseButton.LeftButton
D = Decimal
WAIT_MS = 20_000
NIGHT = (
    "Date,Time,Item,Qty,Gross Sales,Event Type,Notes\n"
    "2026-11-20,22:15:00,Special,2,€28.00,Payment,negroni but more gin and no lid\n"
    "2026-11-20,23:05:00,Signora Rossi,1,€12.00,Payment,an americano\n"
)
SKUS = ("GIN-TANQ", "AMA-CAMP", "VER-COCCHI", "TA-CUP12", "TA-LID12", "VER-CARP", "MIX-SODA")


@pytest.fixture
def parked(demo_db: Database, tmp_path: Path) -> dict[str, int]:
    """Two lines of the night parked as unmatched sales: their ids by the till's name."""
    night = tmp_path / "night.csv"
    night.write_text(NIGHT, encoding="utf-8")
    with demo_db.transaction() as s:
        import_sales(s, night, author=DEMO_OWNER, park_unknown=True)
        return {line.item: line.id for line in unmatched_sales(s)}


def stock(db: Database) -> dict[str, Decimal]:
    with db.reading() as s:
        return {sku: on_hand(s, item.id) for sku in SKUS if (item := item_by_sku(s, sku))}


def open_list(
    qtbot: Any,
    window: MainWindow,
    answer: Callable[[UnmatchedDialog], None],
    *,
    waiting: str = "2 unmatched sales (€40.00) not yet deducted",
) -> DashboardPage:
    """Dashboard › the unmatched line's button; `answer` drives the list that opens."""
    page = go_to(qtbot, window, "Dashboard")
    qtbot.waitUntil(lambda: page.unmatched_notice.isVisible(), timeout=WAIT_MS)
    assert page.unmatched.text() == waiting

    def drive(dialog: QWidget) -> None:
        assert isinstance(dialog, UnmatchedDialog)
        try:
            answer(dialog)
        finally:
            dialog.reject()

    when_a_dialog_opens(drive)
    qtbot.mouseClick(page.unmatched_notice.button, Click)
    assert isinstance(page, DashboardPage)
    return page


def resolve_row(
    qtbot: Any, listing: UnmatchedDialog, row: int, answer: Callable[[ResolveDialog], None]
) -> None:
    """Choose the list's row and press Resolve; `answer` drives the dialog that opens."""
    listing.table.selectRow(row)

    def drive(dialog: QWidget) -> None:
        assert isinstance(dialog, ResolveDialog)
        answer(dialog)
        if dialog.isVisible():
            dialog.reject()

    when_a_dialog_opens(drive)
    qtbot.mouseClick(listing.resolve_button, Click)


def test_resolved_to_pours_from_a_recipe_with_one_amount_changed(
    qtbot: Any,
    open_main_window: Callable[..., MainWindow],
    demo_db: Database,
    parked: dict[str, int],
) -> None:
    before = stock(demo_db)
    window = open_main_window(user="giulia")  # a bartender may resolve (import sales)
    seen: list[str] = []

    def pour(dialog: ResolveDialog) -> None:
        seen.append(dialog.line_label.text())
        editor = dialog.editor
        editor.recipe.setCurrentIndex(editor.recipe.findText("Negroni"))
        qtbot.mouseClick(editor.start_button, Click)
        assert editor.skus() == ["GIN-TANQ", "AMA-CAMP", "VER-COCCHI", "TA-CUP12", "TA-LID12"]
        editor.amount_edit(0).clear()
        qtbot.keyClicks(editor.amount_edit(0), "4.5")  # cl, as the recipe writes it
        lid = editor.lines.cellWidget(4, 3)
        qtbot.mouseClick(lid, Click)  # ✕: no lid in the speakeasy's glass
        qtbot.mouseClick(dialog.resolve_button, Click)

    def listing(dialog: UnmatchedDialog) -> None:
        assert [line.item for line in dialog.model.rows] == ["Special", "Signora Rossi"]
        resolve_row(qtbot, dialog, 0, pour)
        assert [line.item for line in dialog.model.rows] == ["Signora Rossi"]
        assert dialog.count.text() == "1 line waits"

    dashboard = open_list(qtbot, window, listing)
    assert seen and "<b>Special</b> × 2" in seen[0] and "taken 2 times" in seen[0]
    after = stock(demo_db)
    taken = {sku: before[sku] - after[sku] for sku in SKUS}
    assert taken == {
        "GIN-TANQ": D(90), "AMA-CAMP": D(60), "VER-COCCHI": D(60), "TA-CUP12": D(2),
        "TA-LID12": D(0), "VER-CARP": D(0), "MIX-SODA": D(0),
    }  # fmt: skip
    with demo_db.reading() as s:
        moved = s.scalars(
            select(Movement).where(Movement.reference == f"unmatched:{parked['Special']}")
        ).all()
        assert {(m.author, m.reason) for m in moved} == {("giulia", "sale")}
        assert [line.item for line in unmatched_sales(s)] == ["Signora Rossi"]
    qtbot.waitUntil(
        lambda: dashboard.unmatched.text() == "1 unmatched sale (€12.00) not yet deducted",
        timeout=WAIT_MS,
    )


def test_resolved_to_a_recipe(
    qtbot: Any,
    open_main_window: Callable[..., MainWindow],
    demo_db: Database,
    parked: dict[str, int],
) -> None:
    before = stock(demo_db)
    window = open_main_window()

    def recipe(dialog: ResolveDialog) -> None:
        dialog.recipe.setCurrentIndex(dialog.recipe.findText("Americano"))
        dialog.to_recipe.setChecked(True)
        qtbot.mouseClick(dialog.resolve_button, Click)

    open_list(qtbot, window, lambda listing: resolve_row(qtbot, listing, 1, recipe))
    after = stock(demo_db)
    assert before["AMA-CAMP"] - after["AMA-CAMP"] == 40  # the Americano's 4 cl
    assert before["MIX-SODA"] - after["MIX-SODA"] == 60
    with demo_db.reading() as s:
        sale = s.scalars(select(Sale).order_by(Sale.id.desc()).limit(1)).one()
        assert (sale.recipe_name, sale.quantity, sale.gross_amount) == ("Americano", 1, 12)
        assert [line.item for line in unmatched_sales(s)] == ["Special"]


def test_a_refused_bartender_reads_why_and_nothing_changes(
    qtbot: Any,
    open_main_window: Callable[..., MainWindow],
    demo_db: Database,
    parked: dict[str, int],
) -> None:
    window = open_main_window(user="giulia")
    with demo_db.transaction() as s:  # the owner, at the desktop, disables her meanwhile
        disable_user(s, "giulia", author=DEMO_OWNER)
        movements = s.scalar(select(func.count(Movement.id)))
    said: list[str] = []

    def refused(dialog: ResolveDialog) -> None:
        dialog.recipe.setCurrentIndex(dialog.recipe.findText("Negroni"))
        dialog.to_recipe.setChecked(True)
        qtbot.mouseClick(dialog.resolve_button, Click)
        said.append(dialog.message.text())

    open_list(qtbot, window, lambda listing: resolve_row(qtbot, listing, 0, refused))
    assert said == [
        "Not resolved: 'giulia' is not an active user of this bar (disabled); nothing was changed."
    ]
    with demo_db.reading() as s:
        assert s.scalar(select(func.count(Movement.id))) == movements
        assert len(unmatched_sales(s)) == 2


def test_a_resolved_lines_pour_is_undone_on_history_and_the_line_stays_resolved(
    qtbot: Any,
    open_main_window: Callable[..., MainWindow],
    demo_db: Database,
    parked: dict[str, int],
) -> None:
    """History undoes a movement of a resolved line as any movement (the core's docstring); the
    till still sold the drink, so the list keeps the line as resolved, greyed, not waiting."""
    with demo_db.transaction() as s:
        resolve_to_pours(s, parked["Special"], [("GIN-TANQ", D(4), "cl")], author=DEMO_OWNER)
    before = stock(demo_db)["GIN-TANQ"]
    window = open_main_window()
    page = go_to(qtbot, window, "History")
    page.filters.set_days(date(2026, 11, 20), date(2026, 11, 20))
    items = page.filters.item
    qtbot.waitUntil(lambda: items.findText("(GIN-TANQ)", Qt.MatchFlag.MatchEndsWith) > 0)
    items.setCurrentIndex(items.findText("(GIN-TANQ)", Qt.MatchFlag.MatchEndsWith))
    wanted = "Unmatched sale: Special ×2"

    def row_of_the_pour() -> int | None:
        texts = [
            page.model.index(row, TimelineColumn.REFERENCE).data()
            for row in range(page.model.rowCount())
        ]
        return texts.index(wanted) if wanted in texts else None

    qtbot.waitUntil(lambda: row_of_the_pour() is not None, timeout=WAIT_MS)
    row = row_of_the_pour()
    assert row is not None
    page.table.selectRow(row)
    page.actions_by_name["undo"].trigger()
    assert stock(demo_db)["GIN-TANQ"] == before + 80
    go_to(qtbot, window, "Dashboard")

    def listing(dialog: UnmatchedDialog) -> None:
        assert [line.item for line in dialog.model.rows] == ["Signora Rossi"]
        qtbot.mouseClick(dialog.show_resolved, Click)
        assert [(line.item, line.resolved) for line in dialog.model.rows] == [
            ("Special", True), ("Signora Rossi", False),
        ]  # fmt: skip
        assert dialog.model.index(0, 5).data() == "resolved"
        dialog.table.selectRow(0)
        assert not dialog.resolve_button.isEnabled()  # never deducted twice

    open_list(qtbot, window, listing, waiting="1 unmatched sale (€12.00) not yet deducted")
