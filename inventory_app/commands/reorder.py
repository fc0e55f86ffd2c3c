"""`reorder --out FILE.xlsx [--supplier NAME ...]` or `reorder --format table|json`."""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal
from pathlib import Path

from inventory_app.commands.context import Context
from inventory_app.domain import display
from inventory_app.domain.money import format_money
from inventory_app.i18n.catalogue import N_, ntr, tr
from inventory_app.io.reorder_workbook import write_reorder_workbook
from inventory_app.io.text_output import Cell, render_json, render_table
from inventory_app.services.ordering.reorder import SupplierProposal, reorder_proposal

COLUMNS = (N_("Supplier"), N_("SKU"), N_("Code"), N_("Item"), N_("On hand"), N_("Par"),
           N_("Pack"), N_("On order"), N_("Order qty"), N_("Line total"))  # fmt: skip


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("reorder", help=tr("what to order, per supplier, in whole packs"))
    parser.add_argument(
        "--out", type=Path, metavar="FILE.xlsx", help=tr("write the order workbook")
    )
    parser.add_argument(
        "--supplier", action="append", default=[], metavar="NAME",
        help=tr("only this supplier (may be given more than once)"),
    )  # fmt: skip
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.reading() as session:
        proposals = reorder_proposal(session, suppliers=args.supplier)
    if args.out is not None:
        write_reorder_workbook(args.out, proposals, day=date.today())
        print(_written(args.out, len(proposals), sum(len(p.lines) for p in proposals)))
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
        return tr("nothing to order") + "\n"
    rows: list[list[Cell]] = [
        [p.supplier, x.sku, x.supplier_code, x.name, _containers(x.on_hand), x.par,
         x.pack_size, x.on_order, x.quantity, format_money(x.line_total)]
        for p in proposals for x in p.lines
    ]  # fmt: skip
    totals = ", ".join(f"{p.supplier} {format_money(p.total)}" for p in proposals)
    columns = [tr(c) for c in COLUMNS]
    return render_table(columns, rows) + tr("totals: {totals}").format(totals=totals) + "\n"


def _written(path: Path, suppliers: int, lines: int) -> str:
    """'wrote x.xlsx: 2 suppliers, 7 lines'."""
    return tr("wrote {path}: {suppliers}, {lines}").format(
        path=path,
        suppliers=ntr("{count} supplier", "{count} suppliers", suppliers).format(count=suppliers),
        lines=ntr("{count} line", "{count} lines", lines).format(count=lines),
    )


def _containers(value: Decimal) -> str:
    return display.number_text(value, display.CONTAINER_PLACES, grouped=False)
