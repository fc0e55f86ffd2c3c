"""House-prep batches: one per `make` of a prep, each with its own use-by and what is left.

A flask item's on hand is the sum of its batches' `remaining`: every movement on a flask
names its batch (services/ledger/batch_draws.py picks it, oldest first, when the caller
does not), and the same statements that append the movement move the batch.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from inventory_app.db.models.base import Base, utcnow
from inventory_app.db.types import Quantity


class PrepBatch(Base):
    """One batch of a house prep in its flasks: made when, by whom, good until when."""

    __tablename__ = "prep_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Printed on the label and in its QR code: 'ORG-261208-1' (services/ledger/batch_codes.py).
    code: Mapped[str] = mapped_column(String(32), unique=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    # The `make` that filled it; none for stock that was there before batches were kept.
    production_id: Mapped[int | None] = mapped_column(ForeignKey("productions.id"))
    made_at: Mapped[datetime | None] = mapped_column()  # unknown for opening stock
    made_by: Mapped[str] = mapped_column(String(120), default="")
    use_by: Mapped[date | None] = mapped_column()  # none when the item has no shelf life
    quantity: Mapped[Decimal] = mapped_column(Quantity())  # made (or found), base unit
    remaining: Mapped[Decimal] = mapped_column(Quantity())  # moved with its movements
    # Stock it held with no movement naming it: what the migration that started batches
    # found in the flask (0 otherwise). remaining == carried + the movements naming it.
    carried: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal(0), server_default="0")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (Index("ix_prep_batches_item_id_remaining", "item_id", "remaining"),)
