"""`history [SKU]`: the ledger, newest first, for one item or the whole bar."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from inventory_app.commands.context import Context
from inventory_app.domain.errors import InputError
from inventory_app.io.text_output import Cell, render_json, render_table
from inventory_app.services.catalogue import find_item
from inventory_app.services.stock_view import HistoryEntry, history

DEFAULT_LIMIT = 100
TABLE_COLUMNS = ("When", "SKU", "Item", "Reason", "Delta", "Author", "Reference", "Note")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("history", help="stock movements, newest first")
    parser.add_argument("sku", metavar="SKU", nargs="?", help="SKU or barcode (default: all)")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.add_argument("--limit", type=int, default=DEFAULT_LIMIT, metavar="N")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    if args.limit < 1:
        raise InputError(f"--limit: expected 1 or more, got {args.limit}")
    with ctx.database.transaction() as session:
        item_id = find_item(session, args.sku).id if args.sku else None
        entries = history(session, item_id, limit=args.limit)
    if args.format == "json":
        print(render_json([history_record(e) for e in entries]), end="")
    elif entries:
        print(render_table(TABLE_COLUMNS, [_table_row(e) for e in entries]), end="")
    else:
        print("no movements yet")
    return 0


def history_record(entry: HistoryEntry) -> dict[str, Cell | bool]:
    """One movement; `when` is ISO 8601 in UTC, `delta` text with its unit."""
    return {
        "when": _utc(entry.at).isoformat(timespec="seconds"),
        "sku": entry.sku,
        "item": entry.name,
        "reason": entry.reason,
        "delta": entry.delta_text,
        "author": entry.author,
        "reference": entry.reference,
        "note": entry.note,
        "undone": entry.undone,
    }


def _table_row(entry: HistoryEntry) -> list[Cell]:
    when = _utc(entry.at).astimezone().strftime("%Y-%m-%d %H:%M")
    reason = f"{entry.reason} (undone)" if entry.undone else entry.reason
    return [
        when, entry.sku, entry.name, reason, entry.delta_text,
        entry.author, entry.reference, entry.note,
    ]  # fmt: skip


def _utc(at: datetime) -> datetime:
    """The ledger stores naive UTC times."""
    return at.replace(tzinfo=UTC)
