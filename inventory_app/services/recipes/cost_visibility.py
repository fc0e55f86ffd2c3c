"""Who sees what things cost: the owner always, a bartender only if the owner allows it.

Costs, margins, pour cost % and stock values are the owner's business unless the bar's
setting `bartenders_see_costs` is `yes`. The window asks this once per person and hides
those columns and fields; the one rule lives here.
"""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from inventory_app.domain.permissions import Role
from inventory_app.i18n.catalogue import N_
from inventory_app.services.people.permissions import find_user
from inventory_app.services.settings import BARTENDERS_SEE_COSTS, get_setting

# What an audit entry may record that is money the owner keeps (an item's cost per
# container, an order line's ordered and paid price): History hides these values.
COST_FIELDS = frozenset({"cost", "unit_cost", "received_cost"})
HIDDEN = N_("(hidden)")  # stored in place of a cost; translated where shown


def role_sees_costs(role: Role, bartenders_see_costs: bool) -> bool:
    """The rule itself: an owner sees costs; a bartender when the bar says so."""
    return role == Role.OWNER or bartenders_see_costs


def sees_costs(session: Session, name: str) -> bool:
    """Whether this person may see costs (an unknown or inactive name sees none)."""
    user = find_user(session, name)
    if user is None or not user.active:
        return False
    allowed = get_setting(session, BARTENDERS_SEE_COSTS) == "yes"
    return role_sees_costs(Role(user.role), allowed)


def without_costs(recorded: str | None) -> str | None:
    """An audit entry's values (JSON) with every cost replaced by "(hidden)"."""
    if not recorded:
        return recorded
    values = json.loads(recorded)
    if not isinstance(values, dict):
        return recorded
    return json.dumps({k: HIDDEN if k in COST_FIELDS else v for k, v in values.items()})
