"""One timeline of everything that happened: the stock ledger and the audit log, merged in SQL.

Both sources are read through one UNION ALL, filtered, sorted and paged by the database, so a
page of 200 lines out of a million movements costs an index walk, not a million Python rows.
This module is what callers use; the statement is built in services/views/timeline_sql.py,
the lines and filters are in timeline_rows.py, the filter bar's choices in timeline_choices.py
(their names are importable from here too).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inventory_app.db.driver_sql import DriverStatement, flushed
from inventory_app.db.models import AuditEntry, Movement
from inventory_app.domain.catalogue import Reason
from inventory_app.services.selling.details import sale_descriptions
from inventory_app.services.views.timeline_choices import (
    TimelineChoices,
    entities,
    item_choices,
    people,
    reasons,
    timeline_choices,
)
from inventory_app.services.views.timeline_rows import (
    PAGE,
    Kind,
    Sort,
    TimelineFilter,
    TimelineRow,
    change_text,
)
from inventory_app.services.views.timeline_sql import (
    Shape,
    change_conditions,
    merged,
    movement_conditions,
    statement_params,
    timeline_row,
)

# The names callers had from here before the split, still importable from here.
__all__ = [
    "PAGE", "Kind", "Sort", "TimelineChoices", "TimelineFilter", "TimelineRow", "change_text",
    "count", "described", "entities", "item_choices", "people",
    "reasons", "stream_timeline", "timeline", "timeline_choices",
]  # fmt: skip


def timeline(
    session: Session,
    where: TimelineFilter,
    *,
    sort: Sort = Sort.AT,
    descending: bool = True,
    offset: int = 0,
    limit: int = PAGE,
    after: TimelineRow | None = None,
) -> list[TimelineRow]:
    """One page of the merged timeline: `offset` lines in, or the lines that follow `after`.

    `after` (the last line of the previous page) costs the same on page 5,000 as on page 1:
    each arm starts its index walk at that line instead of counting its way there. The
    statement is built and compiled once per shape of question (which filters are set, the
    order, which kind of line the page follows), then run on the driver's cursor with the
    values as parameters (db/driver_sql.py): building and compiling the three-level union
    cost 4-8 ms a page, the query itself about 1 ms.
    """
    shape = Shape.of(where, sort, descending, paged=True, after=after)
    params = statement_params(where, after=after, sort=sort)
    params.update(reach=offset + limit, offset=offset, limit=limit)
    return described(
        session, [timeline_row(r) for r in _paged(shape).rows(flushed(session), params)]
    )


def stream_timeline(
    session: Session, where: TimelineFilter, *, sort: Sort = Sort.AT, descending: bool = True
) -> Iterator[TimelineRow]:
    """Every matching line, read in batches (an export of a million lines stays small)."""
    shape = Shape.of(where, sort, descending, paged=False, after=None)
    query = merged(shape)
    result = session.execute(query, statement_params(where), execution_options={"yield_per": 2000})
    for records in result.partitions():
        yield from described(session, [timeline_row(record) for record in records])


def described(session: Session, rows: list[TimelineRow]) -> list[TimelineRow]:
    """The rows with each sale line's drink named (one query for the page's sales)."""
    names = sale_descriptions(session, (r.reference for r in rows if r.reason == Reason.SALE))
    if not names:
        return rows
    return [r._replace(detail=names[r.reference]) if r.reference in names else r for r in rows]


def count(session: Session, where: TimelineFilter) -> int:
    """How many lines match: the page's total without reading them."""
    total = 0
    params = statement_params(where)
    if where.kind in (None, Kind.MOVEMENT) and not where.entity:
        ledger = select(func.count()).select_from(Movement)
        total += session.scalar(ledger.where(*movement_conditions(where)), params) or 0
    if where.kind in (None, Kind.CHANGE):
        log = select(func.count()).select_from(AuditEntry)
        total += session.scalar(log.where(*change_conditions(where)), params) or 0
    return total


@lru_cache(maxsize=256)
def _paged(shape: Shape) -> DriverStatement:
    return DriverStatement(merged(shape))
