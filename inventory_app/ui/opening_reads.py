"""The reads the window makes before its first page shows, apart from ui/queries.py.

ui/queries.py imports every service (a sixth of a second at start-up); these two need
only what the Dashboard and the permissions need.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from inventory_app.db.engine import Database
from inventory_app.domain.errors import InventoryError
from inventory_app.domain.permissions import Role
from inventory_app.services.people.permissions import find_user
from inventory_app.services.people.roster import needs_first_owner
from inventory_app.services.recipes.cost_visibility import sees_costs
from inventory_app.services.views.dashboard import Dashboard, dashboard
from inventory_app.ui.ops import read_now

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def load_dashboard(database: Database) -> Dashboard:
    """Everything the Dashboard shows, read in one short session."""
    return read_now(database, dashboard)


def load_role(database: Database, name: str) -> Role:
    """The role of the person the window opens as (an unknown name is refused on writing)."""

    def role_of(session: Session) -> Role:
        user = find_user(session, name)
        return Role(user.role) if user is not None else Role.OWNER

    return read_now(database, role_of)


def bar_has_pins(database: Database) -> bool:
    """Whether someone must sign in before anything of the bar may show.

    A file that cannot be read counts as having PINs (fail closed): the window stays
    covered, and the first page's own read then meets the fault and reports it.
    """
    try:
        return not read_now(database, needs_first_owner)
    except (InventoryError, SQLAlchemyError):
        return True


def load_sees_costs(database: Database, name: str) -> bool:
    """Whether the person at the window may see costs (services/recipes/cost_visibility.py).

    A file that cannot be read shows no costs (fail closed); it is asked again on the
    next change, page or sign-in.
    """
    try:
        return read_now(database, lambda s: sees_costs(s, name))
    except (InventoryError, SQLAlchemyError):
        return False
