"""a language per supplier: their order sheets are written in it

The bar's suppliers mostly read Italian, one may read only English (issue 17). Each
supplier now has a language, `it` or `en`; empty (NULL) means the bar's own language
(the `bar_language` setting), so every supplier there already follows the bar.

Revision ID: 0014_supplier_language
Revises: 0013_sell
Create Date: 2026-12-07 22:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_supplier_language"
down_revision = "0013_sell"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE: suppliers is referenced by items and orders, and a nullable column
    # without a default needs no copy of the table on SQLite.
    op.add_column("suppliers", sa.Column("language", sa.String(length=8), nullable=True))


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+), as 0013 does: a batch copy of suppliers would
    # have to drop a table that items and orders refer to.
    op.drop_column("suppliers", "language")
