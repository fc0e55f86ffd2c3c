"""The words a person reads for the audit log's codes, which no domain enum holds.

A change's action ('create', 'set_secret') and the kind of thing it changed ('item',
'stock_level') are stored as English codes and stay so: JSON output, filters and files
read back use the code. Where a code becomes text for a person it goes through one of
these functions, which translate it when it is shown (the tables are only marked, never
translated at import). A movement's reason, a status or a state has its label on its
domain enum (`Reason.label`, `Status.label`, `BottleState.label`, ...).
"""

from __future__ import annotations

from inventory_app.domain.catalogue import Reason
from inventory_app.i18n.catalogue import NC_, trc

ACTION = "change action"
ENTITY = "changed thing"

# What a change of the audit log did.
ACTION_WORDS = {
    "create": NC_("change action", "create"),
    "update": NC_("change action", "update"),
    "delete": NC_("change action", "delete"),
    "retire": NC_("change action", "retire"),
    "undo": NC_("change action", "undo"),
    "rebuild": NC_("change action", "rebuild"),
    "set_secret": NC_("change action", "set PIN"),
    "enable": NC_("change action", "enable"),
    "disable": NC_("change action", "disable"),
    "refused": NC_("change action", "refused"),
    "sign_in_failed": NC_("change action", "sign-in failed"),
    "locked": NC_("change action", "locked"),
    "demo_pins": NC_("change action", "demo PINs"),
    "resolve": NC_("change action", "resolve"),
}
# The kinds of things the audit log records changes of; 'stock' is the Kind History gives
# a ledger line beside them.
ENTITY_WORDS = {
    "item": NC_("changed thing", "item"),
    "recipe": NC_("changed thing", "recipe"),
    "level": NC_("changed thing", "level"),
    "stock_level": NC_("changed thing", "stock level"),
    "supplier": NC_("changed thing", "supplier"),
    "location": NC_("changed thing", "location"),
    "setting": NC_("changed thing", "setting"),
    "user": NC_("changed thing", "user"),
    "bottle": NC_("changed thing", "bottle"),
    "permission": NC_("changed thing", "permission"),
    "order": NC_("changed thing", "order"),
    "bar": NC_("changed thing", "bar"),
    "stock": NC_("changed thing", "stock"),
    "unmatched_sale": NC_("changed thing", "unmatched sale"),
    "modifier_rule": NC_("changed thing", "modifier rule"),
    "prep_batch": NC_("changed thing", "prep batch"),
}
_REASONS = frozenset(Reason)


def reason_words(reason: str) -> str:
    """History's Reason column: a movement's reason ('waste' / 'scarto') or a change's action."""
    return Reason(reason).label if reason in _REASONS else action_words(reason)


def action_words(action: str) -> str:
    """'create' -> 'create' / 'creazione'; an unknown code reads with '_' as a space."""
    return _shown(ACTION, ACTION_WORDS, action)


def entity_words(entity: str) -> str:
    """'item' -> 'item' / 'articolo'."""
    return _shown(ENTITY, ENTITY_WORDS, entity)


def _shown(context: str, words: dict[str, str], code: str) -> str:
    code = str(code)
    return trc(context, words[code]) if code in words else code.replace("_", " ")
