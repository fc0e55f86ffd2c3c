"""Recipes: cocktails and preps, their ingredients and POS names, and prep batches made."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from inventory_app.db.models.base import Base, utcnow
from inventory_app.db.models.catalogue import Item
from inventory_app.db.types import Money, Quantity


class Recipe(Base):
    """A cocktail sold at a price, or a prep that turns ingredients into a flask item."""

    __tablename__ = "recipes"
    __table_args__ = (
        CheckConstraint("kind IN ('cocktail', 'prep')", name="kind"),
        CheckConstraint("kind = 'cocktail' OR yield_item_id IS NOT NULL", name="prep_yield"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    key: Mapped[str] = mapped_column(String(120), unique=True)  # normalised name for matching
    kind: Mapped[str] = mapped_column(String(16), default="cocktail")
    price: Mapped[Decimal | None] = mapped_column(Money())
    yield_item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id"))
    yield_quantity: Mapped[Decimal | None] = mapped_column(Quantity())
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)
    version: Mapped[int] = mapped_column(default=1)
    # The tile's place on the Sell page, set by the owner (services/recipes/menu_order.py).
    menu_position: Mapped[int] = mapped_column(server_default=text("0"))

    lines: Mapped[list[RecipeLine]] = relationship(
        back_populates="recipe", cascade="all, delete-orphan", order_by="RecipeLine.position"
    )
    aliases: Mapped[list[RecipeAlias]] = relationship(
        back_populates="recipe", cascade="all, delete-orphan", order_by="RecipeAlias.id"
    )
    yield_item: Mapped[Item | None] = relationship()

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class RecipeAlias(Base):
    """A name the POS uses for a recipe ("Negroni (to go)")."""

    __tablename__ = "recipe_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    recipe_id: Mapped[int] = mapped_column(ForeignKey("recipes.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    key: Mapped[str] = mapped_column(String(120), unique=True)

    recipe: Mapped[Recipe] = relationship(back_populates="aliases")


class RecipeLine(Base):
    """One ingredient of a recipe, in the unit the recipe is written in."""

    __tablename__ = "recipe_lines"
    __table_args__ = (
        CheckConstraint("channel IS NULL OR channel IN ('takeaway', 'speakeasy')", name="channel"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    recipe_id: Mapped[int] = mapped_column(ForeignKey("recipes.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    unit: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str | None] = mapped_column(String(16))

    recipe: Mapped[Recipe] = relationship(back_populates="lines")
    item: Mapped[Item] = relationship()


class Production(Base):
    """A batch of a prep recipe made: ingredients used, flasks filled."""

    __tablename__ = "productions"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    recipe_id: Mapped[int] = mapped_column(ForeignKey("recipes.id"))
    batches: Mapped[Decimal] = mapped_column(Quantity())
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    author: Mapped[str] = mapped_column(String(120))
