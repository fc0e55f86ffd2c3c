"""The services' own gate: every public write calls `require` before it touches anything.

A refusal is raised before the first write, so the refused transaction holds nothing;
its one trace, an audit line, is written by `Database.transaction` in a transaction of
its own after the rollback (see `after_rollback` in domain/errors.py).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from inventory_app.db.driver_sql import DriverStatement, flushed
from inventory_app.db.models import AuditEntry, Base, User
from inventory_app.domain.errors import PermissionDenied
from inventory_app.domain.permissions import Action, Actor, Role, allowed, refusal
from inventory_app.i18n.catalogue import tr


def user_key(name: str) -> str:
    """How names are matched: 'Giulia', 'giulia ' and 'GIULIA' are one person."""
    return " ".join(name.split()).casefold()


def find_user(session: Session, name: str) -> User | None:
    return session.scalar(select(User).where(User.key == user_key(name)))


_USERS = Base.metadata.tables["users"]
# Every write asks this first, a sale on each tap: the account's three columns on the
# driver path, not a User object (0.14 ms, a tenth of a sale; tests/bench/bench_selling.py).
_ACCOUNT = DriverStatement(
    select(_USERS.c.name, _USERS.c.active, _USERS.c.role).where(_USERS.c.key == bindparam("key"))
)


def acting(session: Session, author: str, action: Action) -> Actor:
    """The author's active account, if it may do `action`; else a refusal with its trace."""
    found = _ACCOUNT.rows(flushed(session), {"key": user_key(author)})
    if not found or not found[0][1]:
        message = _inactive(author, known=bool(found))
        raise PermissionDenied(message, after_rollback=_trace(author, action, message))
    name, _active, role_name = found[0]
    role = Role(role_name)
    if not allowed(role, action):
        message = refusal(name, role, action)
        raise PermissionDenied(message, after_rollback=_trace(name, action, message))
    return Actor(name=name, role=role)


def _inactive(author: str, *, known: bool) -> str:
    if known:
        text = tr("{name} is not an active user of this bar (disabled); nothing was changed.")
    else:
        text = tr("{name} is not an active user of this bar (unknown); nothing was changed.")
    return text.format(name=repr(author))


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
