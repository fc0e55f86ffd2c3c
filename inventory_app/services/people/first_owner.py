"""The first owner: who acts while nobody has a PIN, and how they name themself.

One rule for the window and the command line alike: a new bar starts with one nameless
owner (`owner`, migration 0006) and no PINs; until someone has a PIN, that first active
owner acts. Naming the owner gives the placeholder a PIN, or makes the named person the
owner and switches the placeholder off.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.models import User
from inventory_app.domain.errors import InputError, SignInError
from inventory_app.domain.permissions import Actor, Role
from inventory_app.i18n.catalogue import tr
from inventory_app.services.people import roster as people
from inventory_app.services.people.permissions import user_key


def acting_owner(session: Session) -> str:
    """Who acts while nobody has a PIN: the first active owner (`owner` in a new bar)."""
    query = (
        select(User.name)
        .where(User.role == Role.OWNER.value, User.active.is_(True))
        .order_by(User.id)
        .limit(1)
    )
    name = session.scalar(query)
    if name is None:
        raise SignInError(tr("this bar has no active owner"))
    return str(name)


def name_first_owner(session: Session, *, name: str, pin: str) -> Actor:
    """The first start: the owner names themself and sets a PIN, and is signed in.

    The nameless owner every new bar starts with is that person if the name matches;
    otherwise the new owner takes over and the placeholder is switched off. Once the
    bar has a PIN this is refused: people are then added by an owner.
    """
    if not people.needs_first_owner(session):
        raise InputError(tr("this bar already has an owner with a PIN: sign in instead"))

    placeholder = acting_owner(session)
    if user_key(name) == user_key(placeholder):
        people.set_secret(session, placeholder, pin, author=placeholder)
    else:
        added = people.add_user(session, name, Role.OWNER, author=placeholder, secret=pin)
        people.disable_user(session, placeholder, author=added.name)
    return people.actor(session, " ".join(name.split()))  # the PIN just set: nothing to check
