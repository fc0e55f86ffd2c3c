"""Kept totals against the ledger: found at start-up, refused for writes, rebuilt by the owner.

On hand (`stock_levels.on_hand`) and a serial bottle's `remaining` are kept in step with
the ledger by the statements that append movements. A flipped bit in a kept total
passes SQLite's integrity_check, and the app would go on selling from it, so each start
compares them with the ledger sums. The ledger is the record (append-only, every line
with its reason and author); a kept total is a cache of it, so the repair rebuilds the
cache from the ledger, never the other way round, and records each change in the audit
log with its before and after.

Three grouped queries (items, serial bottles, house-prep batches), each one pass over the
ledger's covering index `(item_id, delta)` or the few bottle and batch movements; the same
SQL on SQLite and PostgreSQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from inventory_app.db.models import Bottle, Item, Movement, PrepBatch, StockLevel
from inventory_app.domain.errors import InventoryError
from inventory_app.domain.permissions import Action
from inventory_app.domain.units import format_decimal
from inventory_app.i18n.catalogue import N_, tr
from inventory_app.i18n.formats import localized_number
from inventory_app.services.audit_log.entries import record_change
from inventory_app.services.people.permissions import require

MAX_NAMED = 10  # items a message names before "and N more"
REPAIR_NOTE = N_("kept total rebuilt from the ledger")  # written in the repairer's language


@dataclass(frozen=True)
class Mismatch:
    """One kept total that disagrees with its ledger sum: an item's on hand, or a bottle's."""

    item_id: int
    sku: str
    name: str
    unit: str
    kept: Decimal
    ledger: Decimal
    bottle_id: int | None = None
    batch_id: int | None = None  # a house-prep batch's remaining (issue 20)
    batch_code: str = ""

    @property
    def label(self) -> str:
        if self.batch_id is not None:
            return tr("{name} ({sku}) batch {code}").format(
                name=self.name, sku=self.sku, code=self.batch_code
            )
        if self.bottle_id is None:
            return f"{self.name} ({self.sku})"
        return tr("{name} ({sku}) bottle #{id}").format(
            name=self.name, sku=self.sku, id=self.bottle_id
        )

    def __str__(self) -> str:
        return tr("{what}: kept {kept}, ledger {ledger}").format(
            what=self.label,
            kept=_exact(self.kept, self.unit),
            ledger=_exact(self.ledger, self.unit),
        )


def _exact(value: Decimal, unit: str) -> str:
    """Every digit (a drift may be a thousandth), in the reader's decimal mark: '2807,1 ml'."""
    return f"{localized_number(format_decimal(value))} {unit}"


class LedgerOutOfStep(InventoryError):
    """Kept totals disagree with the ledger: nothing is written until the owner rebuilds them."""

    def __init__(self, mismatches: list[Mismatch]) -> None:
        self.mismatches = mismatches
        super().__init__(
            tr(
                "stock on hand disagrees with the ledger for {mismatches}. Nothing is "
                "written until the kept totals are rebuilt from the ledger: the owner runs "
                "`inventory-app check --repair` (or the window's Rebuild button)"
            ).format(mismatches=describe(mismatches))
        )


def describe(mismatches: list[Mismatch]) -> str:
    """The items named, kept against ledger, the first few only."""
    shown = "; ".join(str(m) for m in mismatches[:MAX_NAMED])
    more = len(mismatches) - MAX_NAMED
    if more <= 0:
        return shown
    return tr("{listed}; and {count} more").format(listed=shown, count=more)


def find_mismatches(session: Session) -> list[Mismatch]:
    """Every item, serial bottle and prep batch whose kept total differs from its ledger sum."""
    return _item_mismatches(session) + _bottle_mismatches(session) + _batch_mismatches(session)


def _item_mismatches(session: Session) -> list[Mismatch]:
    sums = (
        select(Movement.item_id, func.sum(Movement.delta).label("total"))
        .group_by(Movement.item_id)
        .subquery()
    )
    ledger = func.coalesce(sums.c.total, 0)
    query = (
        select(Item.id, Item.sku, Item.name, Item.unit, StockLevel.on_hand, ledger)
        .join(StockLevel, StockLevel.item_id == Item.id)
        .outerjoin(sums, sums.c.item_id == Item.id)
        .where(StockLevel.on_hand != ledger)
        .order_by(Item.name, Item.id)
    )
    return [
        Mismatch(item_id, sku, name, unit, kept, _quantity(total))
        for item_id, sku, name, unit, kept, total in session.execute(query)
    ]


