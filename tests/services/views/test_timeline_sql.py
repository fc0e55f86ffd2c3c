"""The timeline's SQL: both sources filtered, sorted and paged, one statement per shape."""

from __future__ import annotations

from datetime import timedelta

import pytest

from inventory_app.db.engine import Database
from inventory_app.domain.catalogue import Reason
from inventory_app.services.ledger import movements as stock
from inventory_app.services.views.timeline import (
    Kind,
    Sort,
    TimelineFilter,
    TimelineRow,
    count,
    timeline,
)
from inventory_app.services.views.timeline_sql import Shape, statement_params
from tests.services.views.timeline_fixtures import SATURDAY, D, Story, add_audit, read


def test_undone_movement_is_marked(db: Database, story: Story) -> None:
    with db.transaction() as s:
        stock.undo(s, story.sale, author="owner")
    rows = read(db, TimelineFilter(item_id=story.campari, reason="sale"))
    assert [r.undone for r in rows] == [True]


def test_bottle_is_named(db: Database, story: Story) -> None:
    rows = read(db, TimelineFilter(item_id=story.whisky, reason="open"))
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
    rows = read(db, where)
    assert {(r.reason, r.author) for r in rows} == expected
    with db.reading() as s:
        assert count(s, where) == len(rows)


def test_item_filter_includes_its_catalogue_changes(db: Database, story: Story) -> None:
    rows = read(db, TimelineFilter(item_id=story.campari, kind=Kind.CHANGE))
    assert {r.reason for r in rows} >= {"update", "undo"}
    assert all(r.entity == "item" for r in rows)


@pytest.mark.parametrize("sort", list(Sort))
def test_sort_both_ways(db: Database, story: Story, sort: Sort) -> None:
    down = read(db, sort=sort, descending=True)
    up = read(db, sort=sort, descending=False)
    key = {Sort.AT: lambda r: r.at, Sort.AUTHOR: lambda r: r.author}.get(sort)
    if key is not None:
        assert [key(r) for r in down] == sorted((key(r) for r in down), reverse=True)
    assert [(r.kind, r.entry_id) for r in up] == [(r.kind, r.entry_id) for r in reversed(down)]


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
        add_audit(s, tie, author="Cleo", entity="item", entity_id="1", label="Gin", action="update")
    whole = read(db, sort=sort, descending=descending, limit=100)
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


def test_a_shape_keeps_which_filters_are_set_not_their_values() -> None:
    """Questions that differ only in values share a shape (one compiled statement)."""
    bob = TimelineFilter(item_id=3, person="Bob", since=SATURDAY, search="gin")
    ann = TimelineFilter(item_id=9, person=" ann ", since=SATURDAY + timedelta(1), search="rum")
    shape = Shape.of(bob, Sort.AT, True, paged=True, after=None)
    assert shape == Shape.of(ann, Sort.AT, True, paged=True, after=None)
    others = [
        Shape.of(TimelineFilter(item_id=3), Sort.AT, True, paged=True, after=None),
        Shape.of(bob, Sort.AUTHOR, True, paged=True, after=None),
        Shape.of(bob, Sort.AT, False, paged=True, after=None),
        Shape.of(bob, Sort.AT, True, paged=False, after=None),
    ]
    assert all(other != shape for other in others)
    assert len(set(others)) == len(others)
    blank = TimelineFilter(item_id=3, person="   ", search=" ")  # blank text filters nothing
    assert Shape.of(blank, Sort.AT, True, paged=True, after=None) == others[0]


def test_statement_params_are_the_values_as_the_binds_name_them() -> None:
    where = TimelineFilter(item_id=7, person=" Bob ", reason="sale", search=" 100%_off\\ ")
    params = statement_params(where)
    assert params == {
        "item_id": 7, "item_key": "7", "person": "bob", "reason": "sale", "entity": "",
        "since": None, "until": None, "needle": "%100\\%\\_off\\\\%",
    }  # fmt: skip
    assert statement_params(TimelineFilter())["needle"] == ""
    last = TimelineRow(
        Kind.MOVEMENT, 41, SATURDAY, "Ann", 3, "CAMP", "Campari", "", "open", D(0), "ml",
        "", "", "", None, None, None, False,
    )  # fmt: skip
    after = statement_params(where, after=last, sort=Sort.AUTHOR)
    assert (after["last_at"], after["last_id"], after["last_key"]) == (SATURDAY, 41, "Ann")
    assert statement_params(where, after=last)["last_key"] is None
