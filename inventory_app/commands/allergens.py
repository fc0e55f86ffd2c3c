"""`allergens [--format table|json] [--out FILE.pdf|FILE.xlsx]`: the menu's allergen register.

In the language --lang asks for, else the bar's (Settings › Locale), dated today.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from inventory_app.commands.context import Context
from inventory_app.domain.allergen_register import AllergenRegister, RegisterRow
from inventory_app.i18n.catalogue import tr
from inventory_app.io.text_output import Cell, render_json, render_table
from inventory_app.services.views.allergen_register import allergen_register


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "allergens", help=tr("the allergen register: every cocktail on the menu and its allergens")
    )
    parser.add_argument(
        "--format", choices=("table", "json"), default="table", help=tr("how to print the list")
    )
    parser.add_argument(
        "--out", type=Path, metavar="FILE",
        help=tr("write the register as a .pdf or an .xlsx file"),
    )  # fmt: skip
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from inventory_app.ui.render.allergen_files import check_register_path, write_register_file

    out = check_register_path(args.out) if args.out else None
    with ctx.database.reading() as session:
        found = allergen_register(session, language=getattr(args, "lang", None))
    if out is not None:
        path = write_register_file(out, found)
        print(tr("allergen register: wrote {path}").format(path=path))
    elif args.format == "json":
        print(render_json(register_records(found)), end="")
    else:
        rows = [_cells(row) for row in found.rows]
        print(found.issued_text)
        print(render_table(list(found.headings), rows), end="")
    return 0


def register_records(found: AllergenRegister) -> list[dict[str, Cell | list[Cell]]]:
    """One record per row: the drink, the channel (null: every one), the allergens."""
    return [
        {"drink": r.drink, "channel": r.channel, "issued": found.issued,
         "numbers": [a.number for a in r.allergens], "allergens": [a.value for a in r.allergens],
         "text": r.allergens_text}
        for r in found.rows
    ]  # fmt: skip


def _cells(row: RegisterRow) -> list[Cell]:
    return [row.drink, row.served, row.allergens_text]
