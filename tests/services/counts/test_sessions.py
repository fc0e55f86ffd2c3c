"""The count: one open at a time, lines saved as you go, finalise writes only the differences."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.engine import Database
from inventory_app.db.models import Count, CountLine, Movement, StockLevel
from inventory_app.domain.errors import InputError
from inventory_app.services.counts import sessions as counts
from inventory_app.services.counts.view import count_state
from inventory_app.services.ledger.movements import on_hand
from inventory_app.services.selling.sales import sell
from tests.conftest import AUTHOR
from tests.services.count_fixtures import CountBar, make_count_bar

D = Decimal


@pytest.fixture
def bar(db: Database) -> CountBar:
    with db.transaction() as s:
        return make_count_bar(s)


def snapshot(db: Database) -> tuple[object, ...]:
    """Everything a count can touch, to prove an error changed nothing."""
    with db.sessions() as s:
        return (
            s.execute(select(Count.id, Count.status, Count.locations)).all(),
            s.execute(select(CountLine.item_id, CountLine.counted, CountLine.expected)).all(),
            s.execute(select(Movement.id)).all(),
            s.execute(select(StockLevel.item_id, StockLevel.on_hand, StockLevel.last_counted_at))
            .all(),
        )  # fmt: skip


def count_movements(session: Session, count_id: int) -> list[tuple[int, Decimal, str]]:
    query = select(Movement.item_id, Movement.delta, Movement.author).where(
        Movement.reference == f"count:{count_id}"
    )
    return sorted((i, d, a) for i, d, a in session.execute(query))


def test_start_covers_the_whole_bar_or_some_locations(db: Database, bar: CountBar) -> None:
    with db.transaction() as s:
        count = counts.start_count(s, author=AUTHOR, locations=("store",))
        state = count_state(s)
        assert (count.locations, state.locations) == ("Store", ("Store",))
        assert [r.sku for r in state.rows] == ["CUP-12"]
        assert [(p.location, p.counted, p.total) for p in state.progress] == [("Store", 0, 1)]
        with pytest.raises(InputError, match=r"WHI-MONKEY .* stands in Back wall, which count"):
            counts.set_line(s, "WHI-MONKEY", author=AUTHOR, full=D(1))


def test_one_count_is_open_at_a_time(db: Database, bar: CountBar) -> None:
    with db.transaction() as s:
        first = counts.start_count(s, author="anna")
    before = snapshot(db)
    with pytest.raises(InputError) as caught, db.transaction() as s:
        counts.start_count(s, author=AUTHOR)
    assert f"count {first.id} is already open" in caught.value.detail
    assert "by anna): finalise it before starting another" in caught.value.detail
    assert snapshot(db) == before


def test_an_unknown_location_is_named(db: Database, bar: CountBar) -> None:
    with pytest.raises(InputError) as caught, db.transaction() as s:
        counts.start_count(s, author=AUTHOR, locations=("Cellar",))
    assert caught.value.detail == "no location named 'Cellar'; the locations are Back wall, Store"


def test_set_line_upserts_by_item_and_accepts_a_barcode(db: Database, bar: CountBar) -> None:
    with db.transaction() as s:
        counts.start_count(s, author=AUTHOR)
        counts.set_line(s, "AMA-CAMP", author=AUTHOR, full=D(1), tenths=D(4))
        counts.set_line(s, "8001234567890", author="anna", full=D(2))
        lines = s.execute(
            select(CountLine.item_id, CountLine.full, CountLine.tenths, CountLine.counted,
                   CountLine.entered_by)
        ).all()  # fmt: skip
        assert lines == [(bar.campari, D(2), None, D(2000), "anna")]
        assert counts.clear_line(s, "AMA-CAMP", author="owner") is True
        assert counts.clear_line(s, "AMA-CAMP", author="owner") is False
        assert count_state(s).counted == 0


def test_a_refused_entry_is_kept_and_counts_nothing_until_fixed(
    db: Database, bar: CountBar
) -> None:
    """Tenths 15 beside a Full of 2 once left the Full counting: the whole line stops."""
    with db.transaction() as s:
        counts.start_count(s, author=AUTHOR)
        counts.set_line(s, "WHI-MONKEY", author=AUTHOR, full=D(2))
        counts.set_line(s, "AMA-CAMP", author=AUTHOR, full=D(1))
    with db.transaction() as s:
        line = counts.set_line(s, "WHI-MONKEY", author=AUTHOR, full=D(2), tenths=D(15))
        assert (line.counted, line.refused) == (None, "expected tenths from 0 to 10, got 15")
        assert (line.full, line.tenths) == (D(2), D(15))  # kept as typed
        assert count_state(s).counted == 1
    before = snapshot(db)
    with pytest.raises(InputError) as refused, db.transaction() as s:
        counts.finalise_count(s, author=AUTHOR)
    assert refused.value.detail == (
        "count 1 cannot be finalised: this entry was refused and counts nothing until fixed "
        "or cleared:\n  WHI-MONKEY (Monkey Shoulder): expected tenths from 0 to "
        "10, got 15"
    )
    assert snapshot(db) == before
    with db.transaction() as s:
        fixed = counts.set_line(s, "WHI-MONKEY", author=AUTHOR, full=D(2), tenths=D(5))
        assert (fixed.counted, fixed.refused) == (D(1750), None)
        done = counts.finalise_count(s, author=AUTHOR)
    assert done.counted == 2


def test_text_that_is_no_number_is_refused_like_a_value_out_of_range(
    db: Database, bar: CountBar
) -> None:
    with db.transaction() as s:
        counts.start_count(s, author=AUTHOR)
        counts.set_line(s, "WHI-MONKEY", author=AUTHOR, full=D(1))
    with db.transaction() as s:
        entered = counts.set_line_text(
            s, "WHI-MONKEY", author=AUTHOR, texts={"full": "1", "tenths": "half"}
        )
        assert entered.problem is not None and entered.problem.column == "tenths"
        assert entered.line.counted is None
        assert entered.line.refused == entered.problem.detail
        assert "'half'" in entered.problem.detail
    with db.transaction() as s:
        assert counts.clear_line(s, "WHI-MONKEY", author=AUTHOR) is True
        with pytest.raises(InputError, match="has no counted items yet"):
            counts.finalise_count(s, author=AUTHOR)


def test_finalise_writes_exactly_the_differences(db: Database, bar: CountBar) -> None:
    with db.transaction() as s:
        count = counts.start_count(s, author=AUTHOR)
        counts.set_line(s, "WHI-MONKEY", author=AUTHOR, full=D(1), weight_g=D(905))  # 1084.2
        counts.set_line(s, "AMA-CAMP", author=AUTHOR, full=D(2))  # unchanged
        done = counts.finalise_count(s, author="anna")
        assert (done.counted, done.movements) == (2, 1)
        assert count_movements(s, count.id) == [(bar.whisky, D("-315.8"), "anna")]
        assert on_hand(s, bar.whisky) == D("1084.2")
        stamped = dict(s.execute(select(StockLevel.item_id, StockLevel.last_counted_at)).all())
        assert stamped[bar.whisky] == stamped[bar.campari] == count.finalised_at
        assert stamped[bar.cups] is None  # not counted: untouched
        assert (count.status, count.finalised_by) == ("finalised", "anna")


def test_sales_during_an_open_count_are_accounted_for(db: Database, bar: CountBar) -> None:
    """Expected is on hand at finalise: a sale after the line was entered moves it too."""
    with db.transaction() as s:
        count = counts.start_count(s, author=AUTHOR)
        counts.set_line(s, "AMA-CAMP", author=AUTHOR, quantity=D(1940))
        sell(s, "Negroni", author=AUTHOR, quantity=D(2))  # 60 ml of Campari
        counts.finalise_count(s, author=AUTHOR)
        line = s.scalars(select(CountLine)).one()
        assert (line.expected, line.counted) == (D(1940), D(1940))
        assert count_movements(s, count.id) == []
        assert on_hand(s, bar.campari) == D(1940)


def test_a_finalised_count_is_history(db: Database, bar: CountBar) -> None:
    with db.transaction() as s:
        counts.start_count(s, author=AUTHOR)
        counts.set_line(s, "CUP-12", author=AUTHOR, full=D(90))
        counts.finalise_count(s, author=AUTHOR)
    before = snapshot(db)
    for edit in (
        lambda s: counts.set_line(s, "CUP-12", author=AUTHOR, full=D(80)),
        lambda s: counts.clear_line(s, "CUP-12", author="owner"),
        lambda s: counts.finalise_count(s, author=AUTHOR),
    ):
        with pytest.raises(InputError, match=r"no count is open \(count 1 is finalised"), \
                db.transaction() as s:  # fmt: skip
            edit(s)
    assert snapshot(db) == before


def test_an_empty_count_cannot_be_finalised(db: Database, bar: CountBar) -> None:
    with db.transaction() as s:
        counts.start_count(s, author=AUTHOR)
    before = snapshot(db)
    with pytest.raises(InputError, match="has no counted items yet"), db.transaction() as s:
        counts.finalise_count(s, author=AUTHOR)
    assert snapshot(db) == before


@pytest.mark.usefixtures("italian")
def test_refusals_read_in_italian_with_italian_dates(db: Database, bar: CountBar) -> None:
    with db.transaction() as s:
        first = counts.start_count(s, author="anna")
        started = first.started_at
    with pytest.raises(InputError) as caught, db.transaction() as s:
        counts.start_count(s, author=AUTHOR)
    assert caught.value.detail == (
        f"la conta {first.id} è già aperta (iniziata il {started:%d/%m/%Y %H:%M} da anna): "
        "chiudila prima di iniziarne un'altra"
    )
    with pytest.raises(InputError) as unknown, db.transaction() as s:
        counts.known_locations(s, ("Cellar",))
    assert unknown.value.detail == (
        "nessuna posizione chiamata 'Cellar'; le posizioni sono Back wall, Store"
    )
