"""What was poured into one drink, named by SKU and amount: the one rule for reading and
deducting pours, shared by an unmatched sale resolved to its pours and a bespoke drink.

A pour is (SKU, amount, unit) in any unit the recipes use (ml, cl, oz, dash, barspoon,
drop, g, pcs); it is turned into the item's base unit with the bar's own measure sizes,
and the same item poured twice is one deduction of the sum.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from inventory_app.domain.catalogue import Reason, Tracking
from inventory_app.domain.errors import InputError, NotFoundError
from inventory_app.domain.units import BaseUnit, Unit, parse_quantity, to_base
from inventory_app.i18n.catalogue import tr
from inventory_app.services.bottles.draws import BottlePicker
from inventory_app.services.catalogue.items import item_by_sku
from inventory_app.services.ledger.movements import NewMovement, lock_levels, record_movements
from inventory_app.services.settings import measure_sizes

PourSpec = tuple[str, Decimal, str]  # SKU, amount per drink, unit (a Unit's value)


def parse_pour(text: str) -> PourSpec:
    """'GIN-1=50ml' as SKU, amount and unit; the amount is per drink and above zero."""
    sku, sep, quantity = text.partition("=")
    if not sep or not sku.strip() or not quantity.strip():
        raise InputError(
            tr("expected SKU=QTY such as GIN-1=50ml, got {text}").format(text=repr(text))
        )
    amount, unit = parse_quantity(quantity)
    check_amount(amount, quantity.strip())
    return sku.strip(), amount, unit.value


def check_amount(amount: Decimal, shown: str) -> None:
    """A pour takes something: zero or less is a mistake, not a drink."""
    if amount <= 0:
        raise InputError(tr("a pour must be above zero, got {text}").format(text=repr(shown)))


class PerDrink:
    """The pours of one drink in base units, per item; SKUs as the catalogue spells them."""

    def __init__(self, session: Session, pours: list[PourSpec]) -> None:
        if not pours:
            raise InputError(tr("name at least one pour, as SKU=QTY"))
        sizes = measure_sizes(session)
        self.amounts: dict[int, Decimal] = {}
        self.skus: list[tuple[str, Decimal]] = []  # (SKU, base amount) in the order poured
        self.serial: set[int] = set()
        self._sku_by_id: dict[int, str] = {}
        for sku, amount, unit in pours:
            check_amount(amount, str(amount))
            item = item_by_sku(session, sku)
            if item is None:
                raise NotFoundError(tr("no item with SKU {sku}").format(sku=repr(sku)))
            base = to_base(amount, Unit(unit), BaseUnit(item.unit), sizes)
            self.amounts[item.id] = self.amounts.get(item.id, Decimal(0)) + base
            self.skus.append((item.sku, base))
            self._sku_by_id[item.id] = item.sku
            if item.tracking == Tracking.SERIAL.value:
                self.serial.add(item.id)

    def deduct(
        self, session: Session, *, drinks: Decimal, reference: str, at: datetime, author: str
    ) -> list[NewMovement]:
        """A `sale` movement per item for `drinks` drinks, in lock order; the ones written."""
        ids = sorted(self.amounts)
        lock_levels(session, ids)
        picker = BottlePicker(session, serial=self.serial)
        movements = [
            NewMovement(
                item_id, -self.amounts[item_id] * drinks, Reason.SALE, reference, "", at,
                picker.bottle_for(item_id),
            )
            for item_id in ids
        ]  # fmt: skip
        record_movements(session, movements, author=author)
        return movements

    def unassigned(self, movements: list[NewMovement]) -> tuple[str, ...]:
        """Serial SKUs poured with none of their bottles open (services/bottles/draws.py)."""
        return tuple(
            self._sku_by_id[m.item_id]
            for m in movements
            if m.item_id in self.serial and m.bottle_id is None
        )
