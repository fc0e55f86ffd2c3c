"""the first owner: every bar starts with one owner named `owner`, without a PIN

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 23:00:00

Every service write names an author who must be an active user; a bar of one person
acts as this owner without ceremony until someone gives it a PIN.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_USERS = sa.table(
    "users",
    sa.column("name", sa.String),
    sa.column("key", sa.String),
    sa.column("role", sa.String),
    sa.column("active", sa.Boolean),
    sa.column("failed_attempts", sa.Integer),
    sa.column("created_at", sa.DateTime),
    sa.column("version", sa.Integer),
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.execute(sa.select(sa.func.count()).select_from(_USERS)).scalar():
        return
    now = datetime.now(UTC).replace(tzinfo=None)
    op.bulk_insert(
        _USERS,
        [
            {
                "name": "owner", "key": "owner", "role": "owner", "active": True,
                "failed_attempts": 0, "created_at": now, "version": 1,
            }
        ],
    )  # fmt: skip


def downgrade() -> None:
    op.execute(_USERS.delete().where(_USERS.c.key == "owner").where(sa.text("secret_hash IS NULL")))
