"""The Stock page's reading and the recipe editor's ingredient picker, from the stock rows."""

from __future__ import annotations

from inventory_app.db.engine import Database
from inventory_app.db.models import Item
from inventory_app.domain.display import ContainerStyle
from inventory_app.domain.units import BaseUnit
from inventory_app.services.settings import set_setting
from inventory_app.services.views.stock import (
    ItemChoice,
    Order,
    ingredient_choices,
    stock_rows,
    stock_view,
)
from tests.conftest import make_item


def test_stock_view_is_the_rows_and_how_part_bottles_read(db: Database) -> None:
    with db.transaction() as s:
        make_item(s, "B", name="b item")
        make_item(s, "A", name="C item")
        set_setting(s, "container_style", ContainerStyle.TENTHS.value, author="owner")
    with db.reading() as s:
        rows, style = stock_view(s, order=Order.NAME)
        assert rows == stock_rows(s, order=Order.NAME)
    assert [r.sku for r in rows] == ["B", "A"]
    assert style == ContainerStyle.TENTHS


def test_ingredient_choices_are_the_active_items_by_sku(db: Database) -> None:
    with db.transaction() as s:
        make_item(s, "VER-1", name="Vermouth")
        make_item(s, "CUP", name="Cup", unit=BaseUnit.PCS)
        retired = make_item(s, "AMA-1", name="Amaro")
        s.get_one(Item, retired).active = False
    with db.reading() as s:
        choices = ingredient_choices(s)
    assert choices == [ItemChoice("CUP", "Cup", "pcs"), ItemChoice("VER-1", "Vermouth", "ml")]
    assert choices[1].label == "VER-1 — Vermouth"
