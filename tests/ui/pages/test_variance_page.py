"""ui/pages/variance_page.py: the latest finalised count's variance, its facts and its export.

Counts are taken and finalised through ui/operations.py on the test bar's file; Tanqueray
costs €21 a bottle, so a count 70 cl short of the ledger is a loss of €21.00.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from inventory_app.domain.item_rules import ItemSpec
from inventory_app.services.catalogue.items import save_item
from inventory_app.services.imports.sales import import_sales
from inventory_app.ui import operations
from inventory_app.ui.context import AppContext
from inventory_app.ui.models.variance_model import VarianceColumn
from inventory_app.ui.pages.variance_page import VariancePage
from tests.ui.conftest import Bar

D = Decimal


def count_gin(context: AppContext, bar: Bar, full: str) -> int:
    """A count of the back bar that finds `full` bottles of Tanqueray; its id."""
    assert operations.start_count(context, locations=("Back bar",)) is None
    line = operations.set_count_line(context, item_id=bar.gin, sku="GIN-TANQ", texts={"full": full})
    assert not isinstance(line, Exception), line
    report = operations.finalise_count(context)
    assert not isinstance(report, Exception), report
    return report.count_id


@pytest.fixture
def page(qtbot: Any, context: AppContext, bar: Bar) -> VariancePage:
    with context.database.transaction() as s:
        save_item(s, ItemSpec(sku="GIN-TANQ", cost=D(21)), author="owner")
    shown = VariancePage(context)
    qtbot.addWidget(shown)
    shown.resize(1200, 600)
    shown.show()
    return shown


def test_no_finalised_count_says_where_to_make_one(page: VariancePage) -> None:
    assert page.report is None and page.model.rowCount() == 0
    assert page.title.text() == "No finalised count yet: finalise one on the Count page"
    assert not page.export_action.isEnabled()
    assert all(label.text() == "" for label in page.facts.values())


def test_a_finalised_count_shows_its_facts_and_a_loss_in_red(
    page: VariancePage, context: AppContext, bar: Bar
) -> None:
    count_id = count_gin(context, bar, "1")  # the ledger says 1,400 ml: 700 ml short
    assert page.report is not None and page.report.count_id == count_id  # heard the change
    assert page.picker.count() == 1 and page.picker.currentData() == count_id
    assert page.facts["Items"].text() == "1"
    assert page.facts["Net variance"].text() == "-€21.00"
    assert page.facts["Losses"].text() == "-€21.00"
    assert "color: #b3261e" in page.facts["Losses"].styleSheet()
    assert page.model.rowCount() == 1 and page.export_action.isEnabled()
    assert page.title.text().startswith("Since the start · sorted by loss in money")


def test_the_newest_count_is_shown_and_an_older_one_can_be_picked(
    page: VariancePage, context: AppContext, bar: Bar
) -> None:
    first = count_gin(context, bar, "1")
    second = count_gin(context, bar, "1")  # nothing moved since: no variance
    assert page.report is not None and page.report.count_id == second
    assert page.facts["Net variance"].text() == "€0.00"
    assert "color" not in page.facts["Net variance"].styleSheet()
    page.picker.setCurrentIndex(page.picker.findData(first))
    page.picker.activated.emit(page.picker.currentIndex())
    assert page.report is not None and page.report.count_id == first
    page.refresh()  # no newer count: the picked one stays
    assert page.report is not None and page.report.count_id == first


def test_money_hides_when_costs_are_not_shown(
    page: VariancePage, context: AppContext, bar: Bar
) -> None:
    count_gin(context, bar, "1")
    page.show_costs(False)
    assert page.table.isColumnHidden(VarianceColumn.VALUE)
    assert page.facts["Items"].isVisible() and not page.facts["Losses"].isVisible()
    assert not page.captions["Net variance"].isVisible()
    page.show_costs(True)
    assert not page.table.isColumnHidden(VarianceColumn.VALUE)
    assert page.facts["Losses"].isVisible()


def test_the_export_writes_the_workbook_and_says_so(
    qtbot: Any, page: VariancePage, context: AppContext, bar: Bar, tmp_path: Path
) -> None:
    count_id = count_gin(context, bar, "1")
    out = tmp_path / "variance.xlsx"
    with qtbot.waitSignal(page.status_message) as said:
        page.export(out)
    assert said.args == [f"Exported the variance of count {count_id}"]
    sheets = load_workbook(out).worksheets
    texts = [str(c.value) for sheet in sheets for row in sheet.iter_rows() for c in row]
    assert "GIN-TANQ" in texts


def test_unmatched_sales_of_the_period_are_named(
    page: VariancePage, context: AppContext, bar: Bar, tmp_path: Path
) -> None:
    night = tmp_path / "night.csv"
    night.write_text("date,item,qty,gross_sales\n2026-03-06,Special,1,€12.00\n", encoding="utf-8")
    with context.database.transaction() as s:
        import_sales(s, night, author="owner", park_unknown=True)
    count_gin(context, bar, "2")
    assert page.unmatched.isVisible()
    assert page.unmatched.text() == ("1 unmatched sale (€12.00) not yet deducted")
