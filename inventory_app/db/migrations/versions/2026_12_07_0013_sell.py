"""a menu position per recipe; a count line may hold a refused entry

The Sell page kept its tiles in order of sales, so a tile moved under the bartender's
finger after a sale or an undo (issue 15). Each recipe now has a place on the menu,
set by the owner (recipe editor, recipe sheet, dragging tiles); existing cocktails are
numbered 1, 2, 3… in alphabetical order, which is how a menu without sales already
showed them. Preps are never on the menu and keep 0.

A count entry the rules refuse (tenths 15) used to live only in the window: the row
went on counting its earlier Full part and finalise booked it. The refused entry is
now stored on its line, with the reason, and such a line counts nothing (`counted`
is empty) until it is fixed or cleared; finalise refuses while one is left.

Revision ID: 0013_sell
Revises: 0012
Create Date: 2026-12-07 17:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_sell"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE (never batch mode): recipes is referenced by sales, so SQLite could
    # not drop it to copy it. The default 0 is only the moment before the numbering below.
    op.add_column(
        "recipes",
        sa.Column("menu_position", sa.Integer(), server_default=sa.text("0"), nullable=False),
    )
    recipes = sa.table(
        "recipes",
        *(sa.column(name, sa.Integer) for name in ("id", "menu_position")),
        *(sa.column(name, sa.String) for name in ("key", "kind")),
    )
    connection = op.get_bind()
    ids = connection.scalars(
        sa.select(recipes.c.id)
        .where(recipes.c.kind == "cocktail")  # a prep is never on the menu: it keeps 0
        .order_by(recipes.c.key, recipes.c.id)
    )
    for position, recipe_id in enumerate(list(ids), start=1):
        connection.execute(
            recipes.update().where(recipes.c.id == recipe_id).values(menu_position=position)
        )
    with op.batch_alter_table("count_lines") as batch_op:
        batch_op.add_column(sa.Column("refused", sa.Text(), nullable=True))
        batch_op.alter_column("counted", existing_type=sa.BigInteger(), nullable=True)


def downgrade() -> None:
    # A refused line counted nothing: it goes, as clearing it in the window would do.
    op.execute("DELETE FROM count_lines WHERE counted IS NULL")
    with op.batch_alter_table("count_lines") as batch_op:
        batch_op.alter_column("counted", existing_type=sa.BigInteger(), nullable=False)
        batch_op.drop_column("refused")
    op.drop_column("recipes", "menu_position")
