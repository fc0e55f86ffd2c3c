"""The door the start-up ledger comparison keeps on writes (services/ledger/guard.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import text

from inventory_app.db.engine import Database
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.errors import PermissionDenied
from inventory_app.services.ledger import movements as stock
from inventory_app.services.ledger.check import LedgerOutOfStep
from inventory_app.services.ledger.guard import LedgerCheckFailed, LedgerGuard
from tests.conftest import make_item

D = Decimal


def _gin(db: Database) -> int:
    with db.transaction() as s:
        gin = make_item(s, "GIN-1", name="Gin")
        stock.record_movement(s, gin, D(700), Reason.RECEIVE, author="owner")
    return gin


def _drift(db: Database, item_id: int) -> None:
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE stock_levels SET on_hand = on_hand + 1000000 WHERE item_id = :i"),
            {"i": item_id},
        )


@pytest.mark.parametrize("background", [False, True])
def test_writes_are_refused_until_the_owner_rebuilds(db: Database, background: bool) -> None:
    gin = _gin(db)
    _drift(db, gin)
    guard = LedgerGuard(db, background=background)
    refused = pytest.raises(LedgerOutOfStep, match=r"Gin \(GIN-1\): kept 701 ml, ledger 700 ml")
    with refused, db.transaction() as s:
        stock.record_movement(s, gin, D(-40), Reason.SALE, author="owner")
    with db.reading() as s:  # reads go on
        assert stock.on_hand(s, gin) == D(701)
    with pytest.raises(PermissionDenied):
        guard.repair(author="giulia")
    assert [m.item_id for m in guard.out_of_step()] == [gin]
    [rebuilt] = guard.repair(author="owner")
    assert (rebuilt.kept, rebuilt.ledger) == (D(701), D(700))
    assert guard.verdict() is None
    with db.transaction() as s:
        stock.record_movement(s, gin, D(-40), Reason.SALE, author="owner")
        assert stock.on_hand(s, gin) == D(660)


def test_a_sound_bar_writes_as_before(db: Database) -> None:
    gin = _gin(db)
    guard = LedgerGuard(db, background=True)
    with db.transaction() as s:
        stock.record_movement(s, gin, D(-40), Reason.SALE, author="owner")
    assert guard.finished and guard.verdict() is None


def test_a_comparison_that_could_not_run_refuses_writes_and_is_tried_again(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    gin = _gin(db)

    def fails(_session: object) -> list[object]:
        raise RuntimeError("the server went away")

    monkeypatch.setattr("inventory_app.services.ledger.guard.find_mismatches", fails)
    LedgerGuard(db, background=False)
    with pytest.raises(LedgerCheckFailed, match="could not run"), db.transaction() as s:
        stock.record_movement(s, gin, D(-40), Reason.SALE, author="owner")
    monkeypatch.undo()
    with db.transaction() as s:  # the next write compares again, and passes
        stock.record_movement(s, gin, D(-40), Reason.SALE, author="owner")


def test_a_damaged_file_is_not_compared(db: Database) -> None:
    """The file's own check refuses its writes; the comparison does not read it."""
    gin = _gin(db)
    _drift(db, gin)
    guard = LedgerGuard(db, background=True, first=lambda: "damaged")
    assert guard.verdict() is None
    _drift_back(db, gin)


def _drift_back(db: Database, item_id: int) -> None:
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE stock_levels SET on_hand = on_hand - 1000000 WHERE item_id = :i"),
            {"i": item_id},
        )
