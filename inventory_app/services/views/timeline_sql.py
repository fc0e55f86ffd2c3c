"""The SQL of the timeline: the ledger and the audit log united, filtered, sorted and paged.

Each arm is limited to `offset + limit` before the merge: the union never holds more. A
statement depends only on the shape of a question (which filters are set, the order, the
kind of line a page follows); the values are named binds (`statement_params`), so one
compiled statement serves every question of its shape (services/views/timeline.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Integer,
    Select,
    String,
    Text,
    and_,
    bindparam,
    cast,
    false,
    func,
    literal_column,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import aliased

from inventory_app.db.models import AuditEntry, Bottle, Item, Movement
from inventory_app.db.types import Quantity
from inventory_app.services.views.timeline_rows import Kind, Sort, TimelineFilter, TimelineRow


@dataclass(frozen=True)
class Shape:
    """What decides the SQL of a question (its values are parameters): one statement each."""

    filters: TimelineFilter  # the filter with every value replaced by a marker
    sort: Sort
    descending: bool
    paged: bool  # a page (LIMIT and OFFSET), or every line (an export)
    after: Kind | None  # the kind of the line the page follows, if it follows one

    @classmethod
    def of(
        cls,
        where: TimelineFilter,
        sort: Sort,
        descending: bool,
        *,
        paged: bool,
        after: TimelineRow | None,
    ) -> Shape:
        return cls(_marked(where), sort, descending, paged, None if after is None else after.kind)


_SET = "set"  # the marker of a filter field that has a value
_SET_AT = datetime(2000, 1, 1)


def _marked(where: TimelineFilter) -> TimelineFilter:
    """The filter's shape: which fields are set, not their values (`kind` decides the arms)."""
    return TimelineFilter(
        item_id=None if where.item_id is None else 0,
        person=_SET if where.person.strip() else "",
        reason=_SET if where.reason else "",
        kind=where.kind,
        entity=_SET if where.entity else "",
        since=None if where.since is None else _SET_AT,
        until=None if where.until is None else _SET_AT,
        search=_SET if where.search.strip() else "",
    )


def statement_params(
    where: TimelineFilter, *, after: TimelineRow | None = None, sort: Sort = Sort.AT
) -> dict[str, Any]:
    """The values of a question, named as the binds of its statement name them."""
    params: dict[str, Any] = {
        "item_id": where.item_id,
        "item_key": None if where.item_id is None else str(where.item_id),
        "person": where.person.strip().lower(),
        "reason": where.reason,
        "entity": where.entity,
        "since": where.since,
        "until": where.until,
        "needle": _needle(where),
    }
    if after is not None:
        params.update(last_at=after.at, last_id=after.entry_id)
        params["last_key"] = getattr(after, _SORT_FIELDS[sort]) if sort != Sort.AT else None
    return params


def merged(shape: Shape) -> Select[*tuple[Any, ...]] | CompoundSelect[*tuple[Any, ...]]:
    """The arms united and ordered as one compound statement (not a subquery of the union:
    SQLite then runs a few per cent faster, and it is what one writes by hand)."""
    sort, descending = shape.sort, shape.descending
    arms = [
        _ordered(arm if shape.after is None else _following(arm, kind, sort, descending,
                 shape.after), sort, descending, paged=shape.paged)
        for kind, arm in _arms(shape.filters)
    ]  # fmt: skip
    united = arms[0] if len(arms) == 1 else union_all(*arms)
    query = united.order_by(*_order(united.selected_columns, sort, descending))
    if shape.paged:
        query = query.offset(bindparam("offset", type_=Integer))
        query = query.limit(bindparam("limit", type_=Integer))
    return query


def _ordered(
    arm: Select[*tuple[Any, ...]], sort: Sort, descending: bool, *, paged: bool
) -> Select[*tuple[Any, ...]]:
    """An arm ordered and cut to what the page can need, wrapped so a union accepts it."""
    if not paged:
        return arm
    inner = arm.order_by(*_order(arm.selected_columns, sort, descending, merged=False))
    return select(inner.limit(bindparam("reach", type_=Integer)).subquery())


