"""order numbers: an order sent to a supplier carries a number of its year, 2026-0042

A supplier files the bar's orders by number and quotes it on the delivery note and the
invoice (issue 19). The number is given when the order is sent, never before: a draft
may still change, and a supplier must never see one number on two different orders.
The year and the place within it are kept apart so the next number is the year's
highest plus one; a unique index makes two terminals sending at once (PostgreSQL)
take different numbers: the second retries (services/ordering/order_numbers.py). A
number is never given back: a cancelled order keeps its own.

Revision ID: 0016_order_numbers
Revises: 0015_unmatched_sales
Create Date: 2026-12-08 00:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016_order_numbers"
down_revision = "0015_unmatched_sales"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE and a unique index: orders is referenced by order_lines, and
    # nullable columns without a default need no copy of the table on SQLite. Orders
    # sent before this migration keep no number (they were sent under their id).
    op.add_column("orders", sa.Column("number_year", sa.Integer(), nullable=True))
    op.add_column("orders", sa.Column("number_seq", sa.Integer(), nullable=True))
    op.create_index("uq_orders_number", "orders", ["number_year", "number_seq"], unique=True)


def downgrade() -> None:
    op.drop_index("uq_orders_number", table_name="orders")
    op.drop_column("orders", "number_seq")
    op.drop_column("orders", "number_year")
