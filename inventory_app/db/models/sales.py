"""Drinks sold, refunded or voided, whether rung up on the Sell page or imported from a POS."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from inventory_app.db.models.base import Base, utcnow
from inventory_app.db.types import Money, Quantity


class Sale(Base):
    """A drink sold, refunded or voided; its stock movements reference it as sale:<id>.

    The recipe's name is kept as sold: editing a recipe never rewrites past sales,
    whose deductions are already in the ledger. A bespoke drink (services/selling/
    bespoke.py) has no recipe: what was poured is in its movements, and `note` says
    whose or what it was.
    """

    __tablename__ = "sales"
    __table_args__ = (
        CheckConstraint("kind IN ('sale', 'refund', 'void')", name="kind"),
        CheckConstraint("channel IN ('takeaway', 'speakeasy')", name="channel"),
        Index("ix_sales_recipe_id_at", "recipe_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    recipe_id: Mapped[int | None] = mapped_column(ForeignKey("recipes.id"))
    recipe_name: Mapped[str] = mapped_column(String(120))
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    channel: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(8), default="sale")
    gross_amount: Mapped[Decimal | None] = mapped_column(Money())
    net_amount: Mapped[Decimal | None] = mapped_column(Money())
    import_id: Mapped[int | None] = mapped_column(ForeignKey("imports.id"), index=True)
    line_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    voids_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"), unique=True)
    author: Mapped[str] = mapped_column(String(120))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    # What the till printed with the drink (issue 18), as written: the deduction followed
    # the modifier rules of that moment, so History shows why it differs from the recipe.
    variant: Mapped[str | None] = mapped_column(String(120))
    modifiers: Mapped[str | None] = mapped_column(String(1000))
    # No Python default: the driver-path inserts (a tap, an import) leave it to the server.
    note: Mapped[str] = mapped_column(String(400), server_default="")
