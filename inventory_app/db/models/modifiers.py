"""Modifier rules: what a till's variant or modifier ("Double", "Oat milk") does to a recipe."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from inventory_app.db.models.base import Base
from inventory_app.db.models.catalogue import Item
from inventory_app.db.models.recipes import Recipe
from inventory_app.db.types import Quantity


class ModifierRule(Base):
    """One rule: for one recipe, or (recipe_id NULL) for every recipe (domain/modifiers.py).

    One rule per name and recipe: the pair is unique, and migration 0016 adds a partial
    unique index for the rules of every recipe (NULLs are never equal in a UNIQUE).
    """

    __tablename__ = "modifier_rules"
    __table_args__ = (
        CheckConstraint("action IN ('add', 'replace', 'scale', 'ignore')", name="action"),
        CheckConstraint("quantity IS NULL OR quantity > 0", name="quantity_positive"),
        CheckConstraint("factor IS NULL OR factor > 0", name="factor_positive"),
        UniqueConstraint("key", "recipe_id", name="uq_modifier_rules_key_recipe"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    key: Mapped[str] = mapped_column(String(120))  # normalised name for matching
    recipe_id: Mapped[int | None] = mapped_column(
        ForeignKey("recipes.id", ondelete="CASCADE"), index=True
    )
    action: Mapped[str] = mapped_column(String(8))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id"))
    with_item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id"))
    quantity: Mapped[Decimal | None] = mapped_column(Quantity())
    unit: Mapped[str | None] = mapped_column(String(16))
    factor: Mapped[Decimal | None] = mapped_column(Quantity())

    recipe: Mapped[Recipe | None] = relationship()
    item: Mapped[Item | None] = relationship(foreign_keys=[item_id])
    with_item: Mapped[Item | None] = relationship(foreign_keys=[with_item_id])
