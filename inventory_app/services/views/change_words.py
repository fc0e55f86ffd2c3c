"""A change of the audit log as a sentence a person reads: 'cost of Campari 1 L: €13.90 → €14.50'.

The log keeps each change's fields as JSON (`audit.plain`); History, `history` and the
timeline workbook show them through `change_sentence`, never as a dump of field names.
"""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from typing import Any

from inventory_app.domain import display
from inventory_app.domain.allergens import labelled, stored_allergens
from inventory_app.domain.money import format_money
from inventory_app.i18n.catalogue import N_, NC_, ntr, tr, trc
from inventory_app.services.recipes.cost_visibility import HIDDEN
from inventory_app.services.support.code_words import entity_words

FIELD = "changed field"
# Field names as a person says them (marked only, translated in `field_words`); a field
# not named here reads with '_' as a space.
FIELD_WORDS = {
    "cost": NC_("changed field", "cost"),
    "price": NC_("changed field", "price"),
    "par": NC_("changed field", "par"),
    "reorder_at": NC_("changed field", "reorder point"),
    "pack_size": NC_("changed field", "pack size"),
    "supplier_code": NC_("changed field", "supplier's code"),
    "size": NC_("changed field", "container size"),
    "tare_g": NC_("changed field", "empty weight (g)"),
    "full_g": NC_("changed field", "full weight (g)"),
    "shelf_life_days": NC_("changed field", "shelf life (days)"),
    "lead_time_days": NC_("changed field", "lead time (days)"),
    "secret": NC_("changed field", "PIN"),
    "active": NC_("changed field", "active"),
    "value": NC_("changed field", "value"),
    "name": NC_("changed field", "name"),
    "sku": NC_("changed field", "SKU"),
    "category": NC_("changed field", "category"),
    "kind": NC_("changed field", "kind"),
    "unit": NC_("changed field", "unit"),
    "location": NC_("changed field", "location"),
    "supplier": NC_("changed field", "supplier"),
    "notes": NC_("changed field", "notes"),
    "lines": NC_("changed field", "lines"),
    "barcodes": NC_("changed field", "barcodes"),
    "allergens": NC_("changed field", "allergens"),
    "tracking": NC_("changed field", "tracking"),
    "role": NC_("changed field", "role"),
    "contact": NC_("changed field", "contact"),
    "walk_order": NC_("changed field", "walk order"),
    "menu_position": NC_("changed field", "menu position"),
    "pos_names": NC_("changed field", "pos names"),
    "yield_sku": NC_("changed field", "yield sku"),
    "yield_quantity": NC_("changed field", "yield quantity"),
    "unit_cost": NC_("changed field", "unit cost"),
    "minimum_order": NC_("changed field", "minimum order"),
    "order_days": NC_("changed field", "order days"),
    "language": NC_("changed field", "language"),  # a supplier's (issue 17)
    "email": NC_("changed field", "email"),
    "phone": NC_("changed field", "phone"),
    "address": NC_("changed field", "address"),
    "vat_number": NC_("changed field", "VAT number"),
}
MONEY_FIELDS = frozenset({"cost", "price", "unit_cost", "minimum_order"})
# A change that made or ended a record, as one clause (marked only).
ACTION_WORDS = {
    "create": N_("added {entity} {label}"),
    "delete": N_("removed {entity} {label}"),
    "retire": N_("retired {entity} {label}"),
}


def change_sentence(
    entity: str, label: str, action: str, before: str | None, after: str | None
) -> str:
    """What changed, one clause per field: 'cost of Campari 1 L: €13.90 → €14.50; par …'."""
    old: dict[str, Any] = json.loads(before) if before else {}
    new: dict[str, Any] = json.loads(after) if after else {}
    if action in ACTION_WORDS and not (old and new):
        words = tr(ACTION_WORDS[action]).format(entity=entity_words(entity), label=label)
        return words.strip()
    clauses = [_clause(field, label, old, new) for field in dict.fromkeys([*old, *new])]
    return "; ".join(clauses) if clauses else f"{action} {entity} {label}".strip()


def _clause(field: str, label: str, old: dict[str, Any], new: dict[str, Any]) -> str:
    words = field_words(field)
    name = tr("{field} of {label}").format(field=words, label=label) if label else words
    if field in old and field in new:
        return f"{name}: {value_words(field, old[field])} → {value_words(field, new[field])}"
    if field in new:
        return f"{name}: {value_words(field, new[field])}"
    return tr("{name}: {value} removed").format(name=name, value=value_words(field, old[field]))


def field_words(field: str) -> str:
    """'reorder_at' -> 'reorder point' / 'punto di riordino'."""
    if field in FIELD_WORDS:
        return trc(FIELD, FIELD_WORDS[field])
    return field.replace("_", " ")


def value_words(field: str, value: Any) -> str:
    """A stored value as it reads: euros for money, numbers without noise, lists counted."""
    if value is None or value == "":
        return tr("none")
    if value == HIDDEN:
        return tr(HIDDEN)
    if isinstance(value, bool):
        if field == "secret" and value:
            return trc("PIN", "set")
        return tr("yes") if value else tr("no")
    if field == "allergens" and isinstance(value, list):  # codes (domain/allergens.py)
        return labelled(stored_allergens("|".join(value))) if value else tr("none")
    if isinstance(value, list):
        return ntr("{count} line", "{count} lines", len(value)).format(count=len(value))
    if isinstance(value, dict):
        return tr("changed")
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
