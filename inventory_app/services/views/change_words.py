"""A change of the audit log as a sentence a person reads: 'cost of Campari 1 L: €13.90 → €14.50'.

The log keeps each change's fields as JSON (`audit.plain`); History, `history` and the
timeline workbook show them through `change_sentence`, never as a dump of field names.
"""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from typing import Any

from inventory_app.domain import display
from inventory_app.domain.money import format_money

# Field names as a person says them; a field not named here reads with '_' as a space.
FIELD_WORDS = {
    "cost": "cost",
    "price": "price",
    "par": "par",
    "reorder_at": "reorder point",
    "pack_size": "pack size",
    "supplier_code": "supplier's code",
    "size": "container size",
    "tare_g": "empty weight (g)",
    "full_g": "full weight (g)",
    "shelf_life_days": "shelf life (days)",
    "lead_time_days": "lead time (days)",
    "secret": "PIN",
    "active": "active",
    "value": "value",
}
MONEY_FIELDS = frozenset({"cost", "price", "unit_cost", "minimum_order"})
ACTION_WORDS = {"create": "added", "delete": "removed", "retire": "retired"}


def change_sentence(
    entity: str, label: str, action: str, before: str | None, after: str | None
) -> str:
    """What changed, one clause per field: 'cost of Campari 1 L: €13.90 → €14.50; par …'."""
    old: dict[str, Any] = json.loads(before) if before else {}
    new: dict[str, Any] = json.loads(after) if after else {}
    if action in ACTION_WORDS and not (old and new):
        return f"{ACTION_WORDS[action]} {entity} {label}".strip()
    clauses = [_clause(field, label, old, new) for field in dict.fromkeys([*old, *new])]
    return "; ".join(clauses) if clauses else f"{action} {entity} {label}".strip()


def _clause(field: str, label: str, old: dict[str, Any], new: dict[str, Any]) -> str:
    name = f"{field_words(field)} of {label}" if label else field_words(field)
    if field in old and field in new:
        return f"{name}: {value_words(field, old[field])} → {value_words(field, new[field])}"
    if field in new:
        return f"{name}: {value_words(field, new[field])}"
    return f"{name}: {value_words(field, old[field])} removed"


def field_words(field: str) -> str:
    return FIELD_WORDS.get(field, field.replace("_", " "))


def value_words(field: str, value: Any) -> str:
    """A stored value as it reads: euros for money, numbers without noise, lists counted."""
    if value is None or value == "":
        return "none"
    if isinstance(value, bool):
        return "set" if field == "secret" and value else ("yes" if value else "no")
    if isinstance(value, list | dict):
        return f"{len(value)} line(s)" if isinstance(value, list) else "changed"
    number = _number(value)
    if number is None:
        return str(value)
    return format_money(number) if field in MONEY_FIELDS else display.number_text(number)


def _number(value: Any) -> Decimal | None:
    if isinstance(value, int | float):
        return Decimal(str(value))
    try:
        number = Decimal(value) if isinstance(value, str) and value.strip() else None
    except InvalidOperation:
        return None
    return number if number is not None and number.is_finite() else None
