"""An item found by SKU or barcode as plain values, as the commands print it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from inventory_app.db.engine import Database
from inventory_app.domain.errors import NotFoundError
from inventory_app.domain.units import BaseUnit
from inventory_app.services.catalogue.item_refs import ItemRef, item_ref
from tests.conftest import make_item


def test_item_ref_by_sku_barcode_or_case(db: Database) -> None:
    with db.transaction() as s:
        cups = make_item(s, "CUP-12", name="Cup 12 oz", unit=BaseUnit.PCS, size=Decimal(1))
        gin = make_item(s, "GIN-1", name="Tanqueray", barcodes=("800123",))
    with db.reading() as s:
        assert item_ref(s, "CUP-12") == ItemRef(
            cups, "CUP-12", "Cup 12 oz", BaseUnit.PCS, Decimal(1)
        )
        assert item_ref(s, " 800123 ") == ItemRef(
            gin, "GIN-1", "Tanqueray", BaseUnit.ML, Decimal(700)
        )
        assert item_ref(s, "gin-1").item_id == gin
        with pytest.raises(NotFoundError, match="no item with SKU or barcode 'RUM'"):
            item_ref(s, "RUM")
