"""The services' own gate: every public write calls `require` before it touches anything.

A refusal is raised before the first write, so the refused transaction holds nothing;
its one trace, an audit line, is written by `Database.transaction` in a transaction of
its own after the rollback (see `after_rollback` in domain/errors.py).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.models import AuditEntry, User
from inventory_app.domain.errors import PermissionDenied
from inventory_app.domain.permissions import Action, Actor, Role, allowed, refusal


def user_key(name: str) -> str:
    """How names are matched: 'Giulia', 'giulia ' and 'GIULIA' are one person."""
    return " ".join(name.split()).casefold()


def find_user(session: Session, name: str) -> User | None:
    return session.scalar(select(User).where(User.key == user_key(name)))


def acting(session: Session, author: str, action: Action) -> Actor:
    """The author's active account, if it may do `action`; else a refusal with its trace."""
    user = find_user(session, author)
    if user is None or not user.active:
        state = "unknown" if user is None else "disabled"
        message = f"{author!r} is not an active user of this bar ({state}); nothing was changed."
        raise PermissionDenied(message, after_rollback=_trace(author, action, message))
    role = Role(user.role)
    if not allowed(role, action):
        message = refusal(user.name, role, action)
        raise PermissionDenied(message, after_rollback=_trace(user.name, action, message))
    return Actor(name=user.name, role=role)


def require(session: Session, author: str, action: Action) -> None:
    """Refuse (PermissionDenied, CLI exit 3) unless `author` may do `action`."""
    acting(session, author, action)


def _trace(author: str, action: Action, message: str) -> Callable[[Session], None]:
    def write(session: Session) -> None:
        session.add(
            AuditEntry(
                author=author,
                entity="permission",
                entity_id=action.value,
                label=action.value,
                action="refused",
                note=message,
            )
        )

    return write
