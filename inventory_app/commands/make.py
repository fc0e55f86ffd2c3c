"""`make RECIPE [--batches N] [--label FILE.pdf]`: a house prep made; ingredients out, the
flask item in, as a new batch (its code printed; its label written with --label)."""

from __future__ import annotations

import argparse
from pathlib import Path

from inventory_app.commands.context import Context
from inventory_app.commands.label import add_label_options, check_label_path, write_label
from inventory_app.commands.options import option_value
from inventory_app.commands.shortages import warn_shortages
from inventory_app.domain.display import exact_number, exact_quantity
from inventory_app.domain.recipes import parse_batches
from inventory_app.i18n.catalogue import ntr, tr
from inventory_app.services.recipes.production import ProductionResult, make_prep


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "make", help=tr("record a house prep made (syrup, infusion, batch)")
    )
    parser.add_argument("recipe", metavar="RECIPE", help=tr("the prep recipe's name"))
    parser.add_argument(
        "--batches", default="1", metavar="N", help=tr("how many batches (default 1; 0.5 is half)")
    )
    parser.add_argument(
        "--label",
        type=Path,
        metavar="FILE.pdf",
        help=tr("also write the batch's label to this PDF"),
    )
    add_label_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    batches = option_value("--batches", parse_batches, args.batches)
    out = check_label_path(args.label) if args.label else None
    with ctx.database.transaction() as session:
        result = make_prep(session, args.recipe, author=ctx.user, batches=batches)
    print(describe(result), end="")
    warn_shortages(result.shortages)
    if out is not None:
        path = write_label(ctx, result.batch_code, out, sheet=args.sheet, copies=args.copies,
                           language=getattr(args, "lang", None))  # fmt: skip
        print(tr("label of batch {code}: wrote {path}").format(code=result.batch_code, path=path))
    return 0


def describe(result: ProductionResult) -> str:
    """What was made, then each ingredient used, one per line."""
    made = ntr(
        "made {batches} batch of {recipe} (production {production}): {quantity} {sku}",
        "made {batches} batches of {recipe} (production {production}): {quantity} {sku}",
        1 if result.batches == 1 else 2,  # 0.5 batches are batches too
    ).format(
        batches=exact_number(result.batches),
        recipe=result.recipe,
        production=result.production_id,
        quantity=exact_quantity(result.made, result.unit, signed=True),
        sku=result.item_sku,
    )
    lines = [made]
    if result.batch_code:
        lines.append(tr("  batch {code}").format(code=result.batch_code))
    lines += [
        tr("  used {quantity} {sku} ({name})").format(
            quantity=exact_quantity(u.quantity, u.unit), sku=u.sku,
            name=u.name,
        )
        for u in result.used
    ]  # fmt: skip
    return "\n".join(lines) + "\n"
