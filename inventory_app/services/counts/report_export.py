"""The variance report as an .xlsx workbook, for the owner's own spreadsheets."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from inventory_app.domain.counting import Band
from inventory_app.i18n.catalogue import N_, tr
from inventory_app.i18n.formats import date_time_text
from inventory_app.io.table_workbook import Column, Fact, Kind, Value, write_table_workbook
from inventory_app.services.counts.report import CountReport, VarianceLine

# Titles marked only: they are translated when a workbook is written (`_columns`).
COLUMNS = (
    Column(N_("SKU"), Kind.TEXT, 16),
    Column(N_("Item"), Kind.TEXT, 36),
    Column(N_("Location"), Kind.TEXT, 20),
    Column(N_("Unit"), Kind.TEXT, 6),
    Column(N_("Expected"), Kind.QUANTITY, 11),
    Column(N_("Counted"), Kind.QUANTITY, 11),
    Column(N_("Variance"), Kind.QUANTITY, 11),
    Column(N_("Value"), Kind.EURO, 12),
    Column(N_("% of usage"), Kind.PERCENT, 11),
    Column(N_("Used"), Kind.QUANTITY, 11),
)


def export_count_report(report: CountReport, path: Path) -> None:
    """Every line worst first, losses above 4 % of usage in red, then totals and usage."""
    write_table_workbook(
        path,
        title=tr("Count {id} variance").format(id=report.count_id),
        columns=_columns(),
        rows=[_row(v) for v in report.lines],
        facts=_facts(report),
        highlight=[v.band in (Band.LEAK, Band.BLEEDING) for v in report.lines],
    )


def _columns() -> list[Column]:
    return [replace(column, title=tr(column.title)) for column in COLUMNS]


def _row(v: VarianceLine) -> list[Value]:
    return [
        v.sku, v.name, v.location, v.unit, v.expected, v.counted, v.variance,
        v.variance_value, v.variance_pct, v.usage,
    ]  # fmt: skip


def _facts(report: CountReport) -> list[Fact]:
    since = date_time_text(report.period_start) if report.period_start else tr("the start")
    period = tr("{start} to {end} (UTC)").format(
        start=since, end=date_time_text(report.finalised_at)
    )
    return [
        Fact(tr("Period"), period),
        Fact(tr("Items counted"), report.totals.items, Kind.NUMBER),
        Fact(tr("Net variance (a loss is negative)"), report.totals.variance_value, Kind.EURO),
        Fact(tr("Losses"), report.totals.losses_value, Kind.EURO),
        Fact(tr("Used by sales"), report.usage.sales, Kind.EURO),
        Fact(tr("Used by preps"), report.usage.prep, Kind.EURO),
        Fact(tr("Waste, breakage, comps"), report.usage.waste, Kind.EURO),
        Fact(tr("Unexplained (the net variance)"), report.usage.unexplained, Kind.EURO),
        Fact(tr("Opening stock"), report.opening_value, Kind.EURO),
        Fact(tr("Purchases"), report.purchases_value, Kind.EURO),
        Fact(tr("Closing stock"), report.closing_value, Kind.EURO),
        Fact(tr("Net sales"), report.net_sales, Kind.EURO),
        Fact(tr("Beverage cost %"), report.beverage_cost_pct, Kind.PERCENT),
    ]
