"""`openings report [--from DATE] [--to DATE]`: openings that outran usage, and the flags."""

from __future__ import annotations

import argparse
from datetime import date, timedelta

from inventory_app.commands.context import Context
from inventory_app.commands.options import option_value
from inventory_app.domain.errors import InputError
from inventory_app.domain.local_day import local_period
from inventory_app.domain.units import format_decimal, parse_decimal
from inventory_app.io.text_output import Cell, render_json, render_table
from inventory_app.services.bottles.opening_control import (
    DEFAULT_TOLERANCE,
    OpeningReport,
    opening_report,
)

DEFAULT_DAYS = 7
EXCESS_COLUMNS = ("SKU", "Item", "Opened", "Opened qty", "Used", "Excess", "Unit")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("openings", help="the opening control report")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    report = actions.add_parser(
        "report",
        help="items opened beyond what sales and waste explain; oxidation and shelf-life flags",
        description=f"Days are local, both ends included; default the last {DEFAULT_DAYS} days.",
    )
    report.add_argument("--from", dest="start", metavar="DATE", help="YYYY-MM-DD")
    report.add_argument("--to", dest="end", metavar="DATE", help="YYYY-MM-DD (default today)")
    report.add_argument(
        "--tolerance", default=str(DEFAULT_TOLERANCE), metavar="N",
        help="containers an item may run ahead before it is listed (default 1)",
    )  # fmt: skip
    report.add_argument("--format", choices=("table", "json"), default="table")
    report.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    last = option_value("--to", _day, args.end) if args.end else date.today()
    first = option_value("--from", _day, args.start) if args.start else last - timedelta(6)
    tolerance = option_value("--tolerance", parse_decimal, args.tolerance)
    with ctx.database.reading() as session:
        report = opening_report(session, *local_period(first, last), tolerance=tolerance)
    if args.format == "json":
        print(render_json([report_record(report, first, last)]), end="")
    else:
        print(render_report(report, first, last), end="")
    return 0


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InputError(f"expected a date such as 2026-03-01, got {text!r}") from None


def report_record(report: OpeningReport, first: date, last: date) -> dict[str, object]:
    return {
        "from": first, "to": last, "tolerance": report.tolerance,
        "excess": [
            {"sku": r.sku, "name": r.name, "unit": r.unit, "opened": r.opened,
             "opened_quantity": r.opened_quantity, "theoretical": r.theoretical,
             "excess": r.excess}
            for r in report.excess
        ],
        "oxidised": [
            {"id": b.bottle_id, "sku": b.sku, "label": b.label, "opened_at": b.opened_at}
            for b in report.oxidised
        ],
        "expired": [
            {"sku": f.sku, "name": f.name, "on_hand": f.on_hand, "made_at": f.made_at,
             "shelf_life_days": f.shelf_life_days, "days_over": f.days_over}
            for f in report.expired
        ],
    }  # fmt: skip


def render_report(report: OpeningReport, first: date, last: date) -> str:
    parts = [f"Openings from {first} to {last}\n"]
    if report.excess:
        rows: list[list[Cell]] = [
            [r.sku, r.name, r.opened, r.opened_quantity, r.theoretical, r.excess, r.unit]
            for r in report.excess
        ]
        parts.append(render_table(EXCESS_COLUMNS, rows))
    else:
        tolerance = format_decimal(report.tolerance)
        parts.append(f"no item was opened beyond its usage (tolerance {tolerance} container)\n")
    months = report.oxidation_months
    for bottle in report.oxidised:
        since = bottle.opened_at.date() if bottle.opened_at else "?"
        parts.append(
            f"oxidation: #{bottle.bottle_id} {bottle.sku} {bottle.label} open since {since} "
            f"(over {months} months)\n"
        )
    for flask in report.expired:
        parts.append(
            f"shelf life: {flask.sku} {flask.name} made {flask.made_at.date()}, "
            f"{flask.shelf_life_days} days, {flask.days_over} day(s) over, "
            f"{format_decimal(flask.on_hand)} {flask.unit} on hand\n"
        )
    return "".join(parts)