def _bottle_mismatches(session: Session) -> list[Mismatch]:
    """A bottle's remaining is the sum of the movements drawn from it (ledger/movements.py)."""
    sums = (
        select(Movement.bottle_id, func.sum(Movement.delta).label("total"))
        .where(Movement.bottle_id.is_not(None))
        .group_by(Movement.bottle_id)
        .subquery()
    )
    ledger = func.coalesce(sums.c.total, 0)
    query = (
        select(Item.id, Item.sku, Item.name, Item.unit, Bottle.id, Bottle.remaining, ledger)
        .join(Item, Item.id == Bottle.item_id)
        .outerjoin(sums, sums.c.bottle_id == Bottle.id)
        .where(Bottle.remaining != ledger)
        .order_by(Item.name, Bottle.id)
    )
    return [
        Mismatch(item_id, sku, name, unit, kept, _quantity(total), bottle_id)
        for item_id, sku, name, unit, bottle_id, kept, total in session.execute(query)
    ]


def _batch_mismatches(session: Session) -> list[Mismatch]:
    """A batch's remaining is what it carried in (migration 0020) plus the movements naming
    it (services/ledger/batch_draws.py)."""
    sums = (
        select(Movement.batch_id, func.sum(Movement.delta).label("total"))
        .where(Movement.batch_id.is_not(None))
        .group_by(Movement.batch_id)
        .subquery()
    )
    total = func.coalesce(sums.c.total, 0)
    query = (
        select(Item.id, Item.sku, Item.name, Item.unit, PrepBatch.id, PrepBatch.code,
               PrepBatch.remaining, PrepBatch.carried, sums.c.total)
        .join(Item, Item.id == PrepBatch.item_id)
        .outerjoin(sums, sums.c.batch_id == PrepBatch.id)
        .where(PrepBatch.remaining != PrepBatch.carried + total)  # both stored alike
        .order_by(Item.name, PrepBatch.id)
    )  # fmt: skip
    return [
        Mismatch(item_id, sku, name, unit, kept, carried + _quantity(moved), batch_id=batch_id,
                 batch_code=code)
        for item_id, sku, name, unit, batch_id, code, kept, carried, moved
        in session.execute(query)
    ]  # fmt: skip


def _quantity(total: Decimal | None) -> Decimal:
    """SUM keeps the column's exact type; an item without movements sums to zero."""
    return total if total is not None else Decimal(0)


def require_in_step(session: Session) -> None:
    """Raise LedgerOutOfStep when any kept total disagrees with the ledger."""
    mismatches = find_mismatches(session)
    if mismatches:
        raise LedgerOutOfStep(mismatches)


def rebuild_kept_totals(session: Session, *, author: str) -> list[Mismatch]:
    """Set every disagreeing kept total to its ledger sum; what was changed comes back.

    Only an owner corrects stock. The ledger is not touched: no movement is added,
    because the stock did not move, only its cached total was wrong. Each change is one
    audit entry with the kept value before and the ledger's after.
    """
    require(session, author, Action.CORRECTION)
    mismatches = find_mismatches(session)
    for mismatch in mismatches:
        _rebuild(session, mismatch)
        record_change(
            session, author=author, entity=_entity(mismatch),
            entity_id=mismatch.batch_id or mismatch.bottle_id or mismatch.item_id,
            label=mismatch.label,
            action="rebuild", before={_field(mismatch): mismatch.kept},
            after={_field(mismatch): mismatch.ledger}, note=tr(REPAIR_NOTE),
        )  # fmt: skip
    return mismatches


def _entity(mismatch: Mismatch) -> str:
    if mismatch.batch_id is not None:
        return "prep_batch"
    return "bottle" if mismatch.bottle_id else "stock_level"


def _field(mismatch: Mismatch) -> str:
    return "on_hand" if mismatch.bottle_id is None and mismatch.batch_id is None else "remaining"


def _rebuild(session: Session, mismatch: Mismatch) -> None:
    if mismatch.batch_id is not None:
        session.execute(
            update(PrepBatch)
            .where(PrepBatch.id == mismatch.batch_id)
            .values(remaining=mismatch.ledger),
            execution_options={"synchronize_session": False},
        )
        return
    if mismatch.bottle_id is not None:
        statement = (
            update(Bottle)
            .where(Bottle.id == mismatch.bottle_id)
            .values(remaining=mismatch.ledger, version=Bottle.version + 1)
        )
    else:
        statement = (
            update(StockLevel)
            .where(StockLevel.item_id == mismatch.item_id)
            .values(on_hand=mismatch.ledger)
        )
    session.execute(statement, execution_options={"synchronize_session": False})
