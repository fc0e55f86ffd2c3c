"""batches: house-prep batches, and the batch each movement on a flask moved

Issue 20: each `make` of a prep is a batch with its own made date, maker and use-by;
a flask's on hand is the sum of its batches' `remaining`, and every movement on a flask
names its batch. Flask stock already there has no known batch: each flask item with
stock other than zero gets one opening batch ('ORG-OPEN-1') holding it, made date
unknown, so the sum holds from the first moment. `movements.batch_id` is a plain ADD
COLUMN (a batch copy of `movements` on SQLite would drop its append-only triggers).

Revision ID: 0021_batches
Revises: 0020_receiving
Create Date: 2026-12-08 04:00:00
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0021_batches"
down_revision = "0020_receiving"
branch_labels = None
depends_on = None


def upgrade() -> None:
    batches = op.create_table(
        "prep_batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("production_id", sa.Integer(), nullable=True),
        sa.Column("made_at", sa.DateTime(), nullable=True),
        sa.Column("made_by", sa.String(length=120), nullable=False),
        sa.Column("use_by", sa.Date(), nullable=True),
        sa.Column("quantity", sa.BigInteger(), nullable=False),
        sa.Column("remaining", sa.BigInteger(), nullable=False),
        sa.Column("carried", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_prep_batches_item_id_items")
        ),
        sa.ForeignKeyConstraint(
            ["production_id"],
            ["productions.id"],
            name=op.f("fk_prep_batches_production_id_productions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prep_batches")),
        sa.UniqueConstraint("code", name=op.f("uq_prep_batches_code")),
    )
    op.create_index("ix_prep_batches_item_id_remaining", "prep_batches", ["item_id", "remaining"])
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE movements ADD COLUMN batch_id INTEGER"
            " CONSTRAINT fk_movements_batch_id_prep_batches REFERENCES prep_batches (id)"
        )
    else:
        op.add_column("movements", sa.Column("batch_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            "fk_movements_batch_id_prep_batches", "movements", "prep_batches",
            ["batch_id"], ["id"],
        )  # fmt: skip
    op.create_index(op.f("ix_movements_batch_id"), "movements", ["batch_id"], unique=False)
    _opening_batches(batches)


def _opening_batches(batches: sa.Table) -> None:
    """One opening batch per flask item holding stock, so that on hand == sum of batches."""
    rows = (
        op.get_bind()
        .execute(
            sa.text(
                "SELECT items.id, items.sku, stock_levels.on_hand FROM items"
                " JOIN stock_levels ON stock_levels.item_id = items.id"
                " WHERE items.kind = 'flask' AND stock_levels.on_hand <> 0 ORDER BY items.id"
            )
        )
        .all()
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    taken: dict[str, int] = {}
    opening = []
    for item_id, sku, on_hand in rows:
        prefix = _prefix(sku)
        taken[prefix] = taken.get(prefix, 0) + 1
        opening.append({
            "code": f"{prefix}-OPEN-{taken[prefix]}", "item_id": item_id, "production_id": None,
            "made_at": None, "made_by": "", "use_by": None, "quantity": on_hand,
            "remaining": on_hand, "carried": on_hand, "created_at": now,
        })  # fmt: skip
    if opening:
        op.bulk_insert(batches, opening)


def _prefix(sku: str) -> str:
    """As services/ledger/batch_codes.py: the SKU's last part, three letters or digits."""
    last = sku.rsplit("-", 1)[-1]
    letters = re.sub(r"[^A-Z0-9]", "", last.upper())[:3]
    return letters or "B"


def downgrade() -> None:
    op.drop_index(op.f("ix_movements_batch_id"), table_name="movements")
    if op.get_bind().dialect.name == "postgresql":
        op.drop_constraint("fk_movements_batch_id_prep_batches", "movements", type_="foreignkey")
    op.drop_column("movements", "batch_id")  # SQLite 3.35+ drops a column in place
    op.drop_index("ix_prep_batches_item_id_remaining", table_name="prep_batches")
    op.drop_table("prep_batches")
