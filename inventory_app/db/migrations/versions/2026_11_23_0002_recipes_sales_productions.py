"""recipes, sales and productions

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 20:12:27.612083
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "recipes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("price", sa.BigInteger(), nullable=True),
        sa.Column("yield_item_id", sa.Integer(), nullable=True),
        sa.Column("yield_quantity", sa.BigInteger(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "kind = 'cocktail' OR yield_item_id IS NOT NULL", name=op.f("ck_recipes_prep_yield")
        ),
        sa.CheckConstraint("kind IN ('cocktail', 'prep')", name=op.f("ck_recipes_kind")),
        sa.ForeignKeyConstraint(
            ["yield_item_id"], ["items.id"], name=op.f("fk_recipes_yield_item_id_items")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recipes")),
        sa.UniqueConstraint("key", name=op.f("uq_recipes_key")),
    )
    op.create_table(
        "productions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("recipe_id", sa.Integer(), nullable=False),
        sa.Column("batches", sa.BigInteger(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.BigInteger(), nullable=False),
        sa.Column("author", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_productions_item_id_items")
        ),
        sa.ForeignKeyConstraint(
            ["recipe_id"], ["recipes.id"], name=op.f("fk_productions_recipe_id_recipes")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_productions")),
    )
    with op.batch_alter_table("productions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_productions_at"), ["at"], unique=False)

    op.create_table(
        "recipe_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recipe_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["recipe_id"],
            ["recipes.id"],
            name=op.f("fk_recipe_aliases_recipe_id_recipes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recipe_aliases")),
        sa.UniqueConstraint("key", name=op.f("uq_recipe_aliases_key")),
    )
    with op.batch_alter_table("recipe_aliases", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_recipe_aliases_recipe_id"), ["recipe_id"], unique=False
        )

    op.create_table(
        "recipe_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recipe_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.BigInteger(), nullable=False),
        sa.Column("unit", sa.String(length=16), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=True),
        sa.CheckConstraint(
            "channel IS NULL OR channel IN ('takeaway', 'speakeasy')",
            name=op.f("ck_recipe_lines_channel"),
        ),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_recipe_lines_quantity_positive")),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_recipe_lines_item_id_items")
        ),
        sa.ForeignKeyConstraint(
            ["recipe_id"],
            ["recipes.id"],
            name=op.f("fk_recipe_lines_recipe_id_recipes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recipe_lines")),
    )
    with op.batch_alter_table("recipe_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_recipe_lines_recipe_id"), ["recipe_id"], unique=False)

    op.create_table(
        "sales",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("recipe_id", sa.Integer(), nullable=False),
        sa.Column("recipe_name", sa.String(length=120), nullable=False),
        sa.Column("quantity", sa.BigInteger(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("gross_amount", sa.BigInteger(), nullable=True),
        sa.Column("net_amount", sa.BigInteger(), nullable=True),
        sa.Column("import_id", sa.Integer(), nullable=True),
        sa.Column("line_key", sa.String(length=200), nullable=True),
        sa.Column("voids_id", sa.Integer(), nullable=True),
        sa.Column("author", sa.String(length=120), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("channel IN ('takeaway', 'speakeasy')", name=op.f("ck_sales_channel")),
        sa.CheckConstraint("kind IN ('sale', 'refund', 'void')", name=op.f("ck_sales_kind")),
        sa.ForeignKeyConstraint(
            ["import_id"], ["imports.id"], name=op.f("fk_sales_import_id_imports")
        ),
        sa.ForeignKeyConstraint(
            ["recipe_id"], ["recipes.id"], name=op.f("fk_sales_recipe_id_recipes")
        ),
        sa.ForeignKeyConstraint(["voids_id"], ["sales.id"], name=op.f("fk_sales_voids_id_sales")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales")),
        sa.UniqueConstraint("line_key", name=op.f("uq_sales_line_key")),
        sa.UniqueConstraint("voids_id", name=op.f("uq_sales_voids_id")),
    )
    with op.batch_alter_table("sales", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sales_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_sales_import_id"), ["import_id"], unique=False)
        batch_op.create_index("ix_sales_recipe_id_at", ["recipe_id", "at"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("sales", schema=None) as batch_op:
        batch_op.drop_index("ix_sales_recipe_id_at")
        batch_op.drop_index(batch_op.f("ix_sales_import_id"))
        batch_op.drop_index(batch_op.f("ix_sales_at"))

    op.drop_table("sales")
    with op.batch_alter_table("recipe_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recipe_lines_recipe_id"))

    op.drop_table("recipe_lines")
    with op.batch_alter_table("recipe_aliases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recipe_aliases_recipe_id"))

    op.drop_table("recipe_aliases")
    with op.batch_alter_table("productions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_productions_at"))

    op.drop_table("productions")
    op.drop_table("recipes")
