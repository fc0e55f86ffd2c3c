"""daily usage: stock used per item and day, kept in step with the ledger

Days of cover summed the last six weeks of usage movements on every dashboard read
(about 52,000 rows on a busy bar). `daily_usage` holds those sums per item and day of
`at`; the services move it in the statements that append movements, and this fills it
from the ledger once, with the same reasons (sale, prep_use, waste, breakage, comp).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23 23:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

USAGE = "('sale', 'prep_use', 'waste', 'breakage', 'comp')"


def upgrade() -> None:
    op.create_table(
        "daily_usage",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("weekday", sa.SmallInteger(), nullable=False),
        sa.Column("used", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"], name="fk_daily_usage_item_id_items"),
        sa.PrimaryKeyConstraint("item_id", "day", name="pk_daily_usage"),
    )
    op.create_index("ix_daily_usage_day", "daily_usage", ["day", "item_id", "weekday", "used"])
    # SQLite keeps `at` as 'YYYY-MM-DD HH:MM:SS...' and a Date as 'YYYY-MM-DD'; both
    # engines count weekdays from Sunday 0, the table from Monday 0 (as date.weekday).
    if op.get_bind().dialect.name == "sqlite":
        day = "substr(at, 1, 10)"
        weekday = f"(CAST(strftime('%w', {day}) AS INTEGER) + 6) % 7"
    else:
        day = "CAST(at AS DATE)"
        weekday = f"(CAST(EXTRACT(DOW FROM {day}) AS INTEGER) + 6) % 7"
    op.execute(
        f"INSERT INTO daily_usage (item_id, day, weekday, used)"
        f" SELECT item_id, {day}, {weekday}, -SUM(delta) FROM movements"
        f" WHERE reason IN {USAGE} GROUP BY item_id, {day}"
    )


def downgrade() -> None:
    op.drop_index("ix_daily_usage_day", table_name="daily_usage")
    op.drop_table("daily_usage")
