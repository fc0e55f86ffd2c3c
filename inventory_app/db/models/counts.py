"""Stock counts: a count and its lines, kept apart from the ledger until finalised."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from inventory_app.db.models.base import Base, utcnow
from inventory_app.db.models.catalogue import Item
from inventory_app.db.types import Quantity


class Count(Base):
    """A stock count: open while lines are entered, then finalised into `count` movements."""

    __tablename__ = "counts"
    __table_args__ = (CheckConstraint("status IN ('open', 'finalised')", name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[str] = mapped_column(String(10), default="open")
    locations: Mapped[str] = mapped_column(Text, default="")  # names joined by "|"; "" = all
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    started_by: Mapped[str] = mapped_column(String(120))
    finalised_at: Mapped[datetime | None] = mapped_column()
    finalised_by: Mapped[str | None] = mapped_column(String(120))
    note: Mapped[str] = mapped_column(Text, default="")

    lines: Mapped[list[CountLine]] = relationship(
        back_populates="count", cascade="all, delete-orphan", order_by="CountLine.id"
    )


class CountLine(Base):
    """One item counted: the raw entry as typed, what it amounts to, and what was expected."""

    __tablename__ = "count_lines"
    __table_args__ = (UniqueConstraint("count_id", "item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    count_id: Mapped[int] = mapped_column(ForeignKey("counts.id", ondelete="CASCADE"))
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    full: Mapped[Decimal | None] = mapped_column(Quantity())  # whole containers
    tenths: Mapped[Decimal | None] = mapped_column(Quantity())  # of one open container
    weight_g: Mapped[Decimal | None] = mapped_column(Quantity())  # gross weight of the open one
    quantity: Mapped[Decimal | None] = mapped_column(Quantity())  # base units, overrides all
    # What the entry amounts to; empty while the entry is refused (then `refused` says why).
    counted: Mapped[Decimal | None] = mapped_column(Quantity())
    refused: Mapped[str | None] = mapped_column(Text)
    expected: Mapped[Decimal | None] = mapped_column(Quantity())  # on hand when finalised
    entered_at: Mapped[datetime] = mapped_column(default=utcnow)
    entered_by: Mapped[str] = mapped_column(String(120))

    count: Mapped[Count] = relationship(back_populates="lines")
    item: Mapped[Item] = relationship()
