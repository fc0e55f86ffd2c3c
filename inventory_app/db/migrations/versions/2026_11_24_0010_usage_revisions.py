"""usage revisions: a row appended whenever usage of a past day changes

Days of cover average the weeks before today, which change only when a movement is
dated before the day it is written (an import of last week's sales, a backdated
waste). Such a write appends a row here in its own transaction (services/ledger/usage.py), so
a reader can reuse the weeks it summed until the count or the tokens of these rows
move (services/ordering/usage_profiles.py). Insert-only: writers never wait on each other here.
The first row's random token tells this database apart from any other.

Also an index on order_lines.order_id: the dashboard reads the lines of the open orders
on every refresh, which scanned every line ever ordered.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-24 01:30:00
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "usage_revisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_usage_revisions"),
    )
    op.bulk_insert(table, [{"token": secrets.randbits(40)}])
    op.create_index("ix_order_lines_order_id", "order_lines", ["order_id"])


def downgrade() -> None:
    op.drop_index("ix_order_lines_order_id", table_name="order_lines")
    op.drop_table("usage_revisions")
