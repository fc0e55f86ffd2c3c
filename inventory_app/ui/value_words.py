"""The words a person reads for values the database stores: reasons, states, kinds, roles.

A stored value stays English (it is data: the ledger, the CLI's JSON, a filter's key); only
its label is translated, where it is shown. Each table is marked with `NC_` (the same short
English word means different things: an 'open' bottle, an 'open' reason) and looked up
when asked. A value no table knows (a newer program's) shows as stored, `_` as a space.
"""

from __future__ import annotations

from inventory_app.i18n.catalogue import NC_, trc

REASON = "ledger reason"
REASONS = {
    # a movement's reason
    "receive": NC_("ledger reason", "receive"),
    "sale": NC_("ledger reason", "sale"),
    "prep_use": NC_("ledger reason", "prep use"),
    "prep_make": NC_("ledger reason", "prep make"),
    "open": NC_("ledger reason", "open"),
    "empty": NC_("ledger reason", "empty"),
    "waste": NC_("ledger reason", "waste"),
    "breakage": NC_("ledger reason", "breakage"),
    "comp": NC_("ledger reason", "comp"),
    "correction": NC_("ledger reason", "correction"),
    "count": NC_("ledger reason", "count"),
    "undo": NC_("ledger reason", "undo"),
    # a change's action (the History page shows both in one column)
    "create": NC_("ledger reason", "create"),
    "update": NC_("ledger reason", "update"),
    "edited": NC_("ledger reason", "edited"),
    "rebuild": NC_("ledger reason", "rebuild"),
    "sent": NC_("ledger reason", "sent"),
    "received": NC_("ledger reason", "received"),
    "cancelled": NC_("ledger reason", "cancelled"),
    "refused": NC_("ledger reason", "refused"),
    "checked": NC_("ledger reason", "checked"),
    "shown": NC_("ledger reason", "shown"),
    "set_secret": NC_("ledger reason", "set PIN"),
    "enable": NC_("ledger reason", "enable"),
    "disable": NC_("ledger reason", "disable"),
    "sign_in_failed": NC_("ledger reason", "sign-in failed"),
    "locked": NC_("ledger reason", "locked"),
    "demo_pins": NC_("ledger reason", "demo PINs"),
}

ENTITY = "changed thing"
ENTITIES = {
    "item": NC_("changed thing", "item"),
    "recipe": NC_("changed thing", "recipe"),
    "user": NC_("changed thing", "user"),
    "supplier": NC_("changed thing", "supplier"),
    "setting": NC_("changed thing", "setting"),
    "location": NC_("changed thing", "location"),
    "level": NC_("changed thing", "level"),
    "stock_level": NC_("changed thing", "stock level"),
    "bottle": NC_("changed thing", "bottle"),
    "permission": NC_("changed thing", "permission"),
    "order": NC_("changed thing", "order"),
    "count": NC_("changed thing", "count"),
    "sale": NC_("changed thing", "sale"),
    "backup": NC_("changed thing", "backup"),
    "bar": NC_("changed thing", "bar"),
}
STOCK_KIND = NC_("changed thing", "stock")  # the History page's Kind of a ledger line

BOTTLE_STATE = "bottle state"
BOTTLE_STATES = {
    "sealed": NC_("bottle state", "sealed"),
    "open": NC_("bottle state", "open"),
    "empty": NC_("bottle state", "empty"),
}

OPENING = "opening log"
OPENINGS = {"open": NC_("opening log", "opened"), "empty": NC_("opening log", "finished")}

RECIPE_KIND = "recipe kind"
RECIPE_KINDS = {"cocktail": NC_("recipe kind", "cocktail"), "prep": NC_("recipe kind", "prep")}

CHANNEL = "sales channel"
CHANNELS = {
    "takeaway": NC_("sales channel", "takeaway"),
    "speakeasy": NC_("sales channel", "speakeasy"),
}

