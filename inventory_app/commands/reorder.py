"""`reorder --out FILE.xlsx [--supplier NAME ...]` or `reorder --format table|json`."""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal
from pathlib import Path

from inventory_app.commands.context import Context
from inventory_app.domain import display
from inventory_app.domain.money import format_money
from inventory_app.io.reorder_workbook import write_reorder_workbook
from inventory_app.io.text_output import Cell, render_json, render_table
from inventory_app.services.ordering.reorder import SupplierProposal, reorder_proposal

COLUMNS = ("Supplier", "SKU", "Code", "Item", "On hand", "Par", "Pack", "On order", "Order qty",
           "Line total")  # fmt: skip


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("reorder", help="what to order, per supplier, in whole packs")
    parser.add_argument("--out", type=Path, metavar="FILE.xlsx", help="write the order workbook")
    parser.add_argument("--supplier", action="append", default=[], metavar="NAME")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.reading() as session:
        proposals = reorder_proposal(session, suppliers=args.supplier)
    if args.out is not None:
        write_reorder_workbook(args.out, proposals, day=date.today())
        lines = sum(len(p.lines) for p in proposals)
        print(f"wrote {args.out}: {len(proposals)} supplier(s), {lines} line(s)")
    elif args.format == "json":
        print(render_json([proposal_record(p) for p in proposals]), end="")
    else:
        print(_table(proposals), end="")
    return 0


def proposal_record(p: SupplierProposal) -> dict[str, object]:
    """One supplier with its lines; quantities in containers, money exact."""
    lines = [
        {"sku": x.sku, "supplier_code": x.supplier_code, "name": x.name, "on_hand": x.on_hand,
         "par": x.par, "reorder_at": x.reorder_at, "pack_size": x.pack_size,
         "on_order": x.on_order, "quantity": x.quantity, "unit_cost": x.unit_cost,
         "line_total": x.line_total}
        for x in p.lines
    ]  # fmt: skip
    return {"supplier": p.supplier, "contact": p.contact, "email": p.email, "phone": p.phone,
            "total": p.total, "lines": lines}  # fmt: skip


def _table(proposals: list[SupplierProposal]) -> str:
    if not proposals:
        return "nothing to order\n"
    rows: list[list[Cell]] = [
        [p.supplier, x.sku, x.supplier_code, x.name, _containers(x.on_hand), x.par,
         x.pack_size, x.on_order, x.quantity, format_money(x.line_total)]
        for p in proposals for x in p.lines
    ]  # fmt: skip
    totals = ", ".join(f"{p.supplier} {format_money(p.total)}" for p in proposals)
    return render_table(COLUMNS, rows) + f"totals: {totals}\n"


def _containers(value: Decimal) -> str:
    return display.number_text(value, display.CONTAINER_PLACES, grouped=False)
