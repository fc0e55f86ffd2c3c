"""The reads the window makes before its first page shows, apart from ui/queries.py.

ui/queries.py imports every service (a sixth of a second at start-up); these need only
what the Dashboard and the permissions need. Each is one call of a service
(services/views/window_reads.py, services/views/dashboard.py).
"""

from __future__ import annotations

from inventory_app.db.engine import Database
from inventory_app.domain.permissions import Role
from inventory_app.services.views import window_reads
from inventory_app.services.views.dashboard import Dashboard, dashboard
from inventory_app.ui.ops import read_now


def load_dashboard(database: Database) -> Dashboard:
    """Everything the Dashboard shows, read in one short session."""
    return read_now(database, dashboard)


def load_role(database: Database, name: str) -> Role:
    """The role of the person the window opens as (an unknown name is refused on writing)."""
    return read_now(database, lambda session: window_reads.window_role(session, name))


def bar_has_pins(database: Database) -> bool:
    """Whether someone must sign in first; True when the file cannot be read (fail closed)."""
    return window_reads.bar_has_pins(database)


def load_sees_costs(database: Database, name: str) -> bool:
    """Whether the person at the window may see costs; False when the file cannot be read."""
    return window_reads.may_see_costs(database, name)
