"""Serial bottles: each rare bottle tracked on its own, beside its item's bulk stock."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from inventory_app.db.models.base import Base, utcnow
from inventory_app.db.models.catalogue import Item
from inventory_app.db.types import Money, Quantity


class Bottle(Base):
    """One physical bottle of a serial item: a rare whisky with its own label and level."""

    __tablename__ = "bottles"
    __table_args__ = (
        CheckConstraint("state IN ('sealed', 'open', 'empty')", name="state"),
        Index("ix_bottles_item_id_state", "item_id", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    label: Mapped[str] = mapped_column(String(200))
    cask: Mapped[str] = mapped_column(String(60), default="")
    bottle_number: Mapped[str] = mapped_column(String(60), default="")
    vintage: Mapped[int | None] = mapped_column()
    abv: Mapped[Decimal | None] = mapped_column(Quantity())
    barcode: Mapped[str | None] = mapped_column(String(64), unique=True)
    cost: Mapped[Decimal | None] = mapped_column(Money())
    state: Mapped[str] = mapped_column(String(8), default="sealed")
    # Kept in step with the bottle's movements, as stock_levels is with the item's.
    remaining: Mapped[Decimal] = mapped_column(Quantity())
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    opened_at: Mapped[datetime | None] = mapped_column()
    emptied_at: Mapped[datetime | None] = mapped_column()
    version: Mapped[int] = mapped_column(default=1)

    item: Mapped[Item] = relationship()

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
