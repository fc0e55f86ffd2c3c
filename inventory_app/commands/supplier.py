"""`supplier list`: each supplier's details and lead time, as given and as observed on their
deliveries; `supplier set NAME --email ... --address ...`: change (or add) one;
`supplier import FILE`: a suppliers sheet; `supplier language NAME [it|en|bar]`: the
language of a supplier's order sheets."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from inventory_app.commands.context import Context
from inventory_app.i18n.catalogue import LANGUAGES, N_, ntr, tr
from inventory_app.io.text_output import Cell, render_table
from inventory_app.services.catalogue.supplier_language import (
    set_supplier_language,
    supplier_language,
)
from inventory_app.services.catalogue.suppliers import edit_supplier
from inventory_app.services.imports.suppliers import import_suppliers
from inventory_app.services.ordering.supplier_records import SupplierRecord, supplier_records
from inventory_app.services.settings import bar_language

BAR = "bar"  # typed for "the bar's language"
LANGUAGE_WORDS = {"it": N_("Italian"), "en": N_("English")}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "supplier", help=tr("suppliers: lead times observed, the language of order sheets")
    )
    actions = parser.add_subparsers(dest="supplier_action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list",
        help=tr("each supplier's lead time, as given and as observed (sent → received)"),
    )
    listing.set_defaults(handler=run_list)
    language = actions.add_parser(
        "language",
        help=tr("show or set (owner) the language of a supplier's order sheets"),
        description=tr(
            "it or en; bar: the bar's language for documents (the setting bar_language)."
        ),
    )
    language.add_argument("name", metavar="NAME")
    language.add_argument("language", nargs="?", choices=(*LANGUAGES, BAR), metavar="it|en|bar")
    language.set_defaults(handler=run_language)
    _register_set(actions)
    sheet = actions.add_parser(
        "import",
        help=tr(
            "a suppliers sheet (name, contact, email, phone, lead_time_days, order_days, "
            "language, address, vat_number, notes): each supplier added or updated"
        ),
    )
    sheet.add_argument("file", metavar="FILE", type=Path, help=tr("a .csv or .xlsx sheet"))
    sheet.set_defaults(handler=run_import)


# Option, field of SupplierSpec, help: what `supplier set` may change.
SET_OPTIONS = (
    ("--contact", "contact", N_("whom to ask for")),
    ("--email", "email", N_("where the prepared email of an order goes")),
    ("--phone", "phone", N_("their phone number")),
    ("--address", "address", N_("their address; \\n or a new line between its lines")),
    ("--vat", "vat_number", N_("their VAT number (P.IVA), checked; empty for none")),
    ("--lead-time", "lead_time_days", N_("days from order to delivery")),
    ("--order-days", "order_days", N_("the weekdays the bar orders from them, such as Mon;Thu")),
    ("--language", "language", N_("it or en; bar: the bar's language")),
    ("--notes", "notes", N_("for the owner only: never on a document")),
)


def _register_set(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    setting = actions.add_parser(
        "set",
        help=tr("change a supplier's details (owner); only the options given change"),
        description=tr("A name not known yet adds a supplier. Empty text clears a field."),
    )
    setting.add_argument("name", metavar="NAME")
    for option, field, words in SET_OPTIONS:
        kind = int if field == "lead_time_days" else str
        choices = (*LANGUAGES, BAR) if field == "language" else None
        setting.add_argument(option, dest=field, type=kind, choices=choices, help=tr(words))
    setting.set_defaults(handler=run_set)


def run_set(args: argparse.Namespace, ctx: Context) -> int:
    changes: dict[str, Any] = {
        field: getattr(args, field)
        for _, field, _ in SET_OPTIONS
        if getattr(args, field) is not None
    }
    if "language" in changes and changes["language"] == BAR:
        changes["language"] = None
    if "address" in changes:  # typed on one line: '\n' stands for a new line
        changes["address"] = changes["address"].replace("\\n", "\n")
    with ctx.database.transaction() as session:
        supplier = edit_supplier(session, args.name, changes, author=ctx.user, create=True)
        name = supplier.name
        record = next(
            x for x in supplier_records(session, date.today().year) if x.spec.name == name
        )
    print(tr("saved {supplier}:").format(supplier=name))
    print("\n".join(_details(record)[1:]))
    return 0


def run_import(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        count = import_suppliers(session, args.file, author=ctx.user)
    said = ntr("imported {file}: {count} supplier", "imported {file}: {count} suppliers", count)
    print(said.format(file=args.file.name, count=count))
    return 0


def run_language(args: argparse.Namespace, ctx: Context) -> int:
    if args.language is None:
        with ctx.database.reading() as session:
            own, bar = supplier_language(session, args.name), bar_language(session)
    else:
        chosen = None if args.language == BAR else args.language
        with ctx.database.transaction() as session:
            set_supplier_language(session, args.name, chosen, author=ctx.user)
            own, bar = chosen, bar_language(session)
    if own is None:
        said = tr("{supplier}: order sheets in the bar's language ({language})")
    else:
        said = tr("{supplier}: order sheets in {language}")
    print(said.format(supplier=args.name.strip(), language=tr(LANGUAGE_WORDS[own or bar])))
    return 0


LIST_COLUMNS = (N_("Supplier"), N_("Lead time (days)"), N_("Observed (days)"), N_("Received"))


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    """The configured lead time beside the median of the received orders, and how many;
    then each supplier's observed lead time and details, as their order names them."""
    with ctx.database.reading() as session:
        records = supplier_records(session, date.today().year)
    rows = [x.lead for x in records]
    cells: list[list[Cell]] = [
        [x.supplier, x.configured_days, x.observed_days, x.orders] for x in rows
    ]
    header = [tr(c) for c in LIST_COLUMNS]
    print(render_table(header, cells) if rows else tr("no suppliers") + "\n", end="")
    for record in records:
        print(f"{record.spec.name}: {record.lead.observed_text()}")
        print("\n".join(_details(record)[1:]))
    return 0


def _details(record: SupplierRecord) -> list[str]:
    """The supplier's name, then each detail they have, indented: address, P.IVA, reach."""
    spec = record.spec
    vat = tr("VAT no. {number}").format(number=spec.vat_number) if spec.vat_number else ""
    reach = " · ".join(t for t in (spec.contact, spec.email, spec.phone) if t)
    orders = tr("orders this year: {count}").format(count=record.orders_this_year)
    lines = [", ".join(spec.address.splitlines()), vat, reach, orders]
    if spec.notes:
        lines.append(tr("notes: {notes}").format(notes=spec.notes))
    return [spec.name, *(f"  {t}" for t in lines if t)]
