"""The stock count: start, enter lines as you go, finalise into `count` movements.

The rule for what a count adjusts: expected is each item's on hand at the moment of
finalising, so sales, preps and waste recorded while the count was open are accounted
for. The count therefore reflects the shelf at finalise time: a line entered before a
sale of that same item would be off by that sale, which is why the bar counts after
closing (and imports the day's POS export before finalising).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from inventory_app.db.models import Count, CountLine, Item, Location, StockLevel, utcnow
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.counting import Entry, Scale, counted_quantity, parse_entry
from inventory_app.domain.errors import InputError, NotFoundError
from inventory_app.domain.permissions import Action
from inventory_app.domain.units import BaseUnit
from inventory_app.i18n.catalogue import tr
from inventory_app.i18n.formats import date_time_text
from inventory_app.services.catalogue.items import find_item
from inventory_app.services.ledger.movements import NewMovement, lock_levels, record_movements
from inventory_app.services.people.permissions import require

LOCATION_SEPARATOR = "|"
ENTRY_FIELDS = ("full", "tenths", "weight_g", "quantity")


class CountStatus(StrEnum):
    OPEN = "open"
    FINALISED = "finalised"


@dataclass(frozen=True)
class Entered:
    """A saved count line, and the counting rule that refused its entry (None when counted)."""

    line: CountLine
    problem: InputError | None


@dataclass(frozen=True)
class Finalised:
    """What finalising did: lines counted and `count` movements written."""

    count_id: int
    counted: int
    movements: int


def count_reference(count_id: int) -> str:
    """How a count's movements point back at it."""
    return f"count:{count_id}"


def open_count(session: Session) -> Count | None:
    """The count being entered now, if any (there is at most one)."""
    return session.scalar(select(Count).where(Count.status == CountStatus.OPEN).limit(1))


def get_count(session: Session, count_id: int) -> Count:
    count = session.get(Count, count_id)
    if count is None:
        raise NotFoundError(tr("no count with id {id}").format(id=count_id))
    return count


def count_locations(count: Count) -> tuple[str, ...]:
    """The locations a count covers; empty means the whole bar."""
    return tuple(n for n in count.locations.split(LOCATION_SEPARATOR) if n)


def start_count(session: Session, *, author: str, locations: tuple[str, ...] = ()) -> Count:
    """Open a count of the whole bar or of some locations; one count is open at a time."""
    require(session, author, Action.COUNT_LINE)
    if not author:
        raise InputError(tr("a count needs an author"))
    current = open_count(session)
    if current is not None:
        raise InputError(
            tr(
                "count {id} is already open (started {started} by {person}): finalise it "
                "before starting another"
            ).format(
                id=current.id,
                started=date_time_text(current.started_at),
                person=current.started_by,
            )
        )
    names = known_locations(session, locations)
    count = Count(
        locations=LOCATION_SEPARATOR.join(names), started_by=author, status=CountStatus.OPEN
    )
    session.add(count)
    try:
        session.flush()
    except IntegrityError:  # another terminal's count, begun since the check (PostgreSQL)
        raise InputError(
            tr("another terminal has just started a count: finalise it before starting another")
        ) from None
    return count


def known_locations(session: Session, wanted: tuple[str, ...]) -> tuple[str, ...]:
    """The locations as the catalogue spells them; an unknown one is an error naming the rest."""
    known = {
        n.casefold(): n
        for n in session.scalars(select(Location.name).order_by(Location.walk_order))
    }
    names: list[str] = []
    for name in wanted:
        found = known.get(name.strip().casefold())
        if found is None:
            listed = ", ".join(known.values()) or tr("none yet")
            raise InputError(
                tr("no location named {name}; the locations are {listed}").format(
                    name=repr(name), listed=listed
                )
            )
        if found not in names:
            names.append(found)
    return tuple(names)


def scale_of(item: Item) -> Scale:
    """What the counting rules need to know about an item."""
    return Scale(item.name, BaseUnit(item.unit), item.size, item.tare_g, item.full_g, item.density)


def in_scope(count: Count, item: Item) -> bool:
    """An active item standing in one of the count's locations (any, for a whole-bar count)."""
    names = count_locations(count)
    if not item.active:
        return False
    return not names or (item.location is not None and item.location.name in names)


def set_line(
    session: Session,
    code: str,
    *,
    author: str,
    full: Decimal | None = None,
    tenths: Decimal | None = None,
    weight_g: Decimal | None = None,
    quantity: Decimal | None = None,
) -> CountLine:
    """Save one item's entry in the open count, replacing any earlier entry for it.

    An entry the counting rules refuse (tenths 15, a weight above full) is kept on the
    line with the reason in `refused`, and the line counts nothing until it is fixed or
    cleared: an earlier Full part must not go on counting beside a refused open part,
    and finalise refuses while such a line is left (issue 15).
    """
    entry = Entry(full=full, tenths=tenths, weight_g=weight_g, quantity=quantity)
    return enter_line(session, code, entry, author=author).line


def enter_line(session: Session, code: str, entry: Entry, *, author: str) -> Entered:
    """set_line, telling the caller which rule refused the entry (and in which column)."""
    return _save_line(session, code, entry, None, author=author)


