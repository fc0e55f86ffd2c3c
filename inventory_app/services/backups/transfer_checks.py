"""What proves a copied database equals its source: row counts, exact sums, the ledger."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Column, Connection, Integer, Table, func, select

from inventory_app.db.models import Bottle, Movement, StockLevel
from inventory_app.db.types import Fixed


@dataclass(frozen=True)
class TableCheck:
    """One table on both sides: its row count and the sum of every exact column and its ids."""

    table: str
    source_rows: int
    target_rows: int
    sums: dict[str, tuple[Decimal, Decimal]]  # column -> (source sum, target sum)

    @property
    def agrees(self) -> bool:
        same_sums = all(source == target for source, target in self.sums.values())
        return self.source_rows == self.target_rows and same_sums


def summed_columns(table: Table) -> list[Column[object]]:
    """The exact (Fixed) columns and integer ids: what a lost or altered row would change."""
    ids = [c for c in table.primary_key.columns if isinstance(c.type, Integer)]
    exact = [c for c in table.columns if isinstance(c.type, Fixed)]
    return [*ids, *exact]


def table_totals(conn: Connection, table: Table) -> tuple[int, dict[str, Decimal]]:
    """Row count and column sums of one table, in one query."""
    columns = summed_columns(table)
    query = select(func.count(), *[func.sum(column) for column in columns]).select_from(table)
    count, *sums = conn.execute(query).one()
    totals = {c.name: Decimal(s or 0) for c, s in zip(columns, sums, strict=True)}
    return int(count), totals


def table_checks(src: Connection, dst: Connection, tables: list[Table]) -> list[TableCheck]:
    """Each table counted and summed on both sides (inside the copying transaction)."""
    checks = []
    for table in tables:
        source_rows, source_sums = table_totals(src, table)
        target_rows, target_sums = table_totals(dst, table)
        sums = {name: (source_sums[name], target_sums[name]) for name in source_sums}
        checks.append(TableCheck(table.name, source_rows, target_rows, sums))
    return checks


def ledger_drift(conn: Connection) -> int:
    """How many items and bottles keep a figure that differs from their movements' sum."""
    per_item = (
        select(Movement.item_id, func.sum(Movement.delta).label("total"))
        .group_by(Movement.item_id)
        .subquery()
    )
    items = (
        select(func.count())
        .select_from(StockLevel)
        .outerjoin(per_item, per_item.c.item_id == StockLevel.item_id)
        .where(StockLevel.on_hand != func.coalesce(per_item.c.total, 0))
    )
    per_bottle = (
        select(Movement.bottle_id, func.sum(Movement.delta).label("total"))
        .where(Movement.bottle_id.is_not(None))
        .group_by(Movement.bottle_id)
        .subquery()
    )
    bottles = (
        select(func.count())
        .select_from(Bottle)
        .outerjoin(per_bottle, per_bottle.c.bottle_id == Bottle.id)
        .where(Bottle.remaining != func.coalesce(per_bottle.c.total, 0))
    )
    return int(conn.scalar(items) or 0) + int(conn.scalar(bottles) or 0)
