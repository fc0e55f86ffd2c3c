"""bespoke sales: a sale of no recipe, what was poured and the note it was sold with

The speakeasy sells drinks made to the guest's taste at a price typed in (issue 18). Such
a sale is still a `sales` row, so its takings count where every sale's do (Dashboard,
Variance, beverage cost) and undo_sale voids it as any other; only it has no recipe
(`recipe_id` NULL) and keeps a note (the guest's name, what it was). Its movements
reference it as sale:<id>, as every sale's do.

Revision ID: 0018_pours
Revises: 0017_modifiers
Create Date: 2026-12-08 00:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018_pours"
down_revision = "0017_modifiers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sales", schema=None) as batch_op:
        batch_op.alter_column("recipe_id", existing_type=sa.Integer(), nullable=True)
        batch_op.add_column(
            sa.Column("note", sa.String(length=400), nullable=False, server_default="")
        )


def downgrade() -> None:
    bespoke = op.get_bind().execute(sa.text("SELECT count(*) FROM sales WHERE recipe_id IS NULL"))
    if bespoke.scalar_one():
        raise RuntimeError(
            "bespoke sales are in the ledger: a schema without them cannot hold them"
        )
    with op.batch_alter_table("sales", schema=None) as batch_op:
        batch_op.drop_column("note")
        batch_op.alter_column("recipe_id", existing_type=sa.Integer(), nullable=False)
