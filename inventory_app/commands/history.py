"""`history [SKU]`: the ledger (and with --kind, the audit log), newest first, filtered.

The same timeline as the History page (services/views/timeline.py); `--xlsx` writes every
matching line to a workbook, the terminal shows `--limit` of them.
"""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime
from pathlib import Path

from inventory_app.commands.context import Context
from inventory_app.domain.errors import InputError
from inventory_app.domain.local_day import local_days
from inventory_app.i18n.catalogue import N_, ntr, tr
from inventory_app.i18n.formats import date_time_text, localized_number
from inventory_app.io.text_output import Cell, render_json, render_table
from inventory_app.io.timeline_workbook import write_timeline_workbook
from inventory_app.services.catalogue.item_refs import item_ref
from inventory_app.services.views.timeline import stream_timeline, timeline
from inventory_app.services.views.timeline_rows import Kind, TimelineFilter, TimelineRow

DEFAULT_LIMIT = 100
TABLE_COLUMNS = (N_("When"), N_("SKU"), N_("Item"), N_("Bottle"), N_("Reason"), N_("Delta"),
                 N_("Author"), N_("Reference"), N_("Note"))  # fmt: skip
KINDS = {"movement": Kind.MOVEMENT, "change": Kind.CHANGE, "all": None}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("history", help=tr("stock movements (and changes), newest first"))
    parser.add_argument("sku", metavar="SKU", nargs="?", help=tr("SKU or barcode (default: all)"))
    parser.add_argument(
        "--format", choices=("table", "json"), default="table", help=tr("how to print the list")
    )
    parser.add_argument(
        "--limit", type=int, default=DEFAULT_LIMIT, metavar="N",
        help=tr("at most this many lines (default {limit})").format(limit=DEFAULT_LIMIT),
    )  # fmt: skip
    parser.add_argument(
        "--kind", choices=tuple(KINDS), default="movement",
        help=tr("stock movements (default), changes from the audit log, or all"),
    )  # fmt: skip
    parser.add_argument(
        "--entity", default="", help=tr("changes to one kind of thing: item, user…")
    )
    parser.add_argument("--person", default="", help=tr("only what this person did"))
    parser.add_argument("--reason", default="", help=tr("sale, open, waste… or a change's action"))
    parser.add_argument("--since", metavar="YYYY-MM-DD", help=tr("from this day (local time)"))
    parser.add_argument("--until", metavar="YYYY-MM-DD", help=tr("up to and including this day"))
    parser.add_argument(
        "--search", default="", help=tr("text in the item, bottle, note, reference")
    )
    parser.add_argument("--oldest-first", action="store_true", help=tr("oldest first"))
    parser.add_argument("--xlsx", type=Path, metavar="FILE", help=tr("write every match to FILE"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    if args.limit < 1:
        raise InputError(tr("--limit: expected 1 or more, got {limit}").format(limit=args.limit))
    with ctx.database.reading() as session:
        item_id = item_ref(session, args.sku).item_id if args.sku else None
        where = _filter(args, item_id)
        if args.xlsx is not None:
            rows = stream_timeline(session, where, descending=not args.oldest_first)
            written = write_timeline_workbook(args.xlsx, rows)
            lines = localized_number(f"{written:,}")
            # English always said "lines"; Italian tells one line from several.
            said = ntr("wrote {lines} lines to {file}", "wrote {lines} lines to {file}", written)
            print(said.format(lines=lines, file=args.xlsx))
            return 0
        entries = timeline(session, where, descending=not args.oldest_first, limit=args.limit)
    if args.format == "json":
        print(render_json([history_record(e) for e in entries]), end="")
    elif entries:
        columns = [tr(c) for c in TABLE_COLUMNS]
        print(render_table(columns, [_table_row(e) for e in entries]), end="")
    else:
        print(tr("nothing matches") if args.sku is None else tr("no movements yet"))
    return 0


def _filter(args: argparse.Namespace, item_id: int | None) -> TimelineFilter:
    since, until = local_days(_day("--since", args.since), _day("--until", args.until))
    return TimelineFilter(
        item_id=item_id, person=args.person, reason=args.reason, kind=KINDS[args.kind],
        entity=args.entity, since=since, until=until, search=args.search,
    )  # fmt: skip


def _day(option: str, text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(
            tr("{option}: expected a day as YYYY-MM-DD, got {text}").format(
                option=option, text=repr(text)
            )
        ) from None


def history_record(entry: TimelineRow) -> dict[str, Cell | bool]:
    """One line; `when` is ISO 8601 in UTC, `delta` text with its unit (a change: its fields)."""
    return {
        "when": _utc(entry.at).isoformat(timespec="seconds"),
        "sku": entry.sku,
        "item": entry.what,
        "reason": entry.reason,
        "delta": entry.delta_text,
        "author": entry.author,
        "reference": entry.reference,
        "note": entry.note,
        "undone": entry.undone,
        "kind": entry.kind_text,
        "bottle": entry.bottle,
    }


def _table_row(entry: TimelineRow) -> list[Cell]:
    when = date_time_text(_utc(entry.at).astimezone())
    reason = reason_label(entry)
    if entry.undone:
        reason = tr("{reason} (undone)").format(reason=reason)
    return [
        when, entry.sku or entry.kind_text, entry.what, entry.bottle, reason, entry.change_shown,
        entry.author, entry.reference_shown, entry.note,
    ]  # fmt: skip


def reason_label(entry: TimelineRow) -> str:
    """A movement's reason, or a change's action, in the reader's language."""
    return entry.reason_shown


def _utc(at: datetime) -> datetime:
    """The database stores naive UTC times."""
    return at.replace(tzinfo=UTC)
