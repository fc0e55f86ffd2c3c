"""`label BATCH --out FILE.pdf [--sheet] [--copies N]`: a house-prep batch's label.

A 62 x 40 mm label per page for a roll printer, or with --sheet an A4 sheet of 3 x 8
labels of 70 x 37 mm; one per flask the batch filled unless --copies says otherwise.
In the bar's language (Settings › Locale) unless --lang asks for another.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from inventory_app.commands.context import Context
from inventory_app.domain.errors import InputError
from inventory_app.i18n.catalogue import tr
from inventory_app.services.views.batch_label import batch_label, flasks_filled


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("label", help=tr("print a house-prep batch's label as a PDF"))
    parser.add_argument("batch", metavar="BATCH", help=tr("the batch code on its label"))
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.pdf",
                        help=tr("the PDF file to write"))  # fmt: skip
    add_label_options(parser)
    parser.set_defaults(handler=run)


def add_label_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--sheet", action="store_true",
        help=tr("an A4 sheet of 3 x 8 labels (70 x 37 mm) instead of a 62 mm roll"),
    )  # fmt: skip
    parser.add_argument(
        "--copies", type=int, metavar="N",
        help=tr("how many labels (default: one per flask the batch filled)"),
    )  # fmt: skip


def check_label_path(path: Path) -> Path:
    if path.suffix.lower() != ".pdf":
        raise InputError(
            tr("a label is written as a .pdf file, got {name}").format(name=repr(path.name))
        )
    if path.is_dir() or not path.parent.is_dir():
        raise InputError(tr("cannot write {path}: no such folder").format(path=path))
    return path


def write_label(
    ctx: Context, code: str, out: Path, *, sheet: bool, copies: int | None, language: str | None
) -> Path:
    """Read the batch and draw its label; returns the path written."""
    from inventory_app.ui.render.batch_label_pdf import write_labels_pdf

    if copies is not None and not 1 <= copies <= 240:
        raise InputError(tr("--copies: expected 1 to 240, got {n}").format(n=copies))
    with ctx.database.reading() as session:
        label = batch_label(session, code, language=language)
        count = copies if copies is not None else flasks_filled(session, code)
    return write_labels_pdf(out, label, sheet=sheet, copies=count)


def run(args: argparse.Namespace, ctx: Context) -> int:
    out = check_label_path(args.out)
    path = write_label(ctx, args.batch, out, sheet=args.sheet, copies=args.copies,
                       language=getattr(args, "lang", None))  # fmt: skip
    print(tr("label of batch {code}: wrote {path}").format(code=args.batch.upper(), path=path))
    return 0
