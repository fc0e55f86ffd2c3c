"""How each kind of record is read and put back when a change to it is undone.

A restorer writes through the same rules as an edit (an item's values are checked
like any save) but records nothing itself: the undo entry is the record.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy.orm import Session

from inventory_app.db.models import Base, Item, Location, Recipe, Supplier, User
from inventory_app.domain.errors import InputError, NotFoundError
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.i18n.catalogue import tr
from inventory_app.services import settings
from inventory_app.services.audit_log.values import read_fields, spec_fields
from inventory_app.services.catalogue import items as catalogue
from inventory_app.services.recipes import editing as recipes
from inventory_app.services.recipes import modifiers as modifier_rules


class Restorer(Protocol):
    def current(self, session: Session, entity_id: str, names: list[str]) -> dict[str, Any]: ...

    def put_back(
        self, session: Session, entity_id: str, values: dict[str, Any], *, author: str
    ) -> None: ...

    def remove(self, session: Session, entity_id: str, *, author: str) -> None: ...


def _get(session: Session, model: type[Base], entity_id: str) -> Any:
    row = session.get(model, int(entity_id))
    if row is None:
        raise NotFoundError(
            tr("the {table} row {id} no longer exists").format(
                table=model.__tablename__, id=entity_id
            )
        )
    return row


class ItemRestorer:
    """Items, and their par and reorder point (entity `level`), as the item dialog sees them."""

    def current(self, session: Session, entity_id: str, names: list[str]) -> dict[str, Any]:
        return spec_fields(catalogue.item_spec(_get(session, Item, entity_id)), names)

    def put_back(
        self, session: Session, entity_id: str, values: dict[str, Any], *, author: str
    ) -> None:
        item = _get(session, Item, entity_id)
        fields = read_fields(ItemSpec, values)
        if "sku" in fields:
            catalogue.set_sku(session, item, fields.pop("sku"))
        cleared = frozenset(name for name, value in fields.items() if value is None)
        catalogue.update_item(session, item, ItemSpec(sku=item.sku, **fields, clear=cleared))

    def remove(self, session: Session, entity_id: str, *, author: str) -> None:
        """An item with a ledger cannot vanish: it is retired, like a disabled user."""
        item = _get(session, Item, entity_id)
        item.active = False
        session.flush()


@dataclass(frozen=True)
class ColumnRestorer:
    """Plain columns of a row found by id: suppliers, locations, users."""

    model: type[Base]

    def current(self, session: Session, entity_id: str, names: list[str]) -> dict[str, Any]:
        row = _get(session, self.model, entity_id)
        return {name: self._value(row, name) for name in names}

    def put_back(
        self, session: Session, entity_id: str, values: dict[str, Any], *, author: str
    ) -> None:
        row = _get(session, self.model, entity_id)
        for name, value in values.items():
            if name == "secret":
                raise InputError(tr("a PIN cannot be put back; set a new one instead"))
            setattr(row, name, value)
        session.flush()

    def remove(self, session: Session, entity_id: str, *, author: str) -> None:
        row = _get(session, self.model, entity_id)
        if not hasattr(row, "active"):
            raise InputError(
                tr("a new {table} row is not taken back by undo").format(
                    table=self.model.__tablename__
                )
            )
        row.active = False
        session.flush()

    @staticmethod
    def _value(row: Any, name: str) -> Any:
        if name == "secret":
            return row.secret_hash is not None
        return getattr(row, name)


class RecipeRestorer:
    def current(self, session: Session, entity_id: str, names: list[str]) -> dict[str, Any]:
        recipe = _get(session, Recipe, entity_id)
        spec = recipes.recipe_spec(session, recipe.id)[0]
        return {n: recipe.active if n == "active" else getattr(spec, n) for n in names}

    def put_back(
        self, session: Session, entity_id: str, values: dict[str, Any], *, author: str
    ) -> None:
        recipe = _get(session, Recipe, entity_id)
        values = dict(values)
        if "active" in values:
            recipe.active = bool(values.pop("active"))
        if values:
            recipes.restore_recipe(session, recipe.id, read_fields(recipes.RecipeSpec, values))
        session.flush()

    def remove(self, session: Session, entity_id: str, *, author: str) -> None:
        recipe = _get(session, Recipe, entity_id)
        recipe.active = False
        session.flush()


class ModifierRuleRestorer:
    """A modifier rule's fields as the audit log keeps them (services/recipes/modifiers.py)."""

    def current(self, session: Session, entity_id: str, names: list[str]) -> dict[str, Any]:
        return modifier_rules.current_fields(session, int(entity_id), names)

    def put_back(
        self, session: Session, entity_id: str, values: dict[str, Any], *, author: str
    ) -> None:
        modifier_rules.restore_rule(session, int(entity_id), values)

    def remove(self, session: Session, entity_id: str, *, author: str) -> None:
        modifier_rules.remove_rule(session, int(entity_id))


class SettingRestorer:
    def current(self, session: Session, entity_id: str, names: list[str]) -> dict[str, Any]:
        return {"value": settings.get_setting(session, entity_id)}

    def put_back(
        self, session: Session, entity_id: str, values: dict[str, Any], *, author: str
    ) -> None:
        settings.store_setting(session, entity_id, values["value"])

    def remove(self, session: Session, entity_id: str, *, author: str) -> None:
        raise InputError(tr("a setting always has a value; change it instead"))


_ITEMS = ItemRestorer()
RESTORERS: dict[str, Restorer] = {
    "item": _ITEMS,
    "level": _ITEMS,
    "supplier": ColumnRestorer(Supplier),
    "location": ColumnRestorer(Location),
    "user": ColumnRestorer(User),
    "recipe": RecipeRestorer(),
    "modifier_rule": ModifierRuleRestorer(),
    "setting": SettingRestorer(),
}


def restorer(entity: str) -> Restorer:
    found = RESTORERS.get(entity)
    if found is None:
        raise InputError(tr("changes to {entity} cannot be undone").format(entity=entity))

    return found
