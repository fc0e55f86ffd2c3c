"""The variance report as an .xlsx workbook, for the owner's own spreadsheets."""

from __future__ import annotations

from pathlib import Path

from inventory_app.domain.counting import Band
from inventory_app.io.table_workbook import Column, Fact, Kind, Value, write_table_workbook
from inventory_app.services.counts.report import CountReport, VarianceLine

COLUMNS = (
    Column("SKU", Kind.TEXT, 16),
    Column("Item", Kind.TEXT, 36),
    Column("Location", Kind.TEXT, 20),
    Column("Unit", Kind.TEXT, 6),
    Column("Expected", Kind.QUANTITY, 11),
    Column("Counted", Kind.QUANTITY, 11),
    Column("Variance", Kind.QUANTITY, 11),
    Column("Value", Kind.EURO, 12),
    Column("% of usage", Kind.PERCENT, 11),
    Column("Used", Kind.QUANTITY, 11),
)


def export_count_report(report: CountReport, path: Path) -> None:
    """Every line worst first, losses above 4 % of usage in red, then totals and usage."""
    write_table_workbook(
        path,
        title=f"Count {report.count_id} variance",
        columns=COLUMNS,
        rows=[_row(v) for v in report.lines],
        facts=_facts(report),
        highlight=[v.band in (Band.LEAK, Band.BLEEDING) for v in report.lines],
    )


def _row(v: VarianceLine) -> list[Value]:
    return [
        v.sku, v.name, v.location, v.unit, v.expected, v.counted, v.variance,
        v.variance_value, v.variance_pct, v.usage,
    ]  # fmt: skip


def _facts(report: CountReport) -> list[Fact]:
    since = f"{report.period_start:%Y-%m-%d %H:%M}" if report.period_start else "the start"
    return [
        Fact("Period", f"{since} to {report.finalised_at:%Y-%m-%d %H:%M} (UTC)"),
        Fact("Items counted", report.totals.items, Kind.NUMBER),
        Fact("Net variance (a loss is negative)", report.totals.variance_value, Kind.EURO),
        Fact("Losses", report.totals.losses_value, Kind.EURO),
        Fact("Used by sales", report.usage.sales, Kind.EURO),
        Fact("Used by preps", report.usage.prep, Kind.EURO),
        Fact("Waste, breakage, comps", report.usage.waste, Kind.EURO),
        Fact("Unexplained (the net variance)", report.usage.unexplained, Kind.EURO),
        Fact("Opening stock", report.opening_value, Kind.EURO),
        Fact("Purchases", report.purchases_value, Kind.EURO),
        Fact("Closing stock", report.closing_value, Kind.EURO),
        Fact("Net sales", report.net_sales, Kind.EURO),
        Fact("Beverage cost %", report.beverage_cost_pct, Kind.PERCENT),
    ]
