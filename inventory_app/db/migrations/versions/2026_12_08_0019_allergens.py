"""allergens: the Annex II allergens an item carries, as one short text of codes

EU Reg. 1169/2011 (issue 20): an item carries any of the 14 allergens; preps and
cocktails inherit theirs from their ingredients (services/recipes/allergens.py). The
item keeps its own as the codes of domain/allergens.py in the regulation's order,
"eggs|milk" ('' for none): a set of at most 14 from a fixed list, always read and written
with the item (the editor, the import, the audit log, undo), never searched across
items by the database. A column goes through every path an item's fields already take
(ItemSpec, the bulk import, the item's version); a link table would add a join to each
and a second write to every import row for nothing a query needs.

Revision ID: 0019_allergens
Revises: 0018_pours
Create Date: 2026-12-08 03:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019_allergens"
down_revision = "0018_pours"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("allergens", sa.String(length=160), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.drop_column("allergens")
