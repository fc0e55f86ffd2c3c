"""the audit log indexed by what changed and when, for one item's history

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-24 02:00:00

History filtered by an item merges the item's movements with its catalogue changes,
newest first. With (entity, entity_id) alone both engines read every change of the item
and sorted them (3.5 of the 4.2 ms a page took with 2,000 changes); with `at` in the
index the page is an index walk on both sides. It replaces the shorter index, whose
lookups it serves as well.
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain CREATE/DROP INDEX (never batch mode): the audit log keeps its append-only triggers.
    op.create_index(
        "ix_audit_log_entity_entity_id_at", "audit_log", ["entity", "entity_id", "at"], unique=False
    )
    op.drop_index("ix_audit_log_entity_entity_id", table_name="audit_log")


def downgrade() -> None:
    op.create_index(
        "ix_audit_log_entity_entity_id", "audit_log", ["entity", "entity_id"], unique=False
    )
    op.drop_index("ix_audit_log_entity_entity_id_at", table_name="audit_log")
