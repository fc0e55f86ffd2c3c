"""The stock ledger and what is kept in step with it: on hand, daily usage, its revisions.

`movements` is append-only (triggers refuse UPDATE and DELETE); `stock_levels` and
`daily_usage` are sums of it, written in the same statements that append to it.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, ForeignKey, Index, SmallInteger, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from inventory_app.db.models.base import Base, utcnow
from inventory_app.db.models.catalogue import Item
from inventory_app.db.types import Quantity


class StockLevel(Base):
    """On hand per item, kept equal to the ledger sum in the same transaction."""

    __tablename__ = "stock_levels"

    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), primary_key=True)
    on_hand: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal(0))
    # Containers open now: moved only by `open` and `empty` ledger events (and their undo).
    open_containers: Mapped[int] = mapped_column(default=0, server_default="0")
    last_counted_at: Mapped[datetime | None] = mapped_column()


class DailyUsage(Base):
    """Stock used per item and calendar day (of `at`): the ledger's usage movements summed,
    kept in step by the statements that append them, so days of cover read 42 rows an item
    instead of six weeks of movements."""

    __tablename__ = "daily_usage"

    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), primary_key=True)
    day: Mapped[date] = mapped_column(primary_key=True)
    weekday: Mapped[int] = mapped_column(SmallInteger)  # of `day`, Monday 0: grouped by it
    used: Mapped[Decimal] = mapped_column(Quantity())

    __table_args__ = (Index("ix_daily_usage_day", "day", "item_id", "weekday", "used"),)


class UsageRevision(Base):
    """One row per write that changed the usage of a day already past (migration 0010):
    readers reuse the weeks of usage they summed while these rows stay as they were."""

    __tablename__ = "usage_revisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[int] = mapped_column(BigInteger)  # random: tells two histories apart


class Movement(Base):
    """One line of the append-only stock ledger (triggers refuse UPDATE and DELETE)."""

    __tablename__ = "movements"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    delta: Mapped[Decimal] = mapped_column(Quantity())
    reason: Mapped[str] = mapped_column(String(24))
    reference: Mapped[str] = mapped_column(String(120), default="")
    author: Mapped[str] = mapped_column(String(120))
    note: Mapped[str] = mapped_column(Text, default="")
    undoes_id: Mapped[int | None] = mapped_column(ForeignKey("movements.id"))
    bottle_id: Mapped[int | None] = mapped_column(ForeignKey("bottles.id"), index=True)
    # The house-prep batch a movement on a flask moved (services/ledger/batch_draws.py).
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("prep_batches.id"), index=True)

    item: Mapped[Item] = relationship()

    __table_args__ = (
        Index("ix_movements_item_id_delta", "item_id", "delta"),
        Index("ix_movements_item_id_at", "item_id", "at"),
        Index("ix_movements_reason_at", "reason", "at", "item_id", "delta"),
        UniqueConstraint("undoes_id", name="uq_movements_undoes_id"),
    )
