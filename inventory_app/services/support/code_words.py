"""The words a person reads for the English codes the database keeps.

Reasons, actions, statuses and states are stored as English codes ('waste', 'draft',
'sealed') and stay so: JSON output, filters and files read back use the code. Where a code
becomes text for a person, it goes through one of these functions, which translate it when
it is shown (the tables below are only marked, never translated at import).
"""

from __future__ import annotations

from inventory_app.i18n.catalogue import NC_, trc

REASON = "movement reason"
ACTION = "change action"
ENTITY = "changed thing"
STATUS = "stock status"
ORDER_STATUS = "order status"
BOTTLE_STATE = "bottle state"

# Why stock moved (domain/catalogue.py's Reason).
REASON_WORDS = {
    "receive": NC_("movement reason", "receive"),
    "sale": NC_("movement reason", "sale"),
    "prep_use": NC_("movement reason", "prep use"),
    "prep_make": NC_("movement reason", "prep make"),
    "open": NC_("movement reason", "open"),
    "empty": NC_("movement reason", "empty"),
    "waste": NC_("movement reason", "waste"),
    "breakage": NC_("movement reason", "breakage"),
    "comp": NC_("movement reason", "comp"),
    "correction": NC_("movement reason", "correction"),
    "count": NC_("movement reason", "count"),
    "undo": NC_("movement reason", "undo"),
}
# What a change of the audit log did.
ACTION_WORDS = {
    "create": NC_("change action", "create"),
    "update": NC_("change action", "update"),
    "delete": NC_("change action", "delete"),
    "retire": NC_("change action", "retire"),
    "undo": NC_("change action", "undo"),
    "rebuild": NC_("change action", "rebuild"),
    "set_secret": NC_("change action", "set secret"),
    "enable": NC_("change action", "enable"),
    "disable": NC_("change action", "disable"),
    "refused": NC_("change action", "refused"),
    "sign_in_failed": NC_("change action", "sign in failed"),
    "locked": NC_("change action", "locked"),
}
# The kinds of things the audit log records changes of.
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
    "stock": NC_("changed thing", "stock"),
}
# A stock level against its reorder point (domain/levels.py's Status).
STATUS_WORDS = {
    "ok": NC_("stock status", "ok"),
    "low": NC_("stock status", "low"),
    "out": NC_("stock status", "out"),
}
ORDER_STATUS_WORDS = {
    "draft": NC_("order status", "draft"),
    "sent": NC_("order status", "sent"),
    "received": NC_("order status", "received"),
    "cancelled": NC_("order status", "cancelled"),
}
BOTTLE_STATE_WORDS = {
    "sealed": NC_("bottle state", "sealed"),
    "open": NC_("bottle state", "open"),
    "empty": NC_("bottle state", "empty"),
}


def reason_words(reason: str) -> str:
    """'waste' -> 'waste' / 'scarto'; a change's action when the line is a change."""
    if reason in REASON_WORDS:
        return trc(REASON, REASON_WORDS[reason])
    return action_words(reason)


def action_words(action: str) -> str:
    """'create' -> 'create' / 'creazione'; an unknown code reads with '_' as a space."""
    return _shown(ACTION, ACTION_WORDS, action)


def entity_words(entity: str) -> str:
    """'item' -> 'item' / 'articolo'."""
    return _shown(ENTITY, ENTITY_WORDS, entity)


def status_words(status: str) -> str:
    """'low' -> 'low' / 'sottoscorta'."""
    return _shown(STATUS, STATUS_WORDS, status)


def order_status_words(status: str) -> str:
    """'draft' -> 'draft' / 'bozza'."""
    return _shown(ORDER_STATUS, ORDER_STATUS_WORDS, status)


def bottle_state_words(state: str) -> str:
    """'sealed' -> 'sealed' / 'sigillata'."""
    return _shown(BOTTLE_STATE, BOTTLE_STATE_WORDS, state)


def _shown(context: str, words: dict[str, str], code: str) -> str:
    code = str(code)
    return trc(context, words[code]) if code in words else code.replace("_", " ")
