"""`stock [--format table|csv|json] [--low]`: what is on hand, and what is low or out."""

from __future__ import annotations

import argparse

from inventory_app.commands.context import Context
from inventory_app.domain import display
from inventory_app.domain.display import ContainerStyle
from inventory_app.domain.levels import Status
from inventory_app.domain.units import unit_label
from inventory_app.i18n.catalogue import N_, ntr, tr
from inventory_app.io.text_output import Cell, render_csv, render_json, render_table
from inventory_app.services.settings import container_style
from inventory_app.services.views.stock import StockRow, stock_rows

TABLE_COLUMNS = (
    N_("SKU"), N_("Name"), N_("Location"), N_("On hand"), N_("Unit"), N_("Containers"),
    N_("Par"), N_("Reorder at"), N_("Status"),
)  # fmt: skip


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("stock", help=tr("list stock in walking order"))
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table")
    parser.add_argument("--low", action="store_true", help=tr("only items that are low or out"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.reading() as session:
        rows = stock_rows(session, low_only=args.low)
        style = container_style(session)
    print(render_stock(rows, args.format, style=style), end="")
    return 0


def render_stock(
    rows: list[StockRow], fmt: str, *, style: ContainerStyle = ContainerStyle.DECIMAL
) -> str:
    if fmt == "json":
        return render_json([stock_record(r) for r in rows])
    if fmt == "csv":
        records = [stock_record(r) for r in rows]
        return render_csv(RECORD_FIELDS, [[r[k] for k in RECORD_FIELDS] for r in records])
    return stock_table(rows, style)


RECORD_FIELDS = (
    "sku", "name", "category", "kind", "unit", "size", "on_hand", "containers", "par",
    "reorder_at", "status", "location", "supplier", "cost",
)  # fmt: skip


def stock_record(row: StockRow) -> dict[str, Cell]:
    """One item for JSON and CSV: on hand in base units, containers to 3 decimals."""
    return {
        "sku": row.sku,
        "name": row.name,
        "category": row.category,
        "kind": row.kind,
        "unit": row.unit,
        "size": row.size,
        "on_hand": row.on_hand,
        "containers": display.rounded(row.containers, 3),
        "par": row.par,
        "reorder_at": row.reorder_at,
        "status": row.status.value,
        "location": row.location,
        "supplier": row.supplier,
        "cost": row.cost,
    }


def stock_table(rows: list[StockRow], style: ContainerStyle = ContainerStyle.DECIMAL) -> str:
    if not rows:
        return tr("nothing to show") + "\n"
    cells = [
        [
            r.sku, r.name, r.location, _on_hand(r), unit_label(r.unit),
            display.item_containers_text(
                r.containers, style, kind=r.kind, unit=r.unit, size=r.size
            ),
            r.par, r.reorder_at, _flag(r.status),
        ]
        for r in rows
    ]  # fmt: skip
    low = sum(r.status is Status.LOW for r in rows)
    out = sum(r.status is Status.OUT for r in rows)
    summary = ntr("{count} item: {low} low, {out} out", "{count} items: {low} low, {out} out",
                  len(rows)).format(count=len(rows), low=low, out=out)  # fmt: skip
    return render_table([tr(c) for c in TABLE_COLUMNS], cells) + summary + "\n"


def _on_hand(row: StockRow) -> str:
    places = display.quantity_places(row.on_hand, row.unit)
    return display.number_text(row.on_hand, places, grouped=False)


def _flag(status: Status) -> str:
    """'OUT !' / 'ESAURITO !', 'LOW !', 'ok': the status's label, shouted when it needs action."""
    return status.label if status is Status.OK else f"{status.label.upper()} !"
