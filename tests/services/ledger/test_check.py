"""Kept totals against the ledger: a damaged on hand is found, named, and rebuilt by the owner."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from inventory_app.db.engine import Database
from inventory_app.db.models import AuditEntry, PrepBatch
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.errors import PermissionDenied
from inventory_app.services.ledger import movements as stock
from inventory_app.services.ledger.check import (
    LedgerOutOfStep,
    find_mismatches,
    rebuild_kept_totals,
    require_in_step,
)
from inventory_app.services.recipes.production import make_prep
from tests.conftest import make_item
from tests.services.batches.batch_fixtures import stock_orgeat_kitchen
from tests.services.bottle_fixtures import make_shelf

D = Decimal
SCALE = 10**6  # quantities are stored as millionths (db/types.py)


def _bar(db: Database) -> tuple[int, int]:
    with db.transaction() as s:
        gin = make_item(s, "GIN-1", name="Gin")
        rum = make_item(s, "RUM-1", name="Rum")
        stock.record_movement(s, gin, D(2800), Reason.RECEIVE, author="owner")
        stock.record_movement(s, gin, D(-60), Reason.SALE, author="owner")
        stock.record_movement(s, rum, D(700), Reason.RECEIVE, author="owner")
    return gin, rum


def _set_stored(db: Database, table: str, key: str, key_value: int, column: str, v: D) -> None:
    """Behind the app's back, as a flipped bit on the disk would."""
    with db.engine.begin() as conn:
        conn.execute(
            text(f"UPDATE {table} SET {column} = :v WHERE {key} = :k"),
            {"v": int(v * SCALE), "k": key_value},
        )


def test_a_sound_bar_has_no_mismatch(db: Database) -> None:
    _bar(db)
    with db.reading() as s:
        assert find_mismatches(s) == []
        require_in_step(s)


def test_an_altered_on_hand_is_named_with_kept_and_ledger(db: Database) -> None:
    gin, _ = _bar(db)
    _set_stored(db, "stock_levels", "item_id", gin, "on_hand", D("2807.1"))
    with db.reading() as s:
        [found] = find_mismatches(s)
        assert (found.item_id, found.kept, found.ledger) == (gin, D("2807.1"), D(2740))
        with pytest.raises(LedgerOutOfStep) as refused:
            require_in_step(s)
    assert "Gin (GIN-1): kept 2807.1 ml, ledger 2740 ml" in str(refused.value)
    assert "check --repair" in str(refused.value)
    _repair(db)


def test_rebuild_sets_the_ledger_sum_and_audits_before_and_after(db: Database) -> None:
    gin, rum = _bar(db)
    _set_stored(db, "stock_levels", "item_id", gin, "on_hand", D("2807.1"))
    with db.transaction() as s:
        [fixed] = rebuild_kept_totals(s, author="anna")
    assert fixed.item_id == gin
    with db.reading() as s:
        assert find_mismatches(s) == []
        assert stock.on_hand(s, gin) == D(2740)
        assert stock.on_hand(s, rum) == D(700)
        [entry] = s.scalars(select(AuditEntry).where(AuditEntry.action == "rebuild")).all()
        assert (entry.author, entry.entity, entry.entity_id) == ("anna", "stock_level", str(gin))
        assert json.loads(entry.before or "") == {"on_hand": "2807.1"}
        assert json.loads(entry.after or "") == {"on_hand": "2740"}


def test_a_bartender_may_not_rebuild(db: Database) -> None:
    gin, _ = _bar(db)
    _set_stored(db, "stock_levels", "item_id", gin, "on_hand", D(1))
    with pytest.raises(PermissionDenied), db.transaction() as s:
        rebuild_kept_totals(s, author="giulia")
    with db.reading() as s:
        assert [m.item_id for m in find_mismatches(s)] == [gin]
    _repair(db)


def test_an_item_without_movements_must_hold_zero(db: Database) -> None:
    with db.transaction() as s:
        empty = make_item(s, "VER-1", name="Vermouth")
    _set_stored(db, "stock_levels", "item_id", empty, "on_hand", D(5))
    with db.reading() as s:
        [found] = find_mismatches(s)
    assert (found.kept, found.ledger) == (D(5), D(0))
    _repair(db)


def test_a_serial_bottle_remaining_is_checked_and_rebuilt(db: Database) -> None:
    with db.transaction() as s:
        shelf = make_shelf(s)
    bottle = shelf.bottles[1]
    _set_stored(db, "bottles", "id", bottle, "remaining", D(350))
    with db.reading() as s:
        [found] = find_mismatches(s)
    assert (found.bottle_id, found.kept, found.ledger) == (bottle, D(350), D(700))
    assert f"Macallan 18 (WHI-MAC18) bottle #{bottle}: kept 350 ml" in str(found)
    with db.transaction() as s:
        rebuild_kept_totals(s, author="owner")
    with db.reading() as s:
        assert find_mismatches(s) == []
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "rebuild")).one()
        assert (entry.entity, json.loads(entry.after or "")) == ("bottle", {"remaining": "700"})


def test_a_prep_batch_remaining_is_checked_and_rebuilt(db: Database) -> None:
    """Issue 20: a batch holds what it carried in plus the movements naming it."""
    with db.transaction() as s:
        stock_orgeat_kitchen(s)
        code = make_prep(s, "House orgeat", author="owner").batch_code
        batch = s.scalars(select(PrepBatch.id).where(PrepBatch.code == code)).one()
    _set_stored(db, "prep_batches", "id", batch, "remaining", D(320))
    with db.reading() as s:
        [found] = find_mismatches(s)
    assert (found.batch_id, found.kept, found.ledger) == (batch, D(320), D(500))
    assert f"House orgeat (FLK-ORGEAT) batch {code}: kept 320 ml, ledger 500 ml" == str(found)
    with pytest.raises(LedgerOutOfStep), db.reading() as s:
        require_in_step(s)
    with db.transaction() as s:
        rebuild_kept_totals(s, author="owner")
    with db.reading() as s:
        assert find_mismatches(s) == []
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "rebuild")).one()
        assert (entry.entity, json.loads(entry.after or "")) == (
            "prep_batch", {"remaining": "500"},
        )  # fmt: skip


def _repair(db: Database) -> None:
    """Put the invariant back, so the fixture's own ledger check passes at the end."""
    with db.transaction() as s:
        rebuild_kept_totals(s, author="owner")


@pytest.mark.usefixtures("italian")
def test_an_altered_on_hand_is_named_in_italian_with_every_digit(db: Database) -> None:
    gin, _ = _bar(db)
    _set_stored(db, "stock_levels", "item_id", gin, "on_hand", D("2807.125"))
    with db.reading() as s, pytest.raises(LedgerOutOfStep) as refused:
        require_in_step(s)
    assert str(refused.value).startswith(
        "la giacenza non corrisponde ai movimenti per Gin (GIN-1): registrato 2807,125 ml, "
        "movimenti 2740 ml. Non si scrive nulla"
    )
    _repair(db)
