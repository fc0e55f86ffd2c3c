"""Catalogue: create, update, conflicts, barcodes, suppliers and locations."""

from __future__ import annotations

from decimal import Decimal

import pytest

from inventory_app.db.engine import Database
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.errors import ConflictError, InputError, NotFoundError
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.domain.levels import Status
from inventory_app.domain.units import BaseUnit
from inventory_app.services.catalogue import items as catalogue
from inventory_app.services.ledger import movements as stock
from inventory_app.services.views.stock import Order, stock_rows
from tests.conftest import make_item

D = Decimal


def test_create_applies_defaults_and_creates_level(db: Database) -> None:
    with db.transaction() as s:
        item = catalogue.save_item(
            s, ItemSpec(sku="CUP-12", name="Cup 12 oz", unit=BaseUnit.PCS), author="owner"
        )
        assert (item.size, item.kind, item.pack_size, item.tracking) == (D(1), "bottle", 1, "bulk")
        assert stock.on_hand(s, item.id) == 0


def test_update_changes_only_given_fields(db: Database) -> None:
    with db.transaction() as s:
        make_item(s, "GIN-1", name="Gin", cost=D("21.50"), category="Gin")
        catalogue.save_item(s, ItemSpec(sku="GIN-1", cost=D("23.00")), author="owner")
        item = catalogue.find_item(s, "GIN-1")
        assert (item.name, item.cost, item.category) == ("Gin", D("23.00"), "Gin")


def test_stale_version_is_a_conflict(db: Database) -> None:
    with db.transaction() as s:
        item = catalogue.get_item(s, make_item(s))
        loaded = item.version
    with db.transaction() as s:
        catalogue.save_item(
            s, ItemSpec(sku="GIN-1", name="Theirs"), author="owner", expected_version=loaded
        )
    with pytest.raises(ConflictError, match="Someone else changed"), db.transaction() as s:
        catalogue.save_item(
            s, ItemSpec(sku="GIN-1", name="Mine"), author="owner", expected_version=loaded
        )
    with db.sessions() as s:
        assert catalogue.find_item(s, "GIN-1").name == "Theirs"


def test_barcode_belongs_to_one_item(db: Database) -> None:
    with db.transaction() as s:
        make_item(s, "A", barcodes=("111",))
    with pytest.raises(InputError, match="barcode 111 already belongs to A"), db.transaction() as s:
        make_item(s, "B", barcodes=("111",))


def test_find_item_by_sku_barcode_or_case(db: Database) -> None:
    with db.transaction() as s:
        make_item(s, "Gin-1", barcodes=("8001", "8002"))
        assert catalogue.find_item(s, "8002").sku == "Gin-1"
        assert catalogue.find_item(s, "gin-1").sku == "Gin-1"
        with pytest.raises(NotFoundError):
            catalogue.find_item(s, "rum")


def test_unit_cannot_change_once_stock_moved(db: Database) -> None:
    with db.transaction() as s:
        item = make_item(s)
        stock.record_movement(s, item, D(700), Reason.RECEIVE, author="owner")
    with pytest.raises(InputError, match="unit cannot change"), db.transaction() as s:
        catalogue.save_item(s, ItemSpec(sku="GIN-1", unit=BaseUnit.G), author="owner")


def test_rename_sku_keeps_history(db: Database) -> None:
    with db.transaction() as s:
        item = catalogue.get_item(s, make_item(s))
        stock.record_movement(s, item.id, D(700), Reason.RECEIVE, author="owner")
        catalogue.rename_sku(s, item.id, "GIN-LDN", author="owner", expected_version=item.version)
        assert catalogue.find_item(s, "GIN-LDN").id == item.id
        assert stock.on_hand(s, item.id) == D(700)


def test_suppliers_and_locations(db: Database) -> None:
    with db.transaction() as s:
        catalogue.save_supplier(
            s, catalogue.SupplierSpec(name="Velier", lead_time_days=3), author="owner"
        )
        catalogue.save_location(s, "Fridge", 30, author="owner")
        catalogue.save_location(s, "Back wall", 10, author="owner")
        make_item(s, "X", supplier="velier", location="Storeroom")
        assert catalogue.supplier_names(s) == ["Velier"]
        assert catalogue.location_names(s) == ["Back wall", "Fridge", "Storeroom"]


def test_stock_rows_status_order_and_search(db: Database) -> None:
    with db.transaction() as s:
        catalogue.save_location(s, "Back wall", 10, author="owner")
        catalogue.save_location(s, "Fridge", 20, author="owner")
        a = make_item(s, "VERMOUTH", name="Vermouth", location="Fridge", reorder_at=D(1))
        b = make_item(s, "AMARO", name="Amaro", location="Fridge", reorder_at=D(1))
        c = make_item(s, "ZUBROWKA", name="Zubrowka", location="Back wall", barcodes=("590",))
        stock.record_movement(s, a, D(700), Reason.RECEIVE, author="owner")
        stock.record_movement(s, b, D(2100), Reason.RECEIVE, author="owner")
        stock.record_movement(s, c, D(350), Reason.RECEIVE, author="owner")
        rows = stock_rows(s)
        assert [r.sku for r in rows] == ["ZUBROWKA", "AMARO", "VERMOUTH"]
        assert [r.status for r in rows] == [Status.OK, Status.OK, Status.LOW]
        assert [r.sku for r in stock_rows(s, order=Order.NAME)] == ["AMARO", "VERMOUTH", "ZUBROWKA"]
        assert [r.sku for r in stock_rows(s, low_only=True)] == ["VERMOUTH"]
        assert [r.sku for r in stock_rows(s, search="590")] == ["ZUBROWKA"]
        assert rows[0].containers == D("0.5")


def test_sku_is_matched_without_case(db: Database) -> None:
    with db.transaction() as s:
        make_item(s, "GIN-1", name="Gin")
        catalogue.save_item(s, ItemSpec(sku="gin-1", cost=D(20)), author="owner")
        assert catalogue.find_item(s, "GIN-1").cost == D(20)
        assert len(stock_rows(s)) == 1


def test_density_and_shelf_life_are_kept_and_cleared(db: Database) -> None:
    with db.transaction() as s:
        make_item(s, "FL-SYR", name="Sugar syrup", density=D("1.3"), shelf_life_days=14)
        spec = catalogue.item_spec(catalogue.find_item(s, "FL-SYR"))
        assert (spec.density, spec.shelf_life_days) == (D("1.3"), 14)
        catalogue.save_item(s, ItemSpec(sku="FL-SYR", clear=frozenset({"density"})), author="owner")
        item = catalogue.find_item(s, "FL-SYR")
        assert (item.density, item.shelf_life_days) == (None, 14)
