"""`count report [COUNT_ID] [--format table|json] [--out FILE.xlsx]`: what the count revealed."""

from __future__ import annotations

import argparse
from decimal import Decimal
from pathlib import Path

from inventory_app.commands.context import Context
from inventory_app.db.engine import Session
from inventory_app.domain import display
from inventory_app.domain.money import format_money
from inventory_app.domain.units import unit_label
from inventory_app.i18n.catalogue import N_, NC_, ntr, tr, trc
from inventory_app.io.text_output import Cell, json_value, render_table
from inventory_app.services.counts.report import CountReport, VarianceLine, count_report
from inventory_app.services.counts.report_export import export_count_report

VARIANCE = NC_("column", "Variance")  # the page is "Variances" in Italian, a column singular
TABLE_COLUMNS = (
    N_("SKU"), N_("Item"), N_("Location"), N_("Expected"), N_("Counted"), VARIANCE,
    N_("Unit"), N_("Value"), N_("% usage"),
)  # fmt: skip
WORST_SHOWN = 5


def register(steps: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = steps.add_parser("report", help=tr("variance of a finalised count (the latest)"))
    parser.add_argument(
        "count_id", nargs="?", type=int, metavar="COUNT_ID", help=tr("which count (the latest)")
    )
    parser.add_argument(
        "--format", choices=("table", "json"), default="table", help=tr("how to print it")
    )
    parser.add_argument("--out", type=Path, metavar="FILE.xlsx", help=tr("also write a workbook"))
    parser.set_defaults(handler=run)


def load(session: Session, count_id: int | None) -> CountReport:
    return count_report(session, count_id)


def run(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.reading() as session:
        report = load(session, args.count_id)
    if args.out is not None:
        export_count_report(report, args.out)
    if args.format == "json":
        print(json_value(report_record(report)))
    else:
        rows = [_table_row(v) for v in report.lines]
        columns = [trc("column", c) if c is VARIANCE else tr(c) for c in TABLE_COLUMNS]
        print(render_table(columns, rows) + summary(report), end="")
    return 0


def report_record(report: CountReport) -> dict[str, object]:
    """The report with exact numbers: quantities in base units, money to the cent."""
    return {
        "count_id": report.count_id,
        "finalised_at": report.finalised_at,
        "period_start": report.period_start,
        "lines": [line_record(v) for v in report.lines],
        "totals": vars(report.totals),
        "usage": vars(report.usage),
        "opening_value": report.opening_value,
        "purchases_value": report.purchases_value,
        "closing_value": report.closing_value,
        "net_sales": report.net_sales,
        "beverage_cost_pct": report.beverage_cost_pct,
    }


def line_record(v: VarianceLine) -> dict[str, object]:
    return {
        "sku": v.sku, "name": v.name, "location": v.location, "unit": v.unit,
        "expected": v.expected, "counted": v.counted, "variance": v.variance,
        "variance_value": v.variance_value, "variance_pct": v.variance_pct,
        "usage": v.usage, "band": v.band.value,
    }  # fmt: skip


def summary(report: CountReport) -> str:
    """Totals, the usage split and beverage cost %, then the worst losses."""
    t, u = report.totals, report.usage
    cost = (
        display.percent_text(report.beverage_cost_pct)
        if report.beverage_cost_pct is not None
        else tr("n/a")
    )
    beverage = (
        tr("beverage cost: {cost}")
        if report.period_start
        else tr("beverage cost: {cost} (needs a previous count)")
    )
    lines = [
        ntr(  # English always said "items"; Italian tells one from several
            "{items} items: net variance {net}, losses {losses} (a loss is negative)",
            "{items} items: net variance {net}, losses {losses} (a loss is negative)",
            t.items,
        ).format(
            items=t.items, net=format_money(t.variance_value), losses=format_money(t.losses_value)
        ),
        tr("used: sales {sales}, preps {preps}, waste {waste}; unexplained {unexplained}").format(
            sales=format_money(u.sales), preps=format_money(u.prep), waste=format_money(u.waste),
            unexplained=format_money(u.unexplained),
        ),
        beverage.format(cost=cost),
    ]  # fmt: skip
    worst = [v for v in report.lines if v.variance_value < 0][:WORST_SHOWN]
    if worst:
        named = ", ".join(f"{v.sku} {format_money(v.variance_value)}" for v in worst)
        lines.append(tr("worst: {items}").format(items=named))
    return "\n".join(lines) + "\n"


def _table_row(v: VarianceLine) -> list[Cell]:
    pct = display.number_text(v.variance_pct, 1) if v.variance_pct is not None else ""
    return [
        v.sku, v.name, v.location, _shown(v.expected, v.unit), _shown(v.counted, v.unit),
        _shown(v.variance, v.unit),
        unit_label(v.unit), format_money(v.variance_value), pct,
    ]  # fmt: skip


def _shown(value: Decimal, unit: str) -> str:
    """Rounded for its unit and grouped as the reader's language writes it: 5,200 / 5.200."""
    return display.number_text(value, display.quantity_places(value, unit))
