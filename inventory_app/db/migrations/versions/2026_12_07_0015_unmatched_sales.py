"""unmatched sales: till lines whose item is no recipe wait here to be resolved

The speakeasy's drinks are made to the guest's taste and rung up under a guest's name
or "Special" (issue 18). `import sales --park-unknown` keeps such lines, with their
note, date, quantity and takings, instead of dropping them; the owner resolves each
later to a recipe or to what was poured, and only then is stock deducted. The line's
identity in its import (unique) makes a re-import park nothing twice.

Revision ID: 0015_unmatched_sales
Revises: 0014_supplier_language
Create Date: 2026-12-07 23:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_unmatched_sales"
down_revision = "0014_supplier_language"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "unmatched_sales",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.Column("line_key", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("item", sa.String(length=400), nullable=False),
        sa.Column("note", sa.String(length=2000), nullable=False),
        sa.Column("quantity", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=True),
        sa.Column("gross_amount", sa.BigInteger(), nullable=True),
        sa.Column("net_amount", sa.BigInteger(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(length=120), nullable=True),
        sa.Column("sale_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('sale', 'refund')", name=op.f("ck_unmatched_sales_kind")),
        sa.ForeignKeyConstraint(
            ["import_id"], ["imports.id"], name=op.f("fk_unmatched_sales_import_id_imports")
        ),
        sa.ForeignKeyConstraint(
            ["sale_id"], ["sales.id"], name=op.f("fk_unmatched_sales_sale_id_sales")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unmatched_sales")),
        sa.UniqueConstraint("line_key", name=op.f("uq_unmatched_sales_line_key")),
        sa.UniqueConstraint("sale_id", name=op.f("uq_unmatched_sales_sale_id")),
    )
    op.create_index(op.f("ix_unmatched_sales_at"), "unmatched_sales", ["at"], unique=False)
    op.create_index(
        op.f("ix_unmatched_sales_import_id"), "unmatched_sales", ["import_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_unmatched_sales_import_id"), table_name="unmatched_sales")
    op.drop_index(op.f("ix_unmatched_sales_at"), table_name="unmatched_sales")
    op.drop_table("unmatched_sales")
