"""one open count, one draft order per supplier, held by the database itself

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-24 03:00:00

start_count and create_orders look for an open count or a supplier's draft before making
one, but a check sees only committed rows: on PostgreSQL two terminals could both find
none at the same instant and open two counts, or two drafts for one supplier. A partial
unique index makes the second writer wait for the first and then fail (the services turn
that into their usual message). SQLite took writers in turn already; the index holds there
too. A database that already holds two open counts or two drafts for a supplier must
have one finalised or cancelled before this migration can run.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_OPEN, _DRAFT = sa.text("status = 'open'"), sa.text("status = 'draft'")


def upgrade() -> None:
    # Plain CREATE INDEX (never batch mode): no table is rebuilt.
    op.create_index(
        "uq_counts_one_open", "counts", ["status"], unique=True,
        sqlite_where=_OPEN, postgresql_where=_OPEN,
    )  # fmt: skip
    op.create_index(
        "uq_orders_one_draft_per_supplier", "orders", ["supplier_id"], unique=True,
        sqlite_where=_DRAFT, postgresql_where=_DRAFT,
    )  # fmt: skip


def downgrade() -> None:
    op.drop_index("uq_orders_one_draft_per_supplier", table_name="orders")
    op.drop_index("uq_counts_one_open", table_name="counts")
