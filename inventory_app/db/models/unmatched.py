"""Till lines whose item is no recipe: kept, never lost, until the owner says what was poured."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from inventory_app.db.models.base import Base, utcnow
from inventory_app.db.types import Money, Quantity


class UnmatchedSale(Base):
    """A parked line of a sales import (issue 18): the speakeasy rings a bespoke drink up
    under a guest's name or "Special", with the recipe in a note.

    Nothing is deducted until it is resolved, to a recipe (then `sale_id` is the sale
    written, dated `at`) or to the ingredients poured (movements reference
    unmatched:<id>). `line_key` is the line's identity in its import, so re-importing the
    file parks nothing twice; `resolved_at` set means it was resolved, exactly once.
    """

    __tablename__ = "unmatched_sales"
    __table_args__ = (CheckConstraint("kind IN ('sale', 'refund')", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    import_id: Mapped[int] = mapped_column(ForeignKey("imports.id"), index=True)
    line_key: Mapped[str] = mapped_column(String(200), unique=True)
    at: Mapped[datetime] = mapped_column(index=True)
    item: Mapped[str] = mapped_column(String(400))
    note: Mapped[str] = mapped_column(String(2000), default="")
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    kind: Mapped[str] = mapped_column(String(8), default="sale")
    channel: Mapped[str | None] = mapped_column(String(16))
    gross_amount: Mapped[Decimal | None] = mapped_column(Money())
    net_amount: Mapped[Decimal | None] = mapped_column(Money())
    resolved_at: Mapped[datetime | None] = mapped_column()
    resolved_by: Mapped[str | None] = mapped_column(String(120))
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"), unique=True)
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
