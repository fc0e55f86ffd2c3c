"""Every text the window shows went through the catalogue: a walk under the pseudo language.

With the language set to the pseudo language (every translated text comes back as
⟦…⟧) after every module is imported, the real window opens on the demo bar, the owner
signs in, every page of the sidebar is visited and every dialog the menus and the pages'
buttons reach is opened. A text that is not wrapped, holds letters, and is not the bar's
own data (names from its database) or a listed brand or unit never went through `tr`: an
English word an Italian bar would see. Module constants translated at import time show
up here too (they stay in the language of that moment). The walk itself is in
tests/ui/scenarios/text_walk.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from inventory_app.i18n.catalogue import ENGLISH, PSEUDO, set_language
from inventory_app.ui.page_table import PAGES
from tests.ui.scenarios.text_looking import (
    QT_BUTTON,
    Finding,
    TextLooker,
    import_everything,
    report,
)
from tests.ui.scenarios.text_walk import TextWalk


@pytest.fixture(scope="module")
def walk(
    qapp: QApplication, demo_bar_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[TextLooker]:
    """One walk for the module's tests (it takes a few seconds): what it saw is read."""
    import_everything()  # a constant translated at import would be English now
    set_language(PSEUDO)
    walk = TextWalk(demo_bar_template, tmp_path_factory.mktemp("walk"))
    try:
        walk.run()
    finally:
        set_language(ENGLISH)
        walk.close()
    yield walk.looker


def test_the_walk_reaches_every_page_and_dialog(walk: TextLooker) -> None:
    """A walk that silently skipped a page or a dialog would prove nothing about it."""
    pages = {spec.cls for spec in PAGES}
    assert pages <= set(walk.screens), sorted(pages - set(walk.screens))
    dialogs = {
        "SignInDialog", "SettingsDialog", "ShortcutsDialog", "ImportSalesDialog", "ItemDialog",
        "AdjustDialog", "HistoryDialog", "RecipeDialog", "MakeDialog", "StartCountDialog",
        "ModifiersDialog", "RuleDialog",
        "ReceiveDialog", "PersonDialog", "FirstOwnerDialog", "About", "Finalise the count",
        "Send the order?", "Cancel the order?", "Count finalised",
        "VariancePage (a finalised count)", "SellPage (after a sale)", "StockPage (searched)",
        "BottlesPage (a bottle picked)", "OpeningsPage (found)", "OpeningsPage (finished)",
        "HistoryPage (a line undone)", "BespokeDialog", "BespokeDialog (from a recipe)",
        "DashboardPage (unmatched sales)", "UnmatchedDialog", "ResolveDialog",
        "SuppliersDialog", "SuppliersDialog (a new supplier refused)",
        "BatchesDialog", "MakeDialog (made)", "BottleBatchesDialog",
        "AdjustDialog (a flask: its batches)",
    }  # fmt: skip
    assert dialogs <= set(walk.screens), sorted(dialogs - set(walk.screens))
    assert walk.wrapped > 300  # texts that came through the catalogue


def test_the_pages_texts_went_through_the_catalogue(walk: TextLooker) -> None:
    """What ui/pages/ itself writes: labels, buttons, captions, messages, its own columns.

    Not the cells of its tables: their rows are the services' (a bottle's "why" is
    written by services/views/dashboard.py), judged by the whole walk below.
    """
    ours = [
        f
        for f in walk.findings
        if f.origin.startswith("inventory_app.ui.pages.") and not f.widget.endswith(".cell")
    ]
    assert not ours, report(ours)


def test_every_visible_text_went_through_the_catalogue(walk: TextLooker) -> None:
    """The whole window: menus, pages, models' headings, dialogs, the status bar.

    Qt's standard buttons (a question's Yes and No) are named by Qt's own Italian
    catalogue, which the pseudo-language cannot wrap; tests/ui/test_application.py holds
    that catalogue to Italian.
    """
    ours = [f for f in walk.findings if f.origin != QT_BUTTON]
    assert not ours, report(ours)


def test_a_finding_names_its_widget_and_where_it_comes_from() -> None:
    """The report a failing walk prints: grouped by the module the text comes from."""
    findings = [
        Finding("Database: x", "QLabel", "MainWindow/QStatusBar/QLabel", "inventory_app.ui."
                "main_window", "MainWindow"),
        Finding("Settings", "QDialog", "SettingsDialog", "inventory_app.ui.dialogs.settings_"
                "dialog", "SettingsDialog"),
    ]  # fmt: skip
    text = report(findings)
    assert "inventory_app.ui.main_window (1)" in text
    assert "'Database: x'  QLabel at MainWindow/QStatusBar/QLabel  [MainWindow]" in text
    assert text.index("settings_dialog") < text.index("main_window")  # in module order


@pytest.mark.parametrize(
    ("text", "untranslated"),
    [
        ("⟦Stock⟧", False),  # through the catalogue
        ("Campari (AMA-CAMP) — ⟦sealed⟧", False),
        ("Campari (AMA-CAMP)", False),  # the bar's own names
        ("750 ml", False),  # a unit the same in Italian
        ("1,5 · 3/10 · −20 €", False),  # no letters
        ("Ctrl+Shift+N", False),  # a key sequence
        ("900 pcs", True),  # Italian shows "pz"
        ("Campari is now at 0 ml", True),
        ("Settings", True),
    ],
)
def test_what_counts_as_translated(qapp: QApplication, text: str, untranslated: bool) -> None:
    looker = TextLooker(["Campari", "AMA-CAMP"])
    label = QLabel(text)
    label.setObjectName("said")
    looker.judge(label.text(), label, "text")
    assert [f.text for f in looker.findings] == ([text] if untranslated else [])
    if untranslated:
        assert looker.findings[0].path == "said" and looker.findings[0].widget == "QLabel.text"
