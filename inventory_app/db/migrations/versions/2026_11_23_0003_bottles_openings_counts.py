"""bottles, openings and counts

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 20:42:04.097672
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "counts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("locations", sa.Text(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("started_by", sa.String(length=120), nullable=False),
        sa.Column("finalised_at", sa.DateTime(), nullable=True),
        sa.Column("finalised_by", sa.String(length=120), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("status IN ('open', 'finalised')", name=op.f("ck_counts_status")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_counts")),
    )
    op.create_table(
        "bottles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("cask", sa.String(length=60), nullable=False),
        sa.Column("bottle_number", sa.String(length=60), nullable=False),
        sa.Column("vintage", sa.Integer(), nullable=True),
        sa.Column("abv", sa.BigInteger(), nullable=True),
        sa.Column("barcode", sa.String(length=64), nullable=True),
        sa.Column("cost", sa.BigInteger(), nullable=True),
        sa.Column("state", sa.String(length=8), nullable=False),
        sa.Column("remaining", sa.BigInteger(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=True),
        sa.Column("emptied_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("state IN ('sealed', 'open', 'empty')", name=op.f("ck_bottles_state")),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"], name=op.f("fk_bottles_item_id_items")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bottles")),
        sa.UniqueConstraint("barcode", name=op.f("uq_bottles_barcode")),
    )
    with op.batch_alter_table("bottles", schema=None) as batch_op:
        batch_op.create_index("ix_bottles_item_id_state", ["item_id", "state"], unique=False)

    op.create_table(
        "count_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("count_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("full", sa.BigInteger(), nullable=True),
        sa.Column("tenths", sa.BigInteger(), nullable=True),
        sa.Column("weight_g", sa.BigInteger(), nullable=True),
        sa.Column("quantity", sa.BigInteger(), nullable=True),
        sa.Column("counted", sa.BigInteger(), nullable=False),
        sa.Column("expected", sa.BigInteger(), nullable=True),
        sa.Column("entered_at", sa.DateTime(), nullable=False),
        sa.Column("entered_by", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["count_id"],
            ["counts.id"],
            name=op.f("fk_count_lines_count_id_counts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_count_lines_item_id_items")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_count_lines")),
        sa.UniqueConstraint("count_id", "item_id", name=op.f("uq_count_lines_count_id_item_id")),
    )
    # Plain ADD COLUMN, never a batch copy: copying `movements` on SQLite would drop
    # the triggers that keep the ledger append-only.
    op.add_column("items", sa.Column("density", sa.BigInteger(), nullable=True))
    op.add_column("items", sa.Column("shelf_life_days", sa.Integer(), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE movements ADD COLUMN bottle_id INTEGER"
            " CONSTRAINT fk_movements_bottle_id_bottles REFERENCES bottles (id)"
        )
    else:
        op.add_column("movements", sa.Column("bottle_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            "fk_movements_bottle_id_bottles", "movements", "bottles", ["bottle_id"], ["id"]
        )
    op.create_index(op.f("ix_movements_bottle_id"), "movements", ["bottle_id"], unique=False)
    op.add_column(
        "stock_levels",
        sa.Column("open_containers", sa.Integer(), server_default="0", nullable=False),
    )
    op.add_column("stock_levels", sa.Column("last_counted_at", sa.DateTime(), nullable=True))


def downgrade() -> None:

    with op.batch_alter_table("stock_levels", schema=None) as batch_op:
        batch_op.drop_column("last_counted_at")
        batch_op.drop_column("open_containers")

    op.drop_index(op.f("ix_movements_bottle_id"), table_name="movements")
    if op.get_bind().dialect.name == "postgresql":
        op.drop_constraint("fk_movements_bottle_id_bottles", "movements", type_="foreignkey")
    op.drop_column("movements", "bottle_id")  # SQLite 3.35+ drops a column in place

    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.drop_column("shelf_life_days")
        batch_op.drop_column("density")

    op.drop_table("count_lines")
    with op.batch_alter_table("bottles", schema=None) as batch_op:
        batch_op.drop_index("ix_bottles_item_id_state")

    op.drop_table("bottles")
    op.drop_table("counts")
