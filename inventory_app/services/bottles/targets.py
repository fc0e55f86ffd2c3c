"""What a scanned or typed code names: an item, or one bottle of a serial item."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.models import Bottle, Item
from inventory_app.domain.bottle_states import Opening
from inventory_app.domain.errors import InputError, NotFoundError
from inventory_app.domain.numbers import is_whole_number
from inventory_app.i18n.catalogue import tr
from inventory_app.services.catalogue.items import find_item

# "#12" and "bottle:12" always mean a bottle id; a bare number only when no SKU matches.
_BOTTLE_ID = re.compile(r"^(?:#|bottle:)\s*(\d+)$", re.IGNORECASE | re.ASCII)


@dataclass(frozen=True)
class Target:
    item: Item
    bottle: Bottle | None


class BottleChoiceError(InputError):
    """Several bottles could be meant: the caller asks which (the choices are kept)."""

    def __init__(self, item: Item, action: Opening, choices: list[Bottle]) -> None:
        self.choices = [(b.id, bottle_name(b)) for b in choices]
        listed = "; ".join(name for _, name in self.choices)
        if action == Opening.OPEN:
            text = tr(
                "{sku} has {count} bottles you could open: {listed}; choose one with --bottle ID"
            )
        else:
            text = tr(
                "{sku} has {count} bottles you could finish: {listed}; choose one with --bottle ID"
            )
        super().__init__(text.format(sku=item.sku, count=len(choices), listed=listed))


def bottle_name(bottle: Bottle) -> str:
    """'#12 Cask 1234, bottle 56/300' : the id first, as people say it and type it back."""
    return f"#{bottle.id} {bottle.label}"


def find_target(session: Session, code: str, *, bottle_id: int | None = None) -> Target:
    """The item or bottle a barcode, SKU or bottle id names; `bottle_id` picks a bottle."""
    target = _by_code(session, code.strip())
    if bottle_id is None:
        return target
    bottle = _bottle(session, bottle_id)
    if bottle.item_id != target.item.id:
        raise InputError(
            tr("bottle #{id} is not a bottle of {sku}").format(id=bottle_id, sku=target.item.sku)
        )
    if target.bottle is not None and target.bottle.id != bottle_id:
        raise InputError(
            tr("{code} is bottle #{id}, not #{chosen}").format(
                code=repr(code.strip()), id=target.bottle.id, chosen=bottle_id
            )
        )
    return Target(target.item, bottle)


def _by_code(session: Session, code: str) -> Target:
    match = _BOTTLE_ID.match(code)
    if match:
        return _bottle_target(session, int(match.group(1)))
    bottle = session.scalar(select(Bottle).where(Bottle.barcode == code))
    if bottle is not None:
        return Target(bottle.item, bottle)
    try:
        return Target(find_item(session, code), None)
    except NotFoundError:
        if is_whole_number(code) and len(code) < 8:  # short numbers are ids, long ones barcodes
            return _bottle_target(session, int(code))
        raise NotFoundError(
            tr("no item or bottle with barcode, SKU or id {code}").format(code=repr(code))
        ) from None


def _bottle_target(session: Session, bottle_id: int) -> Target:
    bottle = _bottle(session, bottle_id)
    return Target(bottle.item, bottle)


def _bottle(session: Session, bottle_id: int) -> Bottle:
    bottle = session.get(Bottle, bottle_id)
    if bottle is None:
        raise NotFoundError(tr("no bottle #{id}").format(id=bottle_id))

    return bottle
