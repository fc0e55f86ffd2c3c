"""What the item editor and a scan read: plain values, and the category list in one query."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

from sqlalchemy import event

from inventory_app.db.engine import Database
from inventory_app.db.models import Item
from inventory_app.domain.catalogue import ItemKind
from inventory_app.services.catalogue import items as catalogue
from inventory_app.services.catalogue.editor_reads import (
    ItemFormChoices,
    LoadedItem,
    category_names,
    item_for_code,
    item_form_choices,
    loaded_item,
)
from inventory_app.services.demo.bar import load_demo
from inventory_app.services.views.stock import stock_rows
from tests.conftest import make_item


@contextmanager
def statements(database: Database) -> Iterator[list[str]]:
    """Every SQL statement the database is sent while the block runs."""
    sent: list[str] = []

    def heard(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        sent.append(statement)

    event.listen(database.engine, "before_cursor_execute", heard)
    try:
        yield sent
    finally:
        event.remove(database.engine, "before_cursor_execute", heard)


def test_category_list_is_one_query_and_what_every_stock_row_gave(db: Database) -> None:
    """On the demo bar: the categories the editor offered by reading every stock row."""
    with db.transaction() as s:
        load_demo(s, author="owner")
    with db.reading() as s:
        s.connection()  # the session's BEGIN and read-only setting are not the query
        with statements(db) as sent:
            names = category_names(s)
        old = sorted({r.category for r in stock_rows(s) if r.category}, key=str.lower)
    assert len(sent) == 1 and "DISTINCT" in sent[0].upper()
    assert names == old
    assert len(names) > 5


def test_categories_of_active_items_only_blank_left_out_any_case(db: Database) -> None:
    with db.transaction() as s:
        make_item(s, "A", category="vermouth")
        make_item(s, "B", category="Amaro")
        make_item(s, "C", category="Amaro")
        make_item(s, "D", category="")
        retired = make_item(s, "E", category="Absinthe")
        s.get_one(Item, retired).active = False
    with db.reading() as s:
        assert category_names(s) == ["Amaro", "vermouth"]


def test_item_form_choices(db: Database) -> None:
    with db.transaction() as s:
        catalogue.save_location(s, "Fridge", 30, author="owner")
        catalogue.save_location(s, "Back wall", 10, author="owner")
        make_item(s, "X", supplier="Velier", location="Fridge", category="Gin")
    with db.reading() as s:
        assert item_form_choices(s) == ItemFormChoices(
            suppliers=["Velier"], locations=["Back wall", "Fridge"], categories=["Gin"]
        )


def test_loaded_item_and_code_lookup_are_plain_values(db: Database) -> None:
    with db.transaction() as s:
        item_id = make_item(s, "GIN-1", name="Tanqueray", barcodes=("800123",), cost=Decimal(20))
    with db.reading() as s:
        loaded = loaded_item(s, item_id)
        assert item_for_code(s, "800123") == (item_id, "Tanqueray")
        assert item_for_code(s, "gin-1") == (item_id, "Tanqueray")
        assert item_for_code(s, "nothing") is None
    assert isinstance(loaded, LoadedItem)
    assert (loaded.item_id, loaded.version) == (item_id, 1)
    assert (loaded.spec.sku, loaded.spec.name, loaded.spec.kind) == (
        "GIN-1", "Tanqueray", ItemKind.BOTTLE,
    )  # fmt: skip
    assert loaded.spec.barcodes == ("800123",)
