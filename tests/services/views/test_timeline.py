"""The merged timeline: ledger and audit log in one list, filtered, sorted and paged in SQL."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from inventory_app.db.engine import Database
from inventory_app.db.models import AuditEntry
from inventory_app.domain.catalogue import Reason
from inventory_app.services.bottles import containers as bottles
from inventory_app.services.ledger import movements as stock
from inventory_app.services.views.timeline import (
    Kind,
    Sort,
    TimelineFilter,
    TimelineRow,
    change_text,
    count,
    entities,
    people,
    reasons,
    stream_timeline,
    timeline,
)
from tests.services.bottle_fixtures import make_shelf

D = Decimal
SATURDAY = datetime(2026, 11, 21, 18, 0)


@dataclass(frozen=True)
class Story:
    campari: int
    whisky: int
    bottle: int
    sale: int  # Bob's sale of Campari on Saturday
    opening: int  # Ann's third opening of Campari on Saturday
    change: int  # the owner's cost change


def _audit(session: Session, at: datetime, **fields: object) -> int:
    entry = AuditEntry(at=at, **fields)
    session.add(entry)
    session.flush()
    return entry.id


@pytest.fixture
def story(db: Database) -> Story:
    """Friday's receipt, Saturday's three Campari openings and a sale, a change, an undo."""
    with db.transaction() as s:
        shelf = make_shelf(s)
        stock.record_movement(
            s, shelf.campari, D(3000), Reason.RECEIVE, author="owner", reference="order:7",
            at=SATURDAY - timedelta(days=1),
        )  # fmt: skip
        for hour in (0, 1):
            at = SATURDAY + timedelta(hours=hour)
            stock.record_movement(s, shelf.campari, D(0), Reason.OPEN, author="Bob", at=at)
        opening = stock.record_movement(
            s, shelf.campari, D(0), Reason.OPEN, author="Ann", at=SATURDAY + timedelta(hours=3)
        )
        sale = stock.record_movement(
            s, shelf.campari, D(-30), Reason.SALE, author="Bob", reference="sale:9",
            note="Negroni", at=SATURDAY + timedelta(hours=4),
        )  # fmt: skip
        bottles.open_container(s, "MAC-1", author="Ann", at=SATURDAY + timedelta(hours=2))
        change = _audit(
            s, SATURDAY + timedelta(hours=5), author="owner", entity="item",
            entity_id=str(shelf.campari), label="Campari", action="update",
            before=json.dumps({"cost": "21.00"}), after=json.dumps({"cost": "23.50"}),
        )  # fmt: skip
        _audit(
            s, SATURDAY + timedelta(hours=6), author="owner", entity="item",
            entity_id=str(shelf.campari), label="Campari", action="undo", undoes_id=change,
            before=json.dumps({"cost": "23.50"}), after=json.dumps({"cost": "21.00"}),
        )  # fmt: skip
        _audit(
            s, SATURDAY, author="owner", entity="user", entity_id="2", label="Bob", action="create"
        )
    return Story(shelf.campari, shelf.whisky, shelf.bottles[0], sale, opening, change)


def _read(db: Database, where: TimelineFilter = TimelineFilter(), **kw: object) -> list:  # noqa: B008
    with db.reading() as s:
        return timeline(s, where, **kw)  # type: ignore[arg-type]


def test_campari_on_saturday_shows_who_opened_and_who_sold(db: Database, story: Story) -> None:
    where = TimelineFilter(
        item_id=story.campari, kind=Kind.MOVEMENT, since=SATURDAY, until=SATURDAY + timedelta(1)
    )
    rows = _read(db, where, descending=False)
    assert [(r.reason, r.author) for r in rows] == [
        ("open", "Bob"), ("open", "Bob"), ("open", "Ann"), ("sale", "Bob"),
    ]  # fmt: skip
    assert rows[2].entry_id == story.opening
    assert rows[3].delta_text == "-30 ml" and rows[3].reference == "sale:9"


def test_newest_first_merges_both_sources(db: Database, story: Story) -> None:
    rows = _read(db)
    assert [r.at for r in rows] == sorted((r.at for r in rows), reverse=True)
    assert {r.kind for r in rows} == {Kind.MOVEMENT, Kind.CHANGE}
    with db.reading() as s:
        assert count(s, TimelineFilter()) == len(rows)


def test_undone_and_undo_are_marked(db: Database, story: Story) -> None:
    rows = {(r.kind, r.entry_id): r for r in _read(db, TimelineFilter(kind=Kind.CHANGE))}
    original = rows[(Kind.CHANGE, story.change)]
    assert original.undone and not original.is_undo
    assert original.delta_text == "cost: 21.00 → 23.50"
    undo = next(r for r in rows.values() if r.undoes_id == story.change)
    assert undo.is_undo and not undo.undone


def test_undone_movement_is_marked(db: Database, story: Story) -> None:
    with db.transaction() as s:
        stock.undo(s, story.sale, author="owner")
    rows = _read(db, TimelineFilter(item_id=story.campari, reason="sale"))
    assert [r.undone for r in rows] == [True]


def test_bottle_is_named(db: Database, story: Story) -> None:
    rows = _read(db, TimelineFilter(item_id=story.whisky, reason="open"))
    assert [r.bottle for r in rows] == [f"#{story.bottle} Cask 1"]


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        (TimelineFilter(person="bob"), {("open", "Bob"), ("sale", "Bob")}),
        (TimelineFilter(reason="update"), {("update", "owner")}),
        (TimelineFilter(kind=Kind.CHANGE, entity="user"), {("create", "owner")}),
        (TimelineFilter(kind=Kind.MOVEMENT, entity="user"), set()),
        (TimelineFilter(search="negroni"), {("sale", "Bob")}),
        (TimelineFilter(search="ORDER:7"), {("receive", "owner")}),
        (TimelineFilter(search="cask 1"), {("open", "Ann"), ("receive", "owner")}),
        (TimelineFilter(search="100%"), set()),
        (TimelineFilter(until=SATURDAY), {("receive", "owner")}),
    ],
)
def test_filters(db: Database, story: Story, where: TimelineFilter, expected: set) -> None:
    rows = _read(db, where)
    assert {(r.reason, r.author) for r in rows} == expected
    with db.reading() as s:
        assert count(s, where) == len(rows)


def test_item_filter_includes_its_catalogue_changes(db: Database, story: Story) -> None:
    rows = _read(db, TimelineFilter(item_id=story.campari, kind=Kind.CHANGE))
    assert {r.reason for r in rows} >= {"update", "undo"}
    assert all(r.entity == "item" for r in rows)


@pytest.mark.parametrize("sort", list(Sort))
def test_sort_both_ways(db: Database, story: Story, sort: Sort) -> None:
    down = _read(db, sort=sort, descending=True)
    up = _read(db, sort=sort, descending=False)
    key = {Sort.AT: lambda r: r.at, Sort.AUTHOR: lambda r: r.author}.get(sort)
    if key is not None:
        assert [key(r) for r in down] == sorted((key(r) for r in down), reverse=True)
    assert [(r.kind, r.entry_id) for r in up] == [(r.kind, r.entry_id) for r in reversed(down)]


def test_pages_join_up_to_the_whole(db: Database, story: Story) -> None:
    whole = _read(db, limit=100)
    pages = [r for offset in range(0, len(whole), 3) for r in _read(db, offset=offset, limit=3)]
    assert [(r.kind, r.entry_id) for r in pages] == [(r.kind, r.entry_id) for r in whole]
    with db.reading() as s:
        streamed = list(stream_timeline(s, TimelineFilter()))
    assert [(r.kind, r.entry_id) for r in streamed] == [(r.kind, r.entry_id) for r in whole]


@pytest.mark.parametrize("descending", [True, False])
@pytest.mark.parametrize("sort", list(Sort))
def test_pages_after_the_last_line_join_up(
    db: Database, story: Story, sort: Sort, descending: bool
) -> None:
    """Keyset pages (each after the previous page's last line) give the whole, in order.

    Ties on the time (two movements and a change in the same instant) split across pages.
    """
    tie = SATURDAY + timedelta(hours=6)
    with db.transaction() as s:
        for who in ("Ann", "Bob"):
            stock.record_movement(s, story.campari, D(0), Reason.OPEN, author=who, at=tie)
        _audit(s, tie, author="Cleo", entity="item", entity_id="1", label="Gin", action="update")
    whole = _read(db, sort=sort, descending=descending, limit=100)
    pages: list[TimelineRow] = []
    while True:
        with db.reading() as s:
            page = timeline(
                s, TimelineFilter(), sort=sort, descending=descending, limit=2,
                after=pages[-1] if pages else None,
            )  # fmt: skip
        if not page:
            break
        pages += page
    assert [(r.kind, r.entry_id) for r in pages] == [(r.kind, r.entry_id) for r in whole]


def test_choices(db: Database, story: Story) -> None:
    with db.reading() as s:
        assert people(s) == ["Ann", "Bob", "owner"]
        assert "open" in reasons(s) and "update" in reasons(s)
        assert entities(s) == ["item", "user"]


def test_change_text_names_added_and_removed_fields() -> None:
    assert change_text(None, '{"role": "bartender"}') == "role: bartender"
    assert change_text('{"pin": "set"}', None) == "pin: set removed"


def test_one_statement_per_shape_its_values_as_parameters(db: Database, story: Story) -> None:
    """Two questions of one shape (an item, a person, a day, a search) share one compiled
    statement and still answer each its own values."""
    from inventory_app.services.views import timeline as module

    def ask(item: int, person: str, search: str) -> set[tuple[str, int]]:
        where = TimelineFilter(
            item_id=item, person=person, since=SATURDAY, until=SATURDAY + timedelta(1),
            search=search,
        )  # fmt: skip
        return {(r.author, r.item_id) for r in _read(db, where)}

    module._paged.cache_clear()
    assert ask(story.campari, "bob", "campari") == {("Bob", story.campari)}
    assert ask(story.whisky, "ann", "cask") == {("Ann", story.whisky)}
    assert ask(story.whisky, "bob", "campari") == set()
    assert module._paged.cache_info().currsize == 1
