"""modifiers: what a till's variant or modifier does to a recipe; sales keep what they had

A till prints a variant ("Double", "Large") and modifiers ("Oat milk, Extra shot")
with a drink (issue 18). The owner describes each once, for one recipe or for every
recipe (`modifier_rules`), and the import deducts the recipe as modified; each sale
keeps the variant and modifiers it was sold with, as the till wrote them.

Revision ID: 0017_modifiers
Revises: 0016_order_numbers
Create Date: 2026-12-08 00:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017_modifiers"
down_revision = "0016_order_numbers"
branch_labels = None
depends_on = None

_EVERY_RECIPE = sa.text("recipe_id IS NULL")


def upgrade() -> None:
    op.create_table(
        "modifier_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("recipe_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("with_item_id", sa.Integer(), nullable=True),
        sa.Column("quantity", sa.BigInteger(), nullable=True),
        sa.Column("unit", sa.String(length=16), nullable=True),
        sa.Column("factor", sa.BigInteger(), nullable=True),
        sa.CheckConstraint(
            "action IN ('add', 'replace', 'scale', 'ignore')", name=op.f("ck_modifier_rules_action")
        ),
        sa.CheckConstraint(
            "quantity IS NULL OR quantity > 0", name=op.f("ck_modifier_rules_quantity_positive")
        ),
        sa.CheckConstraint(
            "factor IS NULL OR factor > 0", name=op.f("ck_modifier_rules_factor_positive")
        ),
        sa.ForeignKeyConstraint(
            ["recipe_id"], ["recipes.id"], name=op.f("fk_modifier_rules_recipe_id_recipes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_modifier_rules_item_id_items")
        ),
        sa.ForeignKeyConstraint(
            ["with_item_id"], ["items.id"], name=op.f("fk_modifier_rules_with_item_id_items")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_modifier_rules")),
        sa.UniqueConstraint("key", "recipe_id", name="uq_modifier_rules_key_recipe"),
    )  # fmt: skip
    op.create_index(
        op.f("ix_modifier_rules_recipe_id"), "modifier_rules", ["recipe_id"], unique=False
    )
    # One rule per modifier for every recipe: NULLs never collide in the UNIQUE above.
    op.create_index(
        "uq_modifier_rules_every_recipe", "modifier_rules", ["key"], unique=True,
        sqlite_where=_EVERY_RECIPE, postgresql_where=_EVERY_RECIPE,
    )  # fmt: skip
    # Plain ADD COLUMN (never batch mode): the sales table is not rebuilt.
    op.add_column("sales", sa.Column("variant", sa.String(length=120), nullable=True))
    op.add_column("sales", sa.Column("modifiers", sa.String(length=1000), nullable=True))


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+), as 0013 does: a batch copy of sales would have to
    # drop a table that sales (voids) and unmatched_sales refer to.
    op.drop_column("sales", "modifiers")
    op.drop_column("sales", "variant")
    op.drop_index("uq_modifier_rules_every_recipe", table_name="modifier_rules")
    op.drop_index(op.f("ix_modifier_rules_recipe_id"), table_name="modifier_rules")
    op.drop_table("modifier_rules")
