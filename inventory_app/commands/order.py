"""`order create|list|show|set|send|export|receive|cancel`: orders to suppliers, draft to
delivery; `send` and `export` write the suppliers' documents into the month's folder."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

from inventory_app.commands.context import Context
from inventory_app.commands.options import option_value
from inventory_app.domain.errors import InputError
from inventory_app.domain.money import format_money, parse_money
from inventory_app.domain.ordering import OrderStatus, parse_containers
from inventory_app.i18n.catalogue import N_, ntr, tr
from inventory_app.i18n.formats import localized_number
from inventory_app.io.text_output import Cell, render_table
from inventory_app.services.ordering import order_export, order_reads, orders, receiving
from inventory_app.services.ordering.order_document import order_document
from inventory_app.services.ordering.order_export import WrittenDocument

T = TypeVar("T")

LIST_COLUMNS = (
    N_("ID"), N_("Number"), N_("Supplier"), N_("Status"), N_("Created"), N_("Lines"),
    N_("Total €"), N_("Version"),
)  # fmt: skip
LINE_COLUMNS = (
    N_("SKU"), N_("Code"), N_("Item"), N_("Pack"), N_("Qty"), N_("Cost €"), N_("Received"),
    N_("Invoiced €"), N_("Outcome"),
)  # fmt: skip


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("order", help=tr("orders to suppliers: create, send, receive"))
    steps = parser.add_subparsers(dest="step", metavar="STEP", required=True)
    create = steps.add_parser("create", help=tr("save the reorder proposal as draft orders"))
    create.add_argument("--supplier", action="append", default=[], metavar="NAME")
    create.set_defaults(handler=run_create)
    listing = steps.add_parser("list", help=tr("orders, newest first"))
    listing.add_argument("--status", choices=order_reads.STATUSES)
    listing.set_defaults(handler=run_list)
    show = steps.add_parser("show", help=tr("one order's lines"))
    _order_id(show)
    show.set_defaults(handler=run_show)
    edit = steps.add_parser("set", help=tr("change a draft's quantities (0 removes a line)"))
    _order_id(edit)
    edit.add_argument("lines", nargs="+", metavar="SKU=QTY")
    _expect_version(edit)
    edit.set_defaults(handler=run_set)
    send = steps.add_parser(
        "send", help=tr("mark a draft sent, number it and write the supplier's document")
    )
    _order_id(send)
    send.add_argument(
        "--out", type=Path, metavar="FILE.pdf|FILE.xlsx",
        help=tr("the document to write: .pdf or .xlsx (by default: into the month's folder)"),
    )  # fmt: skip
    send.add_argument("--note", metavar="TEXT", help=tr("a notes line for the supplier"))
    _into_folder(send)
    _expect_version(send)
    send.set_defaults(handler=run_send)
    export = steps.add_parser(
        "export", help=tr("write the suppliers' documents of an order or of the proposal "
                          "into the month's folder, with the email to send them"),
    )  # fmt: skip
    export.add_argument("id", type=int, nargs="?", help=tr("the order's number (`order list`)"))
    export.add_argument(
        "--proposal", action="store_true",
        help=tr("the reorder proposal, one draft per supplier, instead of an order"),
    )  # fmt: skip
    _into_folder(export)
    export.set_defaults(handler=run_export)
    document = steps.add_parser(
        "document", help=tr("write an order's document again (a draft's is marked a draft)")
    )
    _order_id(document)
    document.add_argument("--out", type=Path, metavar="FILE.pdf|FILE.xlsx", required=True)
    document.set_defaults(handler=run_document)
    receive = steps.add_parser(
        "receive",
        help=tr("record the delivery (all as ordered by default)"),
        description=tr(
            "Without --line every line arrived as ordered; with --line the lines named are the "
            "whole delivery and the others did not arrive. A price after @ is the invoiced "
            "price per container: one that differs from the ordered price updates the item's "
            "cost (setting receive_cost_update: last or average)."
        ),
    )
    _order_id(receive)
    receive.add_argument("--ddt", default="", metavar="NUMBER",
                         help=tr("the delivery note (DDT) number"))  # fmt: skip
    receive.add_argument("--invoice", default="", metavar="NUMBER",
                         help=tr("the invoice number"))  # fmt: skip
    receive.add_argument(
        "--line", action="append", default=[], metavar="SKU=QTY[@PRICE]",
        help=tr("containers that arrived of a line, and its invoiced price: GIN=4@18.40"),
    )  # fmt: skip
    receive.add_argument("--cost", action="append", default=[], metavar="SKU=EUR",
                         help=tr("an invoiced price per container alone"))  # fmt: skip
    receive.add_argument(
        "--substitute", action="append", default=[], metavar="SKU=OTHER:QTY[@PRICE]",
        help=tr("another item that arrived instead of a line: GIN=GIN-2:6@18.90"),
    )  # fmt: skip
    _expect_version(receive)
    receive.set_defaults(handler=run_receive)
    cancel = steps.add_parser("cancel", help=tr("an order that will not arrive"))
    _order_id(cancel)
    _expect_version(cancel)
    cancel.set_defaults(handler=run_cancel)


def _order_id(step: argparse.ArgumentParser) -> None:
    step.add_argument("id", type=int, help=tr("the order's number (`order list`)"))


def _into_folder(step: argparse.ArgumentParser) -> None:
    step.add_argument(
        "--folder", type=Path, metavar="DIR",
        help=tr("the documents folder (a folder per month is made in it); by default the "
                "order_documents_folder setting"),
    )  # fmt: skip
    step.add_argument(
        "--format", choices=tuple(order_export.SUFFIXES),
        help=tr("pdf, xlsx or both; by default the order_document_format setting"),
    )  # fmt: skip


def _expect_version(step: argparse.ArgumentParser) -> None:
    step.add_argument(
        "--expect-version", type=int, metavar="N",
        help=tr("refuse if the order is no longer at version N (the Version of `order list`)"),
    )  # fmt: skip


def pairs(flag: str, texts: Sequence[str], parse: Callable[[str], Decimal]) -> dict[str, Decimal]:
    """'SKU=QTY' arguments as a mapping; a malformed one names its flag."""
    out: dict[str, Decimal] = {}
    for text in texts:
        sku, sep, value = text.partition("=")
        if not sep or not sku.strip():
            raise InputError(
                tr("{option}: expected SKU=VALUE, got {text}").format(option=flag, text=repr(text))
            )
        out[sku.strip()] = option_value(flag, parse, value)
    return out


def run_create(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        ids = orders.create_orders(session, author=ctx.user, suppliers=args.supplier)
        rows = [r for r in order_reads.order_rows(session) if r.order_id in ids]
    if not rows:
        print(tr("nothing to order"))
    for r in rows:
        text = ntr("draft order {id}: {supplier}, {lines} line, {total}",
                   "draft order {id}: {supplier}, {lines} lines, {total}", r.lines)  # fmt: skip
        print(text.format(id=r.order_id, supplier=r.supplier, lines=r.lines,
                          total=format_money(r.total)))  # fmt: skip
    return 0


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        rows = order_reads.order_rows(session, status=args.status)
    cells: list[list[Cell]] = [
        [r.order_id, r.number, r.supplier, OrderStatus(r.status).label, r.created_at.date(),
         r.lines, _cents(r.total), r.version]
        for r in rows
    ]  # fmt: skip
    header = [tr(c) for c in LIST_COLUMNS]
    print(render_table(header, cells) if rows else tr("no orders") + "\n", end="")
    return 0


def run_show(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        lines = order_reads.order_lines(session, args.id)
        order = next((r for r in order_reads.order_rows(session) if r.order_id == args.id), None)
    cells: list[list[Cell]] = [
        [x.sku, x.supplier_code, x.name, x.pack_size, x.quantity, _cents(x.unit_cost),
         x.received_quantity, None if x.received_cost is None else _cents(x.received_cost),
         x.outcome_text()]
        for x in lines
    ]  # fmt: skip
    header = [tr(c) for c in LINE_COLUMNS]
    print(render_table(header, cells) if lines else tr("no lines") + "\n", end="")
    if order is not None and order.status == "received":
        print(papers_text(order.delivery_note, order.invoice_number))
    return 0


def papers_text(delivery_note: str, invoice_number: str) -> str:
    """'DDT: 118/A · invoice: FT 77', each '—' when none was given."""
    return tr("DDT: {ddt} · invoice: {invoice}").format(
        ddt=delivery_note or "—", invoice=invoice_number or "—"
    )


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
    text = ntr("order {id}: {lines} line set", "order {id}: {lines} lines set", len(changes))
    print(text.format(id=args.id, lines=len(changes)))
    return 0


def run_send(args: argparse.Namespace, ctx: Context) -> int:
    """Sent, numbered and written in one transaction: a file not written sends nothing."""
    from inventory_app.ui.render.order_files import check_document_path, write_order_file

    if args.out is None:
        return _send_to_folder(args, ctx)
    with ctx.database.transaction() as session:
        out = check_document_path(args.out)
        path = orders.send_order(
            session, args.id, author=ctx.user, out=out, expected_version=args.expect_version,
            write=write_order_file, note=args.note,
        )  # fmt: skip
        number = next(r.number for r in order_reads.order_rows(session) if r.order_id == args.id)
    print(tr("order {id} sent as {number}: wrote {path}").format(
        id=args.id, number=number, path=path))  # fmt: skip
    return 0


def _send_to_folder(args: argparse.Namespace, ctx: Context) -> int:
    from inventory_app.ui.render.order_files import write_order_file

    with ctx.database.transaction() as session:
        written = order_export.send_to_folder(
            session, args.id, author=ctx.user, write=write_order_file, root=args.folder,
            suffixes=order_export.document_suffixes(session, args.format),
            expected_version=args.expect_version, note=args.note,
        )  # fmt: skip
    print(tr("order {id} sent as {number}").format(id=args.id, number=written.number))
    _print_written(written)
    return 0


def run_export(args: argparse.Namespace, ctx: Context) -> int:
    """The documents of one order (a draft marked a draft) or of the proposal; reads only."""
    from inventory_app.ui.render.order_files import write_order_file

    if (args.id is None) == (not args.proposal):
        raise InputError(tr("name an order's ID or --proposal, not both"))
    with ctx.database.reading() as session:
        suffixes = order_export.document_suffixes(session, args.format)
        written = (
            order_export.export_proposal(
                session, {}, write=write_order_file, root=args.folder, suffixes=suffixes
            )
            if args.proposal
            else order_export.export_orders(
                session, [args.id], write=write_order_file, root=args.folder, suffixes=suffixes
            )
        )
    if not written:
        print(tr("nothing to order"))
    for one in written:
        _print_written(one)
    return 0


def _print_written(written: WrittenDocument) -> None:
    """The files, one a line, then the prepared email or why there is none."""
    for path in written.files:
        print(tr("wrote {path}").format(path=path))
    if written.mailto is None:
        print(tr("{supplier} has no email address: send the files yourself").format(
            supplier=written.supplier))  # fmt: skip
    else:
        print(tr("email: {link}").format(link=written.mailto))


def run_document(args: argparse.Namespace, ctx: Context) -> int:
    """A sent order's document as it was sent (its number); a draft's, marked a draft."""
    from inventory_app.ui.render.order_files import check_document_path, write_order_file

    out = check_document_path(args.out)
    with ctx.database.reading() as session:
        document = order_document(session, args.id)
    path = write_order_file(out, document)
    print(tr("order {id}: wrote {path}").format(id=args.id, path=path))
    return 0


def run_receive(args: argparse.Namespace, ctx: Context) -> int:
    delivery = receiving_options(args)
    with ctx.database.transaction() as session:
        done = receiving.receive_delivery(
            session, args.id, delivery, author=ctx.user, expected_version=args.expect_version
        )
    text = ntr("order {id} received: {items} item into stock",
               "order {id} received: {items} items into stock", done.movements)  # fmt: skip
    print(text.format(id=args.id, items=done.movements))
    print(done.summary())
    for change in done.cost_changes:
        print(tr("{sku}: cost {before} → {after}").format(
            sku=change.sku, before=format_money(change.before), after=format_money(change.after)
        ))  # fmt: skip
    return 0


def receiving_options(args: argparse.Namespace) -> receiving.Delivery:
    """--line SKU=QTY[@PRICE], --cost SKU=EUR and --substitute SKU=OTHER:QTY[@PRICE] as one
    delivery; a malformed option is named with its flag."""
    quantities: dict[str, Decimal] = {}
    prices = pairs("--cost", args.cost, parse_money)
    for sku, (quantity, price) in _priced("--line", args.line).items():
        quantities[sku] = quantity
        if price is not None:
            prices[sku] = price
    substitutes = {}
    for sku, (rest, price) in _split_pairs("--substitute", args.substitute).items():
        other, sep, amount = rest.rpartition(":")
        if not sep or not other.strip():
            raise InputError(tr("{option}: expected SKU=OTHER:QTY, got {text}").format(
                option="--substitute", text=repr(f"{sku}={rest}")))  # fmt: skip
        quantity = option_value("--substitute", parse_containers, amount)
        substitutes[sku] = receiving.Substitute(other.strip(), quantity, price)
    named = {k.lower(): k for k in [*prices, *quantities, *substitutes]}
    lines = [
        receiving.ArrivedLine(
            sku, quantity=_get(quantities, sku), price=_get(prices, sku),
            substitute=_get(substitutes, sku),
        )
        for sku in named.values()
    ]  # fmt: skip
    return receiving.Delivery(
        lines, delivery_note=args.ddt, invoice_number=args.invoice, rest_as_ordered=not args.line
    )


def _get(values: dict[str, T], sku: str) -> T | None:
    return next((v for k, v in values.items() if k.lower() == sku.lower()), None)


def _split_pairs(flag: str, texts: Sequence[str]) -> dict[str, tuple[str, Decimal | None]]:
    """'SKU=VALUE[@PRICE]' arguments: the value's text and the price after @, if any."""
    out: dict[str, tuple[str, Decimal | None]] = {}
    for text in texts:
        sku, sep, value = text.partition("=")
        if not sep or not sku.strip():
            raise InputError(
                tr("{option}: expected SKU=VALUE, got {text}").format(option=flag, text=repr(text))
            )
        body, at, price = value.partition("@")
        out[sku.strip()] = (body, option_value(flag, parse_money, price) if at else None)
    return out


def _priced(flag: str, texts: Sequence[str]) -> dict[str, tuple[Decimal, Decimal | None]]:
    return {
        sku: (option_value(flag, parse_containers, body), price)
        for sku, (body, price) in _split_pairs(flag, texts).items()
    }


def run_cancel(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        orders.cancel_order(session, args.id, author=ctx.user, expected_version=args.expect_version)
    print(tr("order {id} cancelled").format(id=args.id))
    return 0


def _cents(amount: Decimal) -> str:
    """'12.50' / '12,50': euros to the cent in a column headed with €."""
    return localized_number(f"{amount:.2f}")
