"""Who may do what: the one table of roles and guarded actions.

A bartender works the evening (sells, opens and finishes bottles, logs waste, makes
preps, counts, undoes their own slips); the owner also decides what things cost, what
the catalogue, recipes and levels are, which orders go out and what a count settles.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    OWNER = "owner"
    BARTENDER = "bartender"


class Action(StrEnum):
    """One guarded capability; services call `require(session, author, action)` with it."""

    SELL = "sell"
    OPEN_BOTTLE = "open_bottle"
    FINISH_BOTTLE = "finish_bottle"
    WASTE = "waste"  # waste, breakage, comp: stock that left the bar
    MAKE_PREP = "make_prep"
    COUNT_LINE = "count_line"  # start a count, enter or clear its lines
    IMPORT_SALES = "import_sales"
    UNDO_OWN = "undo_own"  # one's own movement, within the shift
    ADD_BOTTLE = "add_bottle"
    CORRECTION = "correction"
    EDIT_ITEMS = "edit_items"
    EDIT_COSTS = "edit_costs"
    EDIT_RECIPES = "edit_recipes"
    EDIT_LEVELS = "edit_levels"
    FINALISE_COUNT = "finalise_count"
    CREATE_ORDER = "create_order"
    SEND_ORDER = "send_order"
    RECEIVE_ORDER = "receive_order"
    UNDO_OTHERS = "undo_others"  # someone else's movement or change, or one past the shift
    MANAGE_USERS = "manage_users"
    EDIT_SETTINGS = "edit_settings"
    RESTORE_BACKUP = "restore_backup"
    IMPORT_CATALOGUE = "import_catalogue"
    IMPORT_RECIPES = "import_recipes"
    TRANSFER = "transfer"  # copy the whole bar, PIN hashes included, to another database


# What a refusal says: "Only the owner may <phrase> (...)".
PHRASES: dict[Action, str] = {
    Action.SELL: "sell",
    Action.OPEN_BOTTLE: "open bottles",
    Action.FINISH_BOTTLE: "finish bottles",
    Action.WASTE: "log waste",
    Action.MAKE_PREP: "make preps",
    Action.COUNT_LINE: "enter count lines",
    Action.IMPORT_SALES: "import sales",
    Action.UNDO_OWN: "undo their own actions",
    Action.ADD_BOTTLE: "add bottles",
    Action.CORRECTION: "correct stock",
    Action.EDIT_ITEMS: "edit items",
    Action.EDIT_COSTS: "change costs",
    Action.EDIT_RECIPES: "edit recipes",
    Action.EDIT_LEVELS: "change par and reorder points",
    Action.FINALISE_COUNT: "finalise counts",
    Action.CREATE_ORDER: "create or change orders",
    Action.SEND_ORDER: "send orders",
    Action.RECEIVE_ORDER: "receive orders",
    Action.UNDO_OTHERS: "undo someone else's action or one from an earlier shift",
    Action.MANAGE_USERS: "manage users",
    Action.EDIT_SETTINGS: "change settings",
    Action.RESTORE_BACKUP: "restore backups",
    Action.IMPORT_CATALOGUE: "import the catalogue",
    Action.IMPORT_RECIPES: "import recipes",
    Action.TRANSFER: "transfer the whole bar to another database",
}

BARTENDER_ACTIONS = frozenset(
    {
        Action.SELL,
        Action.OPEN_BOTTLE,
        Action.FINISH_BOTTLE,
        Action.WASTE,
        Action.MAKE_PREP,
        Action.COUNT_LINE,
        Action.IMPORT_SALES,
        Action.UNDO_OWN,
    }
)


@dataclass(frozen=True)
class Actor:
    """Someone signed in: the name every change is recorded under, and their role."""

    name: str
    role: Role


def allowed(role: Role, action: Action) -> bool:
    """The owner may do everything; a bartender only the work of an evening."""
    return role == Role.OWNER or action in BARTENDER_ACTIONS


def refusal(name: str, role: Role, action: Action) -> str:
    """The message a refused person reads, the same in the window and the CLI."""
    return f"Only the owner may {PHRASES[action]} (you are signed in as {name}, {role.value})."
