"""an index on movements by reason and time

The control page (latest batch of each flask, latest opening of each item) and days
of cover (usage of the last weeks) ask the ledger for one reason over a span of time.
Without this index each scanned every movement: 5 s on 1,000,000 movements at
start-up. It carries item_id and delta so those reads never touch the table.
Plain op.create_index, never batch mode: batch copies `movements` and drops its
append-only triggers.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23 23:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_movements_reason_at", "movements", ["reason", "at", "item_id", "delta"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_movements_reason_at", table_name="movements")
