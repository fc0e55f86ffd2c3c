"""Who may do what: the one table of roles and guarded actions.

A bartender works the evening (sells, opens and finishes bottles, logs waste, makes
preps, counts, undoes their own slips); the owner also decides what things cost, what
the catalogue, recipes and levels are, which orders go out and what a count settles.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from inventory_app.i18n.catalogue import NC_, tr, trc


class Role(StrEnum):
    OWNER = "owner"
    BARTENDER = "bartender"

    @property
    def label(self) -> str:
        """The role as a person reads it ('owner', 'titolare'); the value is stored."""
        return trc("role", _ROLE_LABELS[self])


_ROLE_LABELS = {Role.OWNER: NC_("role", "owner"), Role.BARTENDER: NC_("role", "bartender")}


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


# What a refusal says: "Only the owner may <phrase> (...)". Marked with NC_ and translated
# where shown (`action_phrase`): in Italian each is an infinitive after "può" ("vendere").
PHRASES: dict[Action, str] = {
    Action.SELL: NC_("only the owner may", "sell"),
    Action.OPEN_BOTTLE: NC_("only the owner may", "open bottles"),
    Action.FINISH_BOTTLE: NC_("only the owner may", "finish bottles"),
    Action.WASTE: NC_("only the owner may", "log waste"),
    Action.MAKE_PREP: NC_("only the owner may", "make preps"),
    Action.COUNT_LINE: NC_("only the owner may", "enter count lines"),
    Action.IMPORT_SALES: NC_("only the owner may", "import sales"),
    Action.UNDO_OWN: NC_("only the owner may", "undo their own actions"),
    Action.ADD_BOTTLE: NC_("only the owner may", "add bottles"),
    Action.CORRECTION: NC_("only the owner may", "correct stock"),
    Action.EDIT_ITEMS: NC_("only the owner may", "edit items"),
    Action.EDIT_COSTS: NC_("only the owner may", "change costs"),
    Action.EDIT_RECIPES: NC_("only the owner may", "edit recipes"),
    Action.EDIT_LEVELS: NC_("only the owner may", "change par and reorder points"),
    Action.FINALISE_COUNT: NC_("only the owner may", "finalise counts"),
    Action.CREATE_ORDER: NC_("only the owner may", "create or change orders"),
    Action.SEND_ORDER: NC_("only the owner may", "send orders"),
    Action.RECEIVE_ORDER: NC_("only the owner may", "receive orders"),
    Action.UNDO_OTHERS: NC_(
        "only the owner may", "undo someone else's action or one from an earlier shift"
    ),
    Action.MANAGE_USERS: NC_("only the owner may", "manage users"),
    Action.EDIT_SETTINGS: NC_("only the owner may", "change settings"),
    Action.RESTORE_BACKUP: NC_("only the owner may", "restore backups"),
    Action.IMPORT_CATALOGUE: NC_("only the owner may", "import the catalogue"),
    Action.IMPORT_RECIPES: NC_("only the owner may", "import recipes"),
    Action.TRANSFER: NC_("only the owner may", "transfer the whole bar to another database"),
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


def action_phrase(action: Action) -> str:
    """What the action is, as the end of "Only the owner may ..." in the current language."""
    return trc("only the owner may", PHRASES[action])


def refusal(name: str, role: Role, action: Action) -> str:
    """The message a refused person reads, the same in the window and the CLI."""
    return tr("Only the owner may {action} (you are signed in as {name}, {role}).").format(
        action=action_phrase(action), name=name, role=role.label
    )