def _order(
    columns: Any, sort: Sort, descending: bool, *, merged: bool = True
) -> list[ColumnElement[Any]]:
    """The page order. Within one arm the kind is a constant: ordering by it anyway made
    SQLite sort each arm's lines of equal time again instead of trusting the index walk."""
    keys = [] if sort == Sort.AT else [getattr(columns, sort.value)]
    keys += [columns.at, columns.kind] if merged else [columns.at]
    keys.append(columns.entry_id)
    return [k.desc() if descending else k.asc() for k in keys]


def _following(
    arm: Select[*tuple[Any, ...]], kind: Kind, sort: Sort, descending: bool, last: Kind
) -> Select[*tuple[Any, ...]]:
    """The arm's lines after the last line shown in the page order (sort key, at, kind, id).

    The kind is a constant within an arm, so its part of the comparison is settled here;
    `at` is always bounded on its own too, so the database can start its walk there.
    The last line's values are the binds `last_at`, `last_id` and `last_key`.
    """
    columns = arm.selected_columns

    def beyond(column: Any, value: Any) -> ColumnElement[bool]:
        compared: ColumnElement[bool] = column < value if descending else column > value
        return compared

    def reaching(column: Any, value: Any) -> ColumnElement[bool]:
        compared: ColumnElement[bool] = column <= value if descending else column >= value
        return compared

    last_at = bindparam("last_at", type_=Movement.at.type)
    if kind.value == last.value:
        tail = and_(
            reaching(columns.at, last_at),
            or_(beyond(columns.at, last_at), beyond(columns.entry_id, bindparam("last_id"))),
        )
    elif (kind.value < last.value) == descending:  # this arm's lines come after at a tie
        tail = reaching(columns.at, last_at)
    else:
        tail = beyond(columns.at, last_at)
    if sort == Sort.AT:
        return arm.where(tail)
    key = getattr(columns, sort.value)
    value = bindparam("last_key", type_=String())
    return arm.where(reaching(key, value), or_(beyond(key, value), tail))


_SORT_FIELDS = {Sort.AUTHOR: "author", Sort.REASON: "reason", Sort.WHAT: "what"}


def _arms(where: TimelineFilter) -> list[tuple[Kind, Select[*tuple[Any, ...]]]]:
    arms = []
    if where.kind in (None, Kind.MOVEMENT) and not where.entity:
        arms.append((Kind.MOVEMENT, _movements(where)))
    if where.kind in (None, Kind.CHANGE):
        arms.append((Kind.CHANGE, _changes(where)))
    if not arms:  # a movement kind with a change entity: nothing can match
        arms.append((Kind.MOVEMENT, _movements(where).where(false())))
    return arms


def _text(value: str) -> Any:
    """A constant column written into the SQL (a bound literal would need a parameter)."""
    return literal_column(f"'{value}'", String)


def _movements(where: TimelineFilter) -> Select[*tuple[Any, ...]]:
    undo = aliased(Movement)
    undone = select(undo.id).where(undo.undoes_id == Movement.id).exists()
    query = (
        select(
            _text(Kind.MOVEMENT.value).label("kind"),
            Movement.id.label("entry_id"),
            Movement.at.label("at"),
            Movement.author.label("author"),
            Movement.item_id.label("item_id"),
            Item.sku.label("sku"),
            Item.name.label("what"),
            _text("").label("entity"),
            Movement.reason.label("reason"),
            Movement.delta.label("delta"),
            Item.unit.label("unit"),
            Movement.bottle_id.label("bottle_id"),
            Bottle.label.label("bottle_label"),
            Movement.reference.label("reference"),
            Movement.note.label("note"),
            _none(Text).label("before"),
            _none(Text).label("after"),
            Movement.undoes_id.label("undoes_id"),
            undone.label("undone"),
        )
        .join(Item, Item.id == Movement.item_id)
        .outerjoin(Bottle, Bottle.id == Movement.bottle_id)
    )
    return query.where(*movement_conditions(where))