SALE_KIND = "sale kind"
SALE_KINDS = {
    "sale": NC_("sale kind", "sale"),
    "refund": NC_("sale kind", "refund"),
    "void": NC_("sale kind", "void"),
}

ORDER_STATUS = "order status"
ORDER_STATUSES = {
    "draft": NC_("order status", "Draft"),
    "sent": NC_("order status", "Sent"),
    "received": NC_("order status", "Received"),
    "cancelled": NC_("order status", "Cancelled"),
}

BAND = "variance band"
BANDS = {
    "healthy": NC_("variance band", "healthy"),
    "improve": NC_("variance band", "improve"),
    "leak": NC_("variance band", "leak"),
    "bleeding": NC_("variance band", "bleeding"),
}

ROLE = "role"
ROLES = {"owner": NC_("role", "owner"), "bartender": NC_("role", "bartender")}

STOCK_STATUS = "stock status"
STOCK_STATUSES = {
    "out": NC_("stock status", "out"),
    "low": NC_("stock status", "low"),
    "ok": NC_("stock status", "ok"),
}

UNITS = {"pcs": NC_("unit shown", "pcs")}  # ml and g read the same in every language

BACKUP_REASONS = {
    "daily": NC_("backup reason", "daily"),
    "manual": NC_("backup reason", "manual"),
    "before-migration": NC_("backup reason", "before-migration"),
    "before-restore": NC_("backup reason", "before-restore"),
}


def _word(context: str, words: dict[str, str], value: str) -> str:
    english = words.get(value)
    return trc(context, english) if english is not None else value.replace("_", " ")


def reason_word(reason: str) -> str:
    """'waste' -> 'scarto'; a change's action too ('update' -> 'modifica')."""
    return _word(REASON, REASONS, reason)


def entity_word(entity: str) -> str:
    """What a change changed: 'item' -> 'articolo'."""
    return _word(ENTITY, ENTITIES, entity)


def stock_kind_word() -> str:
    """The Kind of a ledger line beside the changes: 'stock' -> 'giacenza'."""
    return trc(ENTITY, STOCK_KIND)


def bottle_state_word(state: str) -> str:
    """'sealed' -> 'sigillata'."""
    return _word(BOTTLE_STATE, BOTTLE_STATES, state)


def opening_word(action: str) -> str:
    """What the opening log says was done: 'open' -> 'opened' ('aperta')."""
    return _word(OPENING, OPENINGS, action)


def recipe_kind_word(kind: str) -> str:
    """'prep' -> 'preparazione'."""
    return _word(RECIPE_KIND, RECIPE_KINDS, kind)


def channel_word(channel: str) -> str:
    """'takeaway' -> 'asporto'."""
    return _word(CHANNEL, CHANNELS, channel)


def sale_kind_word(kind: str) -> str:
    """'refund' -> 'rimborso'."""
    return _word(SALE_KIND, SALE_KINDS, kind)


def order_status_word(status: str) -> str:
    """'draft' -> 'Draft' ('Bozza'): a status stands alone in its column, capitalised."""
    return _word(ORDER_STATUS, ORDER_STATUSES, status)


def band_word(band: str) -> str:
    """A variance band: 'leak' -> 'perdita'."""
    return _word(BAND, BANDS, band)


def role_word(role: str) -> str:
    """'owner' -> 'titolare'."""
    return _word(ROLE, ROLES, role)


def stock_status_word(status: str) -> str:
    """'low' -> 'sottoscorta'."""
    return _word(STOCK_STATUS, STOCK_STATUSES, status)


def backup_reason_word(reason: str) -> str:
    """Why a backup was taken: 'daily' -> 'giornaliero'."""
    return _word("backup reason", BACKUP_REASONS, reason)


def unit_word(unit: str) -> str:
    """A base unit as a reader sees it alone in a column: 'pcs' -> 'pz'; ml, g unchanged."""
    return _word("unit shown", UNITS, unit)
