"""The people who work the bar: roles, hashed secrets and sign-in lockout."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from inventory_app.db.models.base import Base, utcnow


class User(Base):
    """Someone who works the bar. The secret is a salted scrypt hash, never the PIN itself."""

    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint("role IN ('owner', 'bartender')", name="role"),
        CheckConstraint("secret_kind IS NULL OR secret_kind IN ('pin', 'password')", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    key: Mapped[str] = mapped_column(String(120), unique=True)  # casefolded name for matching
    role: Mapped[str] = mapped_column(String(16))
    secret_hash: Mapped[str | None] = mapped_column(String(255))
    secret_kind: Mapped[str | None] = mapped_column(String(8))
    active: Mapped[bool] = mapped_column(default=True)
    failed_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
