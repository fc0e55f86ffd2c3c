"""New catalogue items in bulk: the import's rows for SKUs the catalogue does not know yet.

Saving row by row through the ORM looked each SKU up without case (a scan of the whole
items table per row: 194k rows never finished) and flushed six statements per row.
Here every lookup is one query into a dict first (SKUs, suppliers, locations,
barcodes), each row is checked by the same item rules as `save_item` (once, as the file
is read: io/catalogue_file.py hands the checked new item on), and the items,
their levels, barcodes and audit entries go in with one executemany per table: linear
in the rows (tests/bench/bench_catalogue_import.py). The rules are the catalogue's own
(domain/item_rules.py, services/catalogue/items.py item_actions); only the writing is bulk.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from operator import attrgetter
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from inventory_app.db.driver_sql import DriverStatement
from inventory_app.db.models import Barcode, Base, Item, Location, Supplier, utcnow
from inventory_app.domain.allergens import allergen_codes
from inventory_app.domain.errors import InputError
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.domain.permissions import Action
from inventory_app.i18n.catalogue import tr
from inventory_app.services.audit_log.entries import encode
from inventory_app.services.audit_log.values import spec_fields
from inventory_app.services.catalogue.items import item_actions
from inventory_app.services.people.permissions import require

CHUNK = 500  # rows per executemany, and SKUs per IN (...) when their ids are read back
_TEXTS = ("name", "category", "supplier_code", "notes")
_PLAIN = (
    "name", "category", "kind", "unit", "size", "supplier_code", "pack_size", "cost", "par",
    "reorder_at", "tare_g", "full_g", "density", "shelf_life_days", "tracking", "notes",
)  # fmt: skip
_PLAIN_OF = attrgetter(*_PLAIN)
_ENUMS = ("kind", "unit", "tracking")  # stored as their text
# On the driver path (db/driver_sql.py): the values still go through each column's type.
# The columns' Python defaults are not applied there, so every key is given.
_ITEM_KEYS = (*_PLAIN, "allergens", "sku", "supplier_id", "location_id", "active", "version")
_TABLES = Base.metadata.tables
_ITEMS = _TABLES["items"]
_INSERT_ITEMS = DriverStatement(insert(_TABLES["items"]).inline(), keys=_ITEM_KEYS)
_INSERT_LEVELS = DriverStatement(
    insert(_TABLES["stock_levels"]).inline(), keys=("item_id", "on_hand", "open_containers")
)
_INSERT_BARCODES = DriverStatement(insert(_TABLES["barcodes"]).inline(), keys=("item_id", "code"))
_AUDIT_KEYS = ("at", "author", "entity", "entity_id", "label", "action", "before", "after", "note")
_INSERT_AUDIT = DriverStatement(insert(_TABLES["audit_log"]).inline(), keys=_AUDIT_KEYS)


@dataclass(frozen=True)
class NewItem:
    """A checked new row: the item as it will be stored (defaults filled, texts stripped)."""

    row: int
    spec: ItemSpec  # what item_spec() will read back: the audit entry's `after`


class KnownSkus:
    """Every SKU on file, exact and without case, as `item_by_sku` finds them: one query."""

    def __init__(self, session: Session) -> None:
        self.exact: dict[str, int] = {}
        self.folded: dict[str, int] = {}
        for item_id, sku in session.execute(select(Item.id, Item.sku).order_by(Item.id)):
            self.exact[sku] = item_id
            self.folded.setdefault(sku.lower(), item_id)

    def find(self, sku: str) -> int | None:
        sku = sku.strip()
        found = self.exact.get(sku)
        return found if found is not None else self.folded.get(sku.lower())


class _Names:
    """Suppliers or locations by name without case; new names get ids when written."""

    def __init__(self, session: Session, model: type[Supplier] | type[Location]) -> None:
        self.model = model
        rows = session.execute(select(model.id, model.name).order_by(model.id))
        self.known: dict[str, tuple[int | None, str]] = {}
        for key, name in rows:
            self.known.setdefault(name.lower(), (key, name))
        self.new: list[str] = []

    def stored_name(self, name: str | None) -> str:
        """The name the item will show ('' for none); a new one is remembered to create."""
        name = (name or "").strip()
        if not name:
            return ""
        found = self.known.get(name.lower())
        if found is None:
            self.new.append(name)
            found = self.known[name.lower()] = (None, name)
        return found[1]

    def write_new(self, session: Session) -> None:
        if not self.new:
            return
        rows: list[dict[str, Any]] = [{"name": name} for name in self.new]
        if self.model is Location:  # created at the end of the walking order, in file order
            last = session.scalar(select(func.max(Location.walk_order))) or 0
            for step, row in enumerate(rows, start=1):
                row["walk_order"] = last + 10 * step
        table: Table = _TABLES[self.model.__tablename__]
        made = session.execute(
            insert(table).returning(table.c.id, sort_by_parameter_order=True), rows
        )
        for name, (key,) in zip(self.new, made, strict=True):
            self.known[name.lower()] = (key, name)
        self.new.clear()

    def id_of(self, name: str) -> int | None:
        return self.known[name.lower()][0] if name else None


# What item_actions can ask of a new item: a spec giving every field asks all of it.
_EVERY_ACTION = frozenset(
    item_actions(None, ItemSpec(sku="-", cost=Decimal(0), par=Decimal(0), reorder_at=Decimal(0)))
)


class NewItems:
    """Checks the new rows one by one (errors keep their row), then writes them all.

    Made once the known rows are saved: the barcodes and names it looks up are the
    catalogue as those rows left it.
    """

    def __init__(self, session: Session, *, author: str) -> None:
        self._session = session
        self._author = author
        self._suppliers = _Names(session, Supplier)
        self._locations = _Names(session, Location)
        owners = select(Barcode.code, Item.sku).join(Item, Barcode.item_id == Item.id)
        self._barcodes: dict[str, str] = {code: sku for code, sku in session.execute(owners)}
        self._actions: set[Action] = set()
        self.items: list[NewItem] = []

    def add(self, row: int, spec: ItemSpec, new_item: ItemSpec | None) -> None:
        """One new row; InputError names the column.

        `new_item` is the row with a new item's defaults filled, as the file reader made
        it and held it to every item rule (io/catalogue_file.py: the rules run once per
        row); None when the row has no name. What is left to check here needs the
        catalogue: barcodes that belong to another item.
        """
        if spec.name is None or new_item is None:
            raise InputError(
                tr("expected a name: SKU {sku} is new to the catalogue").format(sku=repr(spec.sku)),
                column="name",
            )
        merged = new_item
        codes = tuple(dict.fromkeys(filter(None, map(str.strip, merged.barcodes or ()))))
        for code in codes:
            owner = self._barcodes.get(code)
            if owner is not None:
                raise InputError(
                    tr("barcode {code} already belongs to {owner}").format(code=code, owner=owner),
                    column="barcode",
                )

        # The fields as they are, with these changed (dataclasses.replace, without its
        # per-field bookkeeping: a 20,000-row file makes 20,000 of these).
        stored = ItemSpec(
            **{
                **vars(merged),
                **{k: getattr(merged, k).strip() for k in _TEXTS},
                "sku": merged.sku.strip(),
                "supplier": self._suppliers.stored_name(merged.supplier),
                "location": self._locations.stored_name(merged.location),
                "barcodes": codes,
            }
        )
        for code in codes:
            self._barcodes[code] = stored.sku
        if self._actions != _EVERY_ACTION:  # the union can grow no further once it is all
            self._actions.update(item_actions(None, spec))
        self.items.append(NewItem(row, stored))

    def write(self) -> dict[int, tuple[int, Decimal]]:
        """Insert every checked item; row -> (item id, container size)."""
        for action in sorted(self._actions):
            require(self._session, self._author, action)
        self._suppliers.write_new(self._session)
        self._locations.write_new(self._session)
        found: dict[int, tuple[int, Decimal]] = {}
        for start in range(0, len(self.items), CHUNK):
            chunk = self.items[start : start + CHUNK]
            for new, item_id in zip(chunk, self._insert_items(chunk), strict=True):
                found[new.row] = (item_id, new.spec.size or Decimal(0))
            ids = [found[new.row][0] for new in chunk]
            self._insert_rest(chunk, ids)
        return found

    def _insert_items(self, chunk: list[NewItem]) -> list[int]:
        """The chunk's items, then their ids read back by SKU (unique) in one query."""
        connection = self._session.connection()
        values = zip(*map(_PLAIN_OF, (new.spec for new in chunk)), strict=True)
        columns: dict[str, list[Any]] = dict(zip(_PLAIN, map(list, values), strict=True))
        for name in _ENUMS:
            columns[name] = [_value(v) for v in columns[name]]
        columns["allergens"] = [allergen_codes(new.spec.allergens or ()) for new in chunk]
        columns["sku"] = skus = [new.spec.sku for new in chunk]
        columns["supplier_id"] = [self._suppliers.id_of(new.spec.supplier or "") for new in chunk]
        columns["location_id"] = [self._locations.id_of(new.spec.location or "") for new in chunk]
        columns["active"] = [True] * len(chunk)
        columns["version"] = [1] * len(chunk)
        _INSERT_ITEMS.execute_columns(connection, columns)
        query = select(_ITEMS.c.sku, _ITEMS.c.id).where(_ITEMS.c.sku.in_(skus))
        ids = {sku: item_id for sku, item_id in connection.execute(query)}  # Core: no ORM rows
        return [ids[sku] for sku in skus]

    def _insert_rest(self, chunk: list[NewItem], ids: list[int]) -> None:
        """Each item's level (zero: its count comes after), barcodes and `create` entry."""
        connection = self._session.connection()
        count = len(ids)
        _INSERT_LEVELS.execute_columns(
            connection,
            {"item_id": ids, "on_hand": [Decimal(0)] * count, "open_containers": [0] * count},
        )
        codes = [
            (item_id, code)
            for new, item_id in zip(chunk, ids, strict=True)
            for code in new.spec.barcodes or ()
        ]
        if codes:
            owners, values = zip(*codes, strict=True)
            _INSERT_BARCODES.execute_columns(connection, {"item_id": owners, "code": values})
        now = utcnow()
        _INSERT_AUDIT.execute_columns(
            connection,
            {
                "at": [now] * count, "author": [self._author] * count, "entity": ["item"] * count,
                "entity_id": [str(i) for i in ids],
                "label": [f"{new.spec.sku} {new.spec.name}"[:200] for new in chunk],
                "action": ["create"] * count,
                "before": [None] * count,
                "after": [encode(spec_fields(new.spec)) for new in chunk],
                "note": [""] * count,
            },
        )  # fmt: skip


def _value(value: Any) -> Any:
    """Enums as their stored text."""
    return getattr(value, "value", value)
