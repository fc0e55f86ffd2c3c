"""The merged timeline: ledger and audit log in one list, filtered, sorted and paged in SQL."""

from __future__ import annotations

from datetime import timedelta

from inventory_app.db.engine import Database
from inventory_app.services.views.timeline import (
    Kind,
    TimelineFilter,
    count,
    entities,
    people,
    reasons,
    stream_timeline,
)
from tests.services.views.timeline_fixtures import SATURDAY, Story, read


def test_campari_on_saturday_shows_who_opened_and_who_sold(db: Database, story: Story) -> None:
    where = TimelineFilter(
        item_id=story.campari, kind=Kind.MOVEMENT, since=SATURDAY, until=SATURDAY + timedelta(1)
    )
    rows = read(db, where, descending=False)
    assert [(r.reason, r.author) for r in rows] == [
        ("open", "Bob"), ("open", "Bob"), ("open", "Ann"), ("sale", "Bob"),
    ]  # fmt: skip
    assert rows[2].entry_id == story.opening
    assert rows[3].delta_text == "-30 ml" and rows[3].reference == "sale:9"


def test_newest_first_merges_both_sources(db: Database, story: Story) -> None:
    rows = read(db)
    assert [r.at for r in rows] == sorted((r.at for r in rows), reverse=True)
    assert {r.kind for r in rows} == {Kind.MOVEMENT, Kind.CHANGE}
    with db.reading() as s:
        assert count(s, TimelineFilter()) == len(rows)


def test_undone_and_undo_are_marked(db: Database, story: Story) -> None:
    rows = {(r.kind, r.entry_id): r for r in read(db, TimelineFilter(kind=Kind.CHANGE))}
    original = rows[(Kind.CHANGE, story.change)]
    assert original.undone and not original.is_undo
    assert original.delta_text == "cost: 21.00 → 23.50"
    undo = next(r for r in rows.values() if r.undoes_id == story.change)
    assert undo.is_undo and not undo.undone


def test_pages_join_up_to_the_whole(db: Database, story: Story) -> None:
    whole = read(db, limit=100)
    pages = [r for offset in range(0, len(whole), 3) for r in read(db, offset=offset, limit=3)]
    assert [(r.kind, r.entry_id) for r in pages] == [(r.kind, r.entry_id) for r in whole]
    with db.reading() as s:
        streamed = list(stream_timeline(s, TimelineFilter()))
    assert [(r.kind, r.entry_id) for r in streamed] == [(r.kind, r.entry_id) for r in whole]


def test_choices(db: Database, story: Story) -> None:
    with db.reading() as s:
        assert people(s) == ["Ann", "Bob", "owner"]
        assert "open" in reasons(s) and "update" in reasons(s)
        assert entities(s) == ["item", "user"]


def test_one_statement_per_shape_its_values_as_parameters(db: Database, story: Story) -> None:
    """Two questions of one shape (an item, a person, a day, a search) share one compiled
    statement and still answer each its own values."""
    from inventory_app.services.views import timeline as module

    def ask(item: int, person: str, search: str) -> set[tuple[str, int]]:
        where = TimelineFilter(
            item_id=item, person=person, since=SATURDAY, until=SATURDAY + timedelta(1),
            search=search,
        )  # fmt: skip
        return {(r.author, r.item_id) for r in read(db, where)}

    module._paged.cache_clear()
    assert ask(story.campari, "bob", "campari") == {("Bob", story.campari)}
    assert ask(story.whisky, "ann", "cask") == {("Ann", story.whisky)}
    assert ask(story.whisky, "bob", "campari") == set()
    assert module._paged.cache_info().currsize == 1
