"""The people of the bar: who they are, their role and their PIN (signing in: sign_in.py).

A new database holds one owner named `owner` without a PIN (migration 0006): a bar of
one person needs no ceremony. Once someone has a secret, signing in means giving it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.models import User
from inventory_app.domain.credentials import hash_secret, secret_kind, verify_secret
from inventory_app.domain.errors import InputError, NotFoundError, PermissionDenied
from inventory_app.domain.permissions import Action, Actor, Role
from inventory_app.i18n.catalogue import tr
from inventory_app.services.audit_log.entries import record_change
from inventory_app.services.people.permissions import find_user, require, user_key

__all__ = [
    "Actor",
    "UserRow",
    "actor",
    "add_user",
    "disable_user",
    "enable_user",
    "hash_secret",
    "list_users",
    "needs_first_owner",
    "set_secret",
    "verify_secret",
]


@dataclass(frozen=True)
class UserRow:
    name: str
    role: Role
    active: bool
    has_secret: bool


def list_users(session: Session) -> list[UserRow]:
    users = session.scalars(select(User).order_by(User.key))
    return [UserRow(u.name, Role(u.role), u.active, u.secret_hash is not None) for u in users]


def needs_first_owner(session: Session) -> bool:
    """True while nobody has a secret: the window asks for the owner's name and PIN."""
    return session.scalar(select(User.id).where(User.secret_hash.is_not(None)).limit(1)) is None


def sign_in_roster(session: Session) -> tuple[list[UserRow], bool]:
    """The active people the sign-in screen offers, and whether the first owner is still to
    come (then it asks for a name and PIN instead)."""
    return [u for u in list_users(session) if u.active], needs_first_owner(session)


def add_user(
    session: Session, name: str, role: Role | str, *, author: str, secret: str | None = None
) -> UserRow:
    """A new person. The second person may only be added once an owner has a secret."""
    role = _role(role)
    if not needs_first_owner(session):
        require(session, author, Action.MANAGE_USERS)
    elif role != Role.OWNER or secret is None:
        # While nobody has a secret anyone may act as the owner: a second person first
        # needs an owner with a PIN (or a first owner added with one).
        raise InputError(tr("give the owner a PIN first (user set-pin owner), then add people"))
    name = " ".join(name.split())
    if not name:
        raise InputError(tr("a user needs a name"), column="name")
    if find_user(session, name) is not None:
        raise InputError(
            tr("there is already a user named {name}").format(name=repr(name)), column="name"
        )
    user = User(name=name, key=user_key(name), role=role.value)
    if secret is not None:
        user.secret_kind = secret_kind(secret).value
        user.secret_hash = hash_secret(secret)
    session.add(user)
    session.flush()
    after = {"name": name, "role": role.value, "active": True, "secret": secret is not None}
    _record(session, user, author, "create", None, after)
    return UserRow(name, role, True, secret is not None)


def set_secret(session: Session, name: str, secret: str, *, author: str) -> None:
    """Set or change a PIN or password: one's own, or anyone's for an owner."""
    user = _get(session, name)
    if user_key(author) != user.key or not user.active:
        require(session, author, Action.MANAGE_USERS)
    kind = secret_kind(secret)
    had = user.secret_hash is not None
    user.secret_kind, user.secret_hash = kind.value, hash_secret(secret)
    user.failed_attempts, user.locked_until = 0, None
    session.flush()
    _record(session, user, author, "set_secret", {"secret": had}, {"secret": True})


def disable_user(session: Session, name: str, *, author: str) -> None:
    """Switch someone off; their name stays on everything they did."""
    require(session, author, Action.MANAGE_USERS)
    user = _get(session, name)
    if not user.active:
        return
    if user.role == Role.OWNER and _active_owners(session) == 1:
        raise InputError(
            tr("{name} is the only active owner; add another owner first").format(name=user.name)
        )
    user.active = False
    session.flush()
    _record(session, user, author, "disable", {"active": True}, {"active": False})


def enable_user(session: Session, name: str, *, author: str) -> None:
    """Switch someone back on, with the PIN they had (an owner may reset it)."""
    require(session, author, Action.MANAGE_USERS)
    user = _get(session, name)
    if user.active:
        return
    user.active = True
    session.flush()
    _record(session, user, author, "enable", {"active": False}, {"active": True})


def actor(session: Session, name: str) -> Actor:
    """The active user of that name, for the case where no PIN is asked."""
    user = find_user(session, name)
    if user is None or not user.active:
        raise PermissionDenied(
            tr("{name} is not an active user of this bar").format(name=repr(name))
        )
    return Actor(user.name, Role(user.role))


def _record(
    session: Session,
    user: User,
    author: str,
    action: str,
    before: dict[str, Any] | None,
    after: dict[str, Any],
) -> None:
    record_change(
        session, author=author, entity="user", entity_id=user.id, label=user.name,
        action=action, before=before, after=after,
    )  # fmt: skip


def _get(session: Session, name: str) -> User:
    user = find_user(session, name)
    if user is None:
        raise NotFoundError(tr("no user named {name}").format(name=repr(name)))
    return user


def _role(role: Role | str) -> Role:
    try:
        return Role(str(role).strip().lower())
    except ValueError:
        raise InputError(
            tr("role is owner or bartender, got {role}").format(role=repr(role)), column="role"
        ) from None


def _active_owners(session: Session) -> int:
    query = select(User.id).where(User.role == Role.OWNER.value, User.active.is_(True))
    return len(list(session.scalars(query)))
