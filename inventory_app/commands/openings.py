"""`openings report [--from DATE] [--to DATE]`: openings that outran usage, and the flags."""

from __future__ import annotations

import argparse
from datetime import date, timedelta

from inventory_app.commands.context import Context
from inventory_app.commands.options import option_value
from inventory_app.domain.errors import InputError
from inventory_app.domain.local_day import local_period
from inventory_app.domain.units import parse_decimal, unit_label
from inventory_app.i18n.catalogue import ntr, tr, trc
from inventory_app.i18n.formats import date_text
from inventory_app.io.text_output import (
    Cell,
    exact_number,
    exact_quantity,
    render_json,
    render_table,
)
from inventory_app.services.bottles.opening_control import (
    DEFAULT_TOLERANCE,
    ExpiredFlask,
    OpeningReport,
    opening_report,
)
from inventory_app.services.bottles.view import BottleRow

DEFAULT_DAYS = 7


def _excess_headings() -> list[str]:
    """'Opened' here counts containers (a bottle's own 'Opened' is a date elsewhere)."""
    return [
        tr("SKU"), tr("Item"), trc("a count of containers", "Opened"), tr("Opened qty"),
        tr("Used"), tr("Excess"), tr("Unit"),
    ]  # fmt: skip


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("openings", help=tr("the opening control report"))
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    report = actions.add_parser(
        "report",
        help=tr("items opened beyond what sales and waste explain; oxidation and shelf-life flags"),
        description=tr("Days are local, both ends included; default the last {days} days.").format(
            days=DEFAULT_DAYS
        ),
    )
    report.add_argument("--from", dest="start", metavar="DATE", help=tr("YYYY-MM-DD"))
    report.add_argument("--to", dest="end", metavar="DATE", help=tr("YYYY-MM-DD (default today)"))
    report.add_argument(
        "--tolerance", default=str(DEFAULT_TOLERANCE), metavar="N",
        help=tr("containers an item may run ahead before it is listed (default 1)"),
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
        raise InputError(
            tr("expected a date such as 2026-03-01, got {text}").format(text=repr(text))
        ) from None


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
    parts = [
        tr("Openings from {first} to {last}").format(first=date_text(first), last=date_text(last))
        + "\n"
    ]
    if report.excess:
        rows: list[list[Cell]] = [
            [r.sku, r.name, r.opened, r.opened_quantity, r.theoretical, r.excess,
             unit_label(r.unit)]
            for r in report.excess
        ]  # fmt: skip
        parts.append(render_table(_excess_headings(), rows))
    else:
        tolerance = exact_number(report.tolerance)
        parts.append(
            tr("no item was opened beyond its usage (tolerance {tolerance} container)").format(
                tolerance=tolerance
            )
            + "\n"
        )
    parts += [_oxidised_line(bottle, report.oxidation_months) for bottle in report.oxidised]
    parts += [_expired_line(flask) for flask in report.expired]
    return "".join(parts)


def _oxidised_line(bottle: BottleRow, months: int) -> str:
    since = date_text(bottle.opened_at.date()) if bottle.opened_at else "?"
    text = ntr(
        "oxidation: #{id} {sku} {label} open since {since} (over {months} month)",
        "oxidation: #{id} {sku} {label} open since {since} (over {months} months)",
        months,
    )
    return (
        text.format(
            id=bottle.bottle_id, sku=bottle.sku, label=bottle.label, since=since, months=months
        )
        + "\n"
    )


def _expired_line(flask: ExpiredFlask) -> str:
    text = ntr(
        "shelf life: {sku} {name} made {made}, {days} days, {over} day over, {quantity} on hand",
        "shelf life: {sku} {name} made {made}, {days} days, {over} days over, {quantity} on hand",
        flask.days_over,
    )
    return text.format(
        sku=flask.sku, name=flask.name, made=date_text(flask.made_at.date()),
        days=flask.shelf_life_days, over=flask.days_over,
        quantity=exact_quantity(flask.on_hand, flask.unit),
    ) + "\n"  # fmt: skip