def movement_conditions(where: TimelineFilter) -> list[ColumnElement[bool]]:
    """The ledger's conditions for the fields set in `where`, their values as named binds."""
    conditions = _common(where, Movement.at, Movement.author, Movement.reason)
    if where.item_id is not None:
        conditions.append(Movement.item_id == bindparam("item_id", type_=Integer))
    if _needle(where):  # names are matched in the small tables first: no join per ledger line
        needle = bindparam("needle", type_=String())
        items = select(Item.id).where(
            or_(Item.name.ilike(needle, escape="\\"), Item.sku.ilike(needle, escape="\\"))
        )
        labelled = select(Bottle.id).where(Bottle.label.ilike(needle, escape="\\"))
        conditions.append(
            or_(
                Movement.item_id.in_(items),
                Movement.bottle_id.in_(labelled),
                Movement.note.ilike(needle, escape="\\"),
                Movement.reference.ilike(needle, escape="\\"),
            )
        )
    return conditions


def _changes(where: TimelineFilter) -> Select[*tuple[Any, ...]]:
    undo = aliased(AuditEntry)
    undone = select(undo.id).where(undo.undoes_id == AuditEntry.id).exists()
    query = select(
        _text(Kind.CHANGE.value).label("kind"),
        AuditEntry.id.label("entry_id"),
        AuditEntry.at.label("at"),
        AuditEntry.author.label("author"),
        _none(Integer).label("item_id"),
        _text("").label("sku"),
        AuditEntry.label.label("what"),
        AuditEntry.entity.label("entity"),
        AuditEntry.action.label("reason"),
        _none(Quantity()).label("delta"),
        _text("").label("unit"),
        _none(Integer).label("bottle_id"),
        _none(String).label("bottle_label"),
        AuditEntry.entity_id.label("reference"),
        AuditEntry.note.label("note"),
        AuditEntry.before.label("before"),
        AuditEntry.after.label("after"),
        AuditEntry.undoes_id.label("undoes_id"),
        undone.label("undone"),
    )
    return query.where(*change_conditions(where))


def change_conditions(where: TimelineFilter) -> list[ColumnElement[bool]]:
    """The audit log's conditions for the fields set in `where`, as named binds."""
    conditions = _common(where, AuditEntry.at, AuditEntry.author, AuditEntry.action)
    if _needle(where):
        needle = bindparam("needle", type_=String())
        conditions.append(
            or_(
                *(
                    c.ilike(needle, escape="\\")
                    for c in (AuditEntry.label, AuditEntry.note, AuditEntry.entity_id)
                )
            )
        )
    if where.entity:
        conditions.append(AuditEntry.entity == bindparam("entity", type_=String()))
    if where.item_id is not None:  # the item's own catalogue changes belong to its story
        conditions.append(
            and_(
                AuditEntry.entity == _text("item"),
                AuditEntry.entity_id == bindparam("item_key", type_=String()),
            )
        )
    return conditions


def _none(kind: Any) -> Any:
    """A typed NULL: PostgreSQL refuses to unite an untyped NULL (text) with a number."""
    return cast(null(), kind)


def _common(where: TimelineFilter, at: Any, author: Any, reason: Any) -> list[ColumnElement[bool]]:
    """The filters both sources share: date range, person and reason."""
    conditions: list[ColumnElement[bool]] = []
    if where.since is not None:
        conditions.append(at >= bindparam("since", type_=at.type))
    if where.until is not None:
        conditions.append(at < bindparam("until", type_=at.type))
    if where.person.strip():
        conditions.append(func.lower(author) == bindparam("person", type_=String()))
    if where.reason:
        conditions.append(reason == bindparam("reason", type_=String()))
    return conditions


def _needle(where: TimelineFilter) -> str:
    """The search text as a LIKE pattern, its own % and _ taken literally."""
    text = where.search.strip()
    if not text:
        return ""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def timeline_row(record: Any) -> TimelineRow:
    """A result row by position (the order `_movements` and `_changes` select in).

    Unpacking is a third of the cost of reading each column by name, on every page.
    """
    (
        kind, entry_id, at, author, item_id, sku, what, entity, reason, delta, unit,
        bottle_id, bottle_label, reference, note, before, after, undoes_id, undone,
    ) = record  # fmt: skip
    return TimelineRow(
        _KINDS[kind], entry_id, at, author, item_id, sku or "", what or "", entity or "",
        reason, delta, unit or "", f"#{bottle_id} {bottle_label}" if bottle_id else "",
        reference or "", note or "", before, after, undoes_id, bool(undone),
    )  # positional: the fields' order  # fmt: skip


_KINDS = {kind.value: kind for kind in Kind}
