"""Words the pages show for values stored in the database (a movement's reason).

The stored value stays English and machine-like ('prep_use'); a person reads its label in
the current language ('prep use', 'uso in preparazione'). Marked here, translated where
shown, so a label never freezes in the language of import time.
"""

from __future__ import annotations

from inventory_app.i18n.catalogue import NC_, trc

REASON = "movement reason"
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
    # what a change to the catalogue, the people or the settings did (the audit log)
    "create": NC_("movement reason", "create"),
    "update": NC_("movement reason", "update"),
    "delete": NC_("movement reason", "delete"),
    "rebuild": NC_("movement reason", "rebuild"),
    "refused": NC_("movement reason", "refused"),
    "set_secret": NC_("movement reason", "set PIN"),
    "disable": NC_("movement reason", "disable"),
    "enable": NC_("movement reason", "enable"),
    "demo_pins": NC_("movement reason", "demo pins"),
}
ENTITY = "changed thing"
ENTITY_WORDS = {
    "bar": NC_("changed thing", "bar"),
    "bottle": NC_("changed thing", "bottle"),
    "item": NC_("changed thing", "item"),
    "level": NC_("changed thing", "level"),
    "location": NC_("changed thing", "location"),
    "permission": NC_("changed thing", "permission"),
    "recipe": NC_("changed thing", "recipe"),
    "setting": NC_("changed thing", "setting"),
    "stock_level": NC_("changed thing", "stock level"),
    "supplier": NC_("changed thing", "supplier"),
    "user": NC_("changed thing", "user"),
}


def reason_word(value: str) -> str:
    """'waste' -> 'waste' / 'scarto'; a reason this list does not know reads as stored."""
    word = REASON_WORDS.get(value)
    return trc(REASON, word) if word is not None else value.replace("_", " ")


def entity_word(value: str) -> str:
    """What the audit log saw changed: 'recipe' / 'ricetta'."""
    word = ENTITY_WORDS.get(value)
    return trc(ENTITY, word) if word is not None else value.replace("_", " ")


STOCK = "stock status"
STATUS_WORDS = {
    "out": NC_("stock status", "Out"),
    "low": NC_("stock status", "Low"),
    "ok": NC_("stock status", "Ok"),
}
ORDER = "order status"
ORDER_STATUS_WORDS = {
    "draft": NC_("order status", "Draft"),
    "sent": NC_("order status", "Sent"),
    "received": NC_("order status", "Received"),
    "cancelled": NC_("order status", "Cancelled"),
}
BOTTLE = "bottle state"
BOTTLE_STATE_WORDS = {
    "sealed": NC_("bottle state", "Sealed"),
    "open": NC_("bottle state", "Open"),
    "empty": NC_("bottle state", "Empty"),
}


def status_word(status: str) -> str:
    """An item's stock status as a heading word: 'Out' / 'Esaurito'."""
    return _word(STATUS_WORDS, STOCK, status)


def order_status_word(status: str) -> str:
    """'Draft' / 'Bozza'."""
    return _word(ORDER_STATUS_WORDS, ORDER, status)


def bottle_state_word(state: str) -> str:
    """'Sealed' / 'Sigillata'."""
    return _word(BOTTLE_STATE_WORDS, BOTTLE, state)


def _word(words: dict[str, str], context: str, value: str) -> str:
    word = words.get(value)
    return trc(context, word) if word is not None else value.capitalize()
