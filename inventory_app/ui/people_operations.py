"""Who is at the window: signing in, the people an owner manages, the first owner.

One function each, an Op where it writes; beside ui/operations.py (the other actions) so
neither grows past a page. Signing in switches the window's person (context.signed_in).
"""

from __future__ import annotations

from collections.abc import Callable

from inventory_app.db.engine import Session
from inventory_app.domain.errors import InventoryError
from inventory_app.domain.permissions import Actor, Role
from inventory_app.services.people import first_owner
from inventory_app.services.people import roster as people
from inventory_app.services.people import sign_in as sign_in_service
from inventory_app.ui.context import AppContext, Change
from inventory_app.ui.ops import Op


def sign_in(context: AppContext, *, name: str, secret: str) -> Actor | InventoryError:
    """Check a PIN; on success the window works as that person (a wrong one is counted)."""
    try:
        actor = sign_in_service.sign_in(context.database, name, secret)
    except InventoryError as error:
        return error
    context.signed_in.switch(actor)
    return actor


def add_person(context: AppContext, *, name: str, role: Role, pin: str) -> InventoryError | None:
    """An owner adds someone with their PIN (never a person who cannot sign in)."""
    return _run(
        context,
        Change.PEOPLE,
        lambda s: people.add_user(s, name, role, author=context.user, secret=pin),
    )


def set_person_pin(context: AppContext, *, name: str, pin: str) -> InventoryError | None:
    """Set or reset someone's PIN: one's own, or anyone's for an owner."""
    return _run(
        context, Change.PEOPLE, lambda s: people.set_secret(s, name, pin, author=context.user)
    )


def set_person_active(context: AppContext, *, name: str, active: bool) -> InventoryError | None:
    """Switch someone on or off; their name stays on everything they did."""
    change = people.enable_user if active else people.disable_user
    return _run(context, Change.PEOPLE, lambda s: change(s, name, author=context.user))


def create_first_owner(context: AppContext, *, name: str, pin: str) -> Actor | InventoryError:
    """The first start: the owner names themself and sets a PIN (services/people/first_owner.py)."""
    done = Op(
        context, Change.PEOPLE, lambda s: first_owner.name_first_owner(s, name=name, pin=pin)
    ).run()
    if isinstance(done, Actor):
        context.signed_in.switch(done)
    return done


def _run(
    context: AppContext, changes: Change, work: Callable[[Session], object]
) -> InventoryError | None:
    """The transaction around one action; on success the pages that show `changes` hear once."""
    done = Op(context, changes, work).run()
    return done if isinstance(done, InventoryError) else None
