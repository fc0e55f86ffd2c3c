"""What the Count page reads: items in walking order, each with its entry so far, progress."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from inventory_app.db.engine import Database
from inventory_app.db.models import Item
from inventory_app.domain.units import BaseUnit
from inventory_app.services.counts import sessions as counts
from inventory_app.services.counts.view import count_row, count_rows, count_state, progress
from tests.conftest import AUTHOR, make_item
from tests.services.count_fixtures import CountBar, make_count_bar

D = Decimal


@pytest.fixture
def bar(db: Database) -> CountBar:
    with db.transaction() as s:
        bar = make_count_bar(s)
        make_item(s, "LIME", name="Limes", unit=BaseUnit.PCS, size=D(1))  # no location
        s.get_one(Item, make_item(s, "OLD", name="Retired")).active = False
    return bar


def test_without_a_count_every_active_item_in_walking_order(db: Database, bar: CountBar) -> None:
    with db.reading() as s:
        state = count_state(s)
    assert (state.count_id, state.started_at, state.started_by, state.locations) == (
        None, None, "", (),
    )  # fmt: skip
    assert [(r.sku, r.location) for r in state.rows] == [
        ("AMA-CAMP", "Back wall"), ("WHI-MONKEY", "Back wall"), ("CUP-12", "Store"),
        ("LIME", ""),
    ]  # fmt: skip
    campari = state.rows[0]
    assert (campari.barcodes, campari.done, campari.counted, campari.refused) == (
        ("8001234567890",), False, None, None,
    )  # fmt: skip
    whisky = state.rows[1]
    assert (whisky.scale.tare_g, whisky.scale.full_g, whisky.scale.unit) == (
        D(540), D(1205), BaseUnit.ML,
    )  # fmt: skip


def test_an_open_count_shows_its_entries_and_progress(db: Database, bar: CountBar) -> None:
    with db.transaction() as s:
        counts.start_count(s, author="anna")
        counts.set_line(s, "AMA-CAMP", author=AUTHOR, full=D(1), tenths=D(4))
        counts.set_line(s, "CUP-12", author=AUTHOR, quantity=D(90))
    with db.reading() as s:
        state = count_state(s)
        one = count_row(s, bar.campari)
    assert (state.count_id is not None, state.started_by) == (True, "anna")
    assert state.counted == 2 and state.refused == []
    assert [(p.location, p.counted, p.total) for p in state.progress] == [
        ("Back wall", 1, 2), ("Store", 1, 1), ("No location", 0, 1),
    ]  # fmt: skip
    assert one == state.rows[0]
    assert (one.entry.full, one.entry.tenths, one.counted, one.done) == (
        D(1), D(4), D(1400), True,
    )  # fmt: skip


def test_rows_of_some_locations_only(session: Session) -> None:
    make_count_bar(session)
    assert [r.sku for r in count_rows(session, ("Store",))] == ["CUP-12"]
    assert [r.sku for r in count_rows(session, ("Store", "Back wall"))] == [
        "AMA-CAMP", "WHI-MONKEY", "CUP-12",
    ]  # fmt: skip


def test_progress_counts_done_rows_per_location(session: Session) -> None:
    make_count_bar(session)
    rows = count_rows(session)
    done = [replace(rows[0], counted=D(1)), *rows[1:]]
    assert [(p.location, p.counted, p.total) for p in progress(done)] == [
        ("Back wall", 1, 2), ("Store", 0, 1),
    ]  # fmt: skip
    assert progress([]) == []
