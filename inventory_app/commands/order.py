"""`order create|list|show|set|send|receive|cancel`: orders to suppliers, draft to delivery."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path

from inventory_app.commands.context import Context
from inventory_app.commands.options import option_value
from inventory_app.domain.errors import InputError
from inventory_app.domain.money import parse_money
from inventory_app.domain.ordering import parse_containers
from inventory_app.io.text_output import Cell, render_table
from inventory_app.services.ordering import orders


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("order", help="orders to suppliers: create, send, receive")
    steps = parser.add_subparsers(dest="step", metavar="STEP", required=True)
    create = steps.add_parser("create", help="save the reorder proposal as draft orders")
    create.add_argument("--supplier", action="append", default=[], metavar="NAME")
    create.set_defaults(handler=run_create)
    listing = steps.add_parser("list", help="orders, newest first")
    listing.add_argument("--status", choices=orders.STATUSES)
    listing.set_defaults(handler=run_list)
    show = steps.add_parser("show", help="one order's lines")
    show.add_argument("id", type=int)
    show.set_defaults(handler=run_show)
    edit = steps.add_parser("set", help="change a draft's quantities (0 removes a line)")
    edit.add_argument("id", type=int)
    edit.add_argument("lines", nargs="+", metavar="SKU=QTY")
    _expect_version(edit)
    edit.set_defaults(handler=run_set)
    send = steps.add_parser("send", help="mark a draft sent and write its sheet")
    send.add_argument("id", type=int)
    send.add_argument("--out", type=Path, metavar="FILE.xlsx")
    _expect_version(send)
    send.set_defaults(handler=run_send)
    receive = steps.add_parser("receive", help="record the delivery (all as ordered by default)")
    receive.add_argument("id", type=int)
    receive.add_argument("--line", action="append", default=[], metavar="SKU=QTY")
    receive.add_argument("--cost", action="append", default=[], metavar="SKU=EUR")
    _expect_version(receive)
    receive.set_defaults(handler=run_receive)
    cancel = steps.add_parser("cancel", help="an order that will not arrive")
    cancel.add_argument("id", type=int)
    _expect_version(cancel)
    cancel.set_defaults(handler=run_cancel)


def _expect_version(step: argparse.ArgumentParser) -> None:
    step.add_argument(
        "--expect-version", type=int, metavar="N",
        help="refuse if the order is no longer at version N (the Version of `order list`)",
    )  # fmt: skip


def pairs(flag: str, texts: Sequence[str], parse: Callable[[str], Decimal]) -> dict[str, Decimal]:
    """'SKU=QTY' arguments as a mapping; a malformed one names its flag."""
    out: dict[str, Decimal] = {}
    for text in texts:
        sku, sep, value = text.partition("=")
        if not sep or not sku.strip():
            raise InputError(f"{flag}: expected SKU=VALUE, got {text!r}")
        out[sku.strip()] = option_value(flag, parse, value)
    return out


def run_create(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        ids = orders.create_orders(session, author=ctx.user, suppliers=args.supplier)
        rows = [r for r in orders.order_rows(session) if r.order_id in ids]
    if not rows:
        print("nothing to order")
    for r in rows:
        print(f"draft order {r.order_id}: {r.supplier}, {r.lines} line(s), €{r.total:.2f}")
    return 0


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        rows = orders.order_rows(session, status=args.status)
    cells: list[list[Cell]] = [
        [r.order_id, r.supplier, r.status, r.created_at.date(), r.lines, f"{r.total:.2f}",
         r.version]
        for r in rows
    ]  # fmt: skip
    header = ("ID", "Supplier", "Status", "Created", "Lines", "Total €", "Version")
    print(render_table(header, cells) if rows else "no orders\n", end="")
    return 0


def run_show(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        lines = orders.order_lines(session, args.id)
    cells: list[list[Cell]] = [
        [x.sku, x.supplier_code, x.name, x.pack_size, x.quantity, f"{x.unit_cost:.2f}",
         x.received_quantity, None if x.received_cost is None else f"{x.received_cost:.2f}"]
        for x in lines
    ]  # fmt: skip
    header = ("SKU", "Code", "Item", "Pack", "Qty", "Cost €", "Received", "Invoiced €")
    print(render_table(header, cells) if lines else "no lines\n", end="")
    return 0


def run_set(args: argparse.Namespace, ctx: Context) -> int:
    changes = pairs("SKU=QTY", args.lines, parse_containers)
    with ctx.database.transaction() as session:
        for sku, quantity in changes.items():
            orders.set_line(
                session,
                args.id,
                sku,
                quantity,
                author=ctx.user,
                expected_version=args.expect_version,
            )
    print(f"order {args.id}: {len(changes)} line(s) set")
    return 0


def run_send(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        supplier = next(
            (r.supplier for r in orders.order_rows(session) if r.order_id == args.id), ""
        )
        out = args.out or Path(f"order-{args.id}-{_slug(supplier)}.xlsx")
        path = orders.send_order(
            session, args.id, author=ctx.user, out=out, expected_version=args.expect_version
        )
    print(f"order {args.id} sent: wrote {path}")
    return 0


def run_receive(args: argparse.Namespace, ctx: Context) -> int:
    lines = pairs("--line", args.line, parse_containers) if args.line else None
    costs = pairs("--cost", args.cost, parse_money)
    with ctx.database.transaction() as session:
        moved = orders.receive_order(
            session, args.id, author=ctx.user, lines=lines, costs=costs,
            expected_version=args.expect_version,
        )  # fmt: skip
    print(f"order {args.id} received: {moved} item(s) into stock")
    return 0


def run_cancel(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        orders.cancel_order(session, args.id, author=ctx.user, expected_version=args.expect_version)
    print(f"order {args.id} cancelled")
    return 0


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "supplier"