def set_line_text(session: Session, code: str, *, author: str, texts: Mapping[str, str]) -> Entered:
    """Save an entry as typed (field -> text); text that is no number is refused like tenths 15."""
    values: dict[str, Decimal | None] = {}
    problem: InputError | None = None
    for field in ENTRY_FIELDS:
        text = texts.get(field, "").strip()
        try:
            values[field] = parse_entry(field, text) if text else None
        except InputError as error:
            values[field], problem = None, problem or InputError(error.detail, column=field)
    empty = problem is None and all(v is None for v in values.values())
    if empty:
        raise InputError(tr("nothing entered: clear the line to leave the item uncounted"))
    return _save_line(session, code, Entry(**values), problem, author=author)


def _save_line(
    session: Session, code: str, entry: Entry, problem: InputError | None, *, author: str
) -> Entered:
    require(session, author, Action.COUNT_LINE)
    count = _editable(session)
    item = find_item(session, code)
    _check_scope(count, item)
    counted: Decimal | None = None
    if problem is None:
        try:
            counted = counted_quantity(entry, scale_of(item))
        except InputError as error:
            problem = error
    line = _line_of(session, count.id, item.id)
    if line is None:
        line = CountLine(count_id=count.id, item_id=item.id, entered_by=author)
        session.add(line)
    line.full, line.tenths, line.weight_g, line.quantity = (
        entry.full, entry.tenths, entry.weight_g, entry.quantity
    )  # fmt: skip
    line.counted, line.refused = counted, problem.detail if problem is not None else None
    line.entered_by, line.entered_at = author, utcnow()
    session.flush()
    return Entered(line, problem)


def clear_line(session: Session, code: str, *, author: str) -> bool:
    """Forget an item's entry in the open count: it is not counted. True if there was one."""
    require(session, author, Action.COUNT_LINE)
    count = _editable(session)
    item = find_item(session, code)
    line = _line_of(session, count.id, item.id)
    if line is None:
        return False
    session.delete(line)
    session.flush()
    return True


def finalise_count(session: Session, *, author: str) -> Finalised:
    """Write one `count` movement per counted item that differs, and mark every one counted."""
    require(session, author, Action.FINALISE_COUNT)
    count = _editable(session)
    lines = list(session.scalars(select(CountLine).where(CountLine.count_id == count.id)))
    if not lines:
        raise InputError(
            tr("count {id} has no counted items yet: nothing to finalise").format(id=count.id)
        )
    refused = [line for line in lines if line.counted is None]
    if refused:
        raise InputError(refusals_text(count.id, [
            (line.item.sku, line.item.name, line.refused or "") for line in refused
        ]))  # fmt: skip
    now = utcnow()
    # Locked before reading: a sale on another terminal lands wholly before or after.
    levels = lock_levels(session, [line.item_id for line in lines])
    moves: list[NewMovement] = []
    for line in lines:
        line.expected = levels[line.item_id]
        if line.counted is not None and line.counted != line.expected:
            delta = line.counted - line.expected
            moves.append(NewMovement(line.item_id, delta, Reason.COUNT, count_reference(count.id),
                                     note=tr("stock count"), at=now))  # fmt: skip
    # The movements carry the finalise moment itself, so a report's period (which ends
    # at finalised_at) includes them and the next one starts after them.
    written = record_movements(session, moves, author=author)
    session.execute(
        update(StockLevel)
        .where(StockLevel.item_id.in_([line.item_id for line in lines]))
        .values(last_counted_at=now)
    )
    count.status, count.finalised_at, count.finalised_by = CountStatus.FINALISED, now, author
    session.flush()
    return Finalised(count.id, len(lines), written)


def refusals_text(count_id: int | None, refused: Sequence[tuple[str, str, str]]) -> str:
    """Why a count cannot be finalised yet: each refused entry (SKU, name, reason) named."""
    if len(refused) == 1:
        text = tr(
            "count {id} cannot be finalised: this entry was refused and counts nothing until "
            "fixed or cleared:{listed}"
        )
    else:  # two or more: plural in every language the app speaks
        text = tr(
            "count {id} cannot be finalised: these {count} entries were refused and count "
            "nothing until fixed or cleared:{listed}"
        )
    listed = "".join(f"\n  {sku} ({name}): {reason}" for sku, name, reason in refused)
    return text.format(id=count_id, count=len(refused), listed=listed)


def _editable(session: Session) -> Count:
    """The open count; a finalised count is history and never edited."""
    count = open_count(session)
    if count is None:
        last = session.scalar(select(func.max(Count.id)))
        if last:
            text = tr(
                "no count is open (count {last} is finalised: it is history): start one with "
                "`count start`"
            )
        else:
            text = tr("no count is open: start one with `count start`")
        raise InputError(text.format(last=last))
    return count


def _check_scope(count: Count, item: Item) -> None:
    if not item.active:
        raise InputError(
            tr("{sku} ({name}) is not active: it is not counted").format(
                sku=item.sku, name=item.name
            )
        )
    if not in_scope(count, item):
        where = item.location.name if item.location else tr("no location")
        covered = ", ".join(count_locations(count))
        raise InputError(
            tr(
                "{sku} ({name}) stands in {where}, which count {id} does not cover ({covered})"
            ).format(sku=item.sku, name=item.name, where=where, id=count.id, covered=covered)
        )


def _line_of(session: Session, count_id: int, item_id: int) -> CountLine | None:
    return session.scalar(
        select(CountLine).where(CountLine.count_id == count_id, CountLine.item_id == item_id)
    )
