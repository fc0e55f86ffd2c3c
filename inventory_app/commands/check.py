"""`check [--repair]`: the file's check, then kept totals against the ledger (owner repairs).

The file's quick_check runs as for every command (commands/database_choice.py); this
command then names every item whose kept on hand, or serial bottle whose remaining,
disagrees with the sum of its ledger lines, and exits 1 when one does. `--repair`
rebuilds those totals from the ledger, each change in the audit log.
"""

from __future__ import annotations

import argparse

from inventory_app.commands.context import Context
from inventory_app.i18n.catalogue import tr
from inventory_app.services.ledger.check import (
    LedgerOutOfStep,
    find_mismatches,
    rebuild_kept_totals,
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "check",
        help=tr("compare kept stock totals with the ledger; --repair rebuilds them (owner)"),
        description=tr(
            "Exit status 1 names each item whose kept on hand (or bottle whose remaining) "
            "disagrees with its ledger sum. The ledger is never changed."
        ),
    )
    parser.add_argument(
        "--repair",
        action="store_true",
        help=tr("set each disagreeing total to its ledger sum, recorded in the audit log"),
    )
    parser.set_defaults(handler=run, checks_ledger=True)


def run(args: argparse.Namespace, ctx: Context) -> int:
    if args.repair:
        return _repair(ctx)
    with ctx.database.reading() as session:
        mismatches = find_mismatches(session)
    if mismatches:
        raise LedgerOutOfStep(mismatches)
    print(tr("Kept totals agree with the ledger."))
    return 0


def _repair(ctx: Context) -> int:
    with ctx.database.transaction() as session:
        rebuilt = rebuild_kept_totals(session, author=ctx.user)
    if not rebuilt:
        print(tr("Kept totals agree with the ledger: nothing to rebuild."))
    for mismatch in rebuilt:
        print(tr("rebuilt from the ledger: {mismatch}").format(mismatch=mismatch))
    return 0
