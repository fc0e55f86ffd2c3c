"""What the window reads before its first page shows: who is at it, and what they may see.

Two of these fail closed (a file that cannot be read covers the window and hides costs),
so they take the `Database` and open their own short read: the failure is part of the rule.
"""

from __future__ import annotations

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from inventory_app.db.engine import Database
from inventory_app.domain.errors import InventoryError
from inventory_app.domain.permissions import Role
from inventory_app.services.people.permissions import find_user
from inventory_app.services.people.roster import needs_first_owner
from inventory_app.services.recipes.cost_visibility import sees_costs


def window_role(session: Session, name: str) -> Role:
    """The role of the person the window opens as (an unknown name is refused on writing)."""
    user = find_user(session, name)
    return Role(user.role) if user is not None else Role.OWNER


def bar_has_pins(database: Database) -> bool:
    """Whether someone must sign in before anything of the bar may show.

    A file that cannot be read counts as having PINs (fail closed): the window stays
    covered, and the first page's own read then meets the fault and reports it.
    """
    try:
        with database.reading() as session:
            return not needs_first_owner(session)
    except (InventoryError, SQLAlchemyError):
        return True


def may_see_costs(database: Database, name: str) -> bool:
    """Whether the person at the window may see costs (services/recipes/cost_visibility.py).

    A file that cannot be read shows no costs (fail closed); it is asked again on the
    next change, page or sign-in.
    """
    try:
        with database.reading() as session:
            return sees_costs(session, name)
    except (InventoryError, SQLAlchemyError):
        return False
