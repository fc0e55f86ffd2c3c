"""The audit log: every change outside the stock ledger, who made it, and its undo."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from inventory_app.db.models.base import Base, utcnow


class AuditEntry(Base):
    """One change outside the ledger (catalogue, recipes, levels, users, settings, sign-ins).

    Append-only like `movements`: an undo is a new entry pointing at the one it reverses.
    `before` and `after` hold JSON objects of the changed fields only.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    author: Mapped[str] = mapped_column(String(120), index=True)
    entity: Mapped[str] = mapped_column(String(24))  # item, recipe, level, user, setting, ...
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    label: Mapped[str] = mapped_column(String(200), default="")  # what a person calls it
    action: Mapped[str] = mapped_column(String(24))  # create, update, disable, undo, sign_in, ...
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    undoes_id: Mapped[int | None] = mapped_column(ForeignKey("audit_log.id"), unique=True)


Index("ix_audit_log_entity_entity_id_at", AuditEntry.entity, AuditEntry.entity_id, AuditEntry.at)
