"""`bottles [SKU] [--state sealed|open|empty]`: the collection, bottle by bottle."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from decimal import Decimal

from inventory_app.commands.context import Context
from inventory_app.domain import display
from inventory_app.domain.bottle_states import BottleState
from inventory_app.domain.money import format_money, to_cents
from inventory_app.i18n.catalogue import N_, tr
from inventory_app.i18n.formats import date_text
from inventory_app.io.text_output import Cell, render_json, render_table
from inventory_app.services.bottles.view import BottleRow, bottle_rows

TABLE_COLUMNS = (N_("ID"), N_("SKU"), N_("Label"), N_("State"), N_("Opened"), N_("Remaining"),
                 N_("Cost"), N_("Value"), N_("Flag"))  # fmt: skip


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("bottles", help=tr("serial bottles: state, level, value at cost"))
    parser.add_argument("sku", metavar="SKU", nargs="?", help=tr("one item only (SKU or barcode)"))
    parser.add_argument(
        "--state", choices=[s.value for s in BottleState], help=tr("only bottles in this state")
    )
    parser.add_argument(
        "--format", choices=("table", "json"), default="table", help=tr("how to print the list")
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    state = BottleState(args.state) if args.state else None
    with ctx.database.reading() as session:
        rows = bottle_rows(session, sku=args.sku, state=state)
    if args.format == "json":
        print(render_json([bottle_record(r) for r in rows]), end="")
    elif rows:
        columns = [tr(c) for c in TABLE_COLUMNS]
        print(render_table(columns, [_table_row(r) for r in rows]), end="")
    else:
        print(tr("no bottles"))
    return 0


def bottle_record(row: BottleRow) -> dict[str, object]:
    """One bottle; quantities in the item's base unit, `value` = cost x remaining / size."""
    return {
        "id": row.bottle_id, "sku": row.sku, "name": row.name, "label": row.label,
        "cask": row.cask, "bottle_number": row.bottle_number, "vintage": row.vintage,
        "abv": row.abv, "state": row.state.value, "opened_at": _iso(row.opened_at),
        "emptied_at": _iso(row.emptied_at), "remaining": row.remaining, "size": row.size,
        "unit": row.unit, "cost": row.cost, "value": _cents(row), "oxidised": row.oxidised,
    }  # fmt: skip


def _table_row(row: BottleRow) -> list[Cell]:
    opened = row.opened_at.replace(tzinfo=UTC).astimezone().date() if row.opened_at else None
    return [
        row.bottle_id, row.sku, row.label, row.state.label,
        date_text(opened) if opened else "",
        display.quantity_text(row.remaining, row.unit), _money(row.cost), _money(row.value),
        tr("oxidised") if row.oxidised else "",
    ]  # fmt: skip


def _money(value: Decimal | None) -> str:
    return format_money(value) if value is not None else ""


def _cents(row: BottleRow) -> Cell:
    value = row.value
    return None if value is None else to_cents(value)


def _iso(at: datetime | None) -> str | None:
    """Stored as naive UTC; written with its offset."""
    return at.replace(tzinfo=UTC).isoformat(timespec="seconds") if at else None
