"""`undo MOVEMENT_ID` or `undo --change AUDIT_ID`: take back a ledger line or a change.

A bartender may undo their own within the shift (setting `shift_hours`); an owner
anything. Undoing twice is refused, and so is undoing a change the record has moved
on from.
"""

from __future__ import annotations

import argparse

from inventory_app.commands.context import Context
from inventory_app.domain.errors import InputError
from inventory_app.i18n.catalogue import tr
from inventory_app.services.audit_log.entries import get_change
from inventory_app.services.undo.changes import undo_change
from inventory_app.services.undo.movements import undo_movement


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("undo", help=tr("undo a stock movement, or a change (--change)"))
    parser.add_argument(
        "movement_id", metavar="MOVEMENT_ID", type=int, nargs="?", help=tr("from `history`")
    )
    parser.add_argument(
        "--change", type=int, metavar="AUDIT_ID", help=tr("a change from `history --kind change`")
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    if (args.movement_id is None) == (args.change is None):
        raise InputError(tr("expected a MOVEMENT_ID or --change AUDIT_ID (one of them)"))
    with ctx.database.transaction() as session:
        if args.change is not None:
            change = get_change(session, args.change)
            done = undo_change(session, args.change, author=ctx.user)
            text = tr("undid change {id} ({entity} {label}) with change {undo}")
            print(text.format(id=args.change, entity=change.entity, label=change.label, undo=done))
        else:
            done = undo_movement(session, args.movement_id, author=ctx.user)
            text = tr("undid movement {id} with movement {undo}")
            print(text.format(id=args.movement_id, undo=done))
    return 0
