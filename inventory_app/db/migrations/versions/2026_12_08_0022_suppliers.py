"""suppliers: an address, a VAT number (P.IVA) and notes

The supplier's order document names them with their address and P.IVA under their name
(issue 19), as an Italian invoice and DDT do. Each is text, empty for the suppliers
already there: nothing is guessed.

Revision ID: 0022_suppliers
Revises: 0021_batches
Create Date: 2026-12-08 04:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022_suppliers"
down_revision = "0021_batches"
branch_labels = None
depends_on = None

COLUMNS = (("address", 400), ("vat_number", 20), ("notes", 1000))


def upgrade() -> None:
    # Plain ALTER TABLE: suppliers is referenced by items and orders, and a column with a
    # constant default needs no copy of the table on SQLite.
    for name, length in COLUMNS:
        column = sa.Column(name, sa.String(length=length), server_default="", nullable=False)
        op.add_column("suppliers", column)


def downgrade() -> None:
    # SQLite (3.35+) drops a column nothing indexes or refers to in place.
    for name, _ in reversed(COLUMNS):
        op.drop_column("suppliers", name)
