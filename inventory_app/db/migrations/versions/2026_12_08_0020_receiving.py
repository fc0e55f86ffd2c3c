"""receiving against the order: the delivery note (DDT), the invoice, lines filled by another item

An Italian delivery comes with a DDT (documento di trasporto) and later an invoice; the
bar files both numbers beside the order it received (issue 19). Each is a string, empty
for the orders received before. A line the supplier filled with another item is kept:
what arrived instead is a line of its own, with nothing ordered (quantity 0), pointing
at the line it replaced through `substitutes_line_id`.

Revision ID: 0020_receiving
Revises: 0019_allergens
Create Date: 2026-12-08 03:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020_receiving"
down_revision = "0019_allergens"
branch_labels = None
depends_on = None

FK = "fk_order_lines_substitutes_line_id_order_lines"


def upgrade() -> None:
    # Plain ALTER TABLE: orders is referenced by order_lines, and columns with a constant
    # default need no copy of the table on SQLite.
    for column in ("delivery_note", "invoice_number"):
        op.add_column(
            "orders", sa.Column(column, sa.String(length=60), server_default="", nullable=False)
        )
    if op.get_bind().dialect.name == "sqlite":  # as 0003 adds movements.bottle_id
        op.execute(
            "ALTER TABLE order_lines ADD COLUMN substitutes_line_id INTEGER"
            f" CONSTRAINT {FK} REFERENCES order_lines (id)"
        )
    else:
        op.add_column("order_lines", sa.Column("substitutes_line_id", sa.Integer(), nullable=True))
        op.create_foreign_key(FK, "order_lines", "order_lines", ["substitutes_line_id"], ["id"])


def downgrade() -> None:
    # A line that arrived instead stays, with its received quantity (its movement stays in
    # the ledger); only the link to the line it replaced goes. SQLite drops a column that a
    # foreign key uses only by copying the table (nothing refers to order_lines).
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table("order_lines", recreate="always") as batch_op:
            batch_op.drop_column("substitutes_line_id")
    else:
        op.drop_constraint(FK, "order_lines", type_="foreignkey")
        op.drop_column("order_lines", "substitutes_line_id")
    for column in ("invoice_number", "delivery_note"):
        op.drop_column("orders", column)
