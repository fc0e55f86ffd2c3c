"""ui/pour_work.py: the window's reads for pours, and its three actions as one Op each."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from inventory_app.domain.errors import InventoryError
from inventory_app.domain.recipes import Channel
from inventory_app.services.imports.sales import import_sales
from inventory_app.services.selling.sales import SaleResult
from inventory_app.services.selling.unmatched import Resolved
from inventory_app.ui import pour_work
from inventory_app.ui.context import AppContext
from tests.conftest import AUTHOR
from tests.ui.conftest import Bar, Menu, heard, on_hand

D = Decimal
NIGHT = (
    "Date,Time,Item,Qty,Gross Sales,Event Type,Notes\n"
    "2026-11-20,22:15:00,Special,2,€24.00,Payment,gin and campari\n"
    "2026-11-20,23:15:00,Rossi,1,€9.00,Payment,\n"
)


def park(context: AppContext, tmp_path: Path) -> dict[str, int]:
    night = tmp_path / "night.csv"
    night.write_text(NIGHT, encoding="utf-8")
    with context.database.transaction() as s:
        import_sales(s, night, author=AUTHOR, park_unknown=True)
    return {u.item: u.id for u in pour_work.load_unmatched(context.database)}


def test_the_sheet_and_a_recipes_lines(context: AppContext, menu: Menu) -> None:
    sheet = pour_work.load_pour_sheet(context.database)
    usual = {c.sku: (c.usual, c.usual_unit) for c in sheet.choices}
    assert usual["GIN-TANQ"] == (D(50), "ml")  # 3 cl once, 50 ml once: the larger pour
    assert usual["CAMP-1L"] == (D(30), "ml")
    assert sorted(r.name for r in sheet.recipes) == ["Gin Tonic", "Negroni"]  # cocktails only
    assert pour_work.load_recipe_pours(context.database, menu.negroni, Channel.TAKEAWAY) == [
        ("GIN-TANQ", D(3), "cl"), ("CAMP-1L", D(30), "ml"), ("CUP-12", D(1), "pcs"),
    ]  # fmt: skip


def test_a_bespoke_drink_is_one_op_that_announces_a_sale(context: AppContext, bar: Bar) -> None:
    said = heard(context)
    sold = pour_work.sell_bespoke(
        context, pours=[("GIN-TANQ", D("4.5"), "cl")], price=D(14), channel=Channel.SPEAKEASY,
        note="Marco",
    )  # fmt: skip
    assert isinstance(sold, SaleResult) and sold.channel == Channel.SPEAKEASY
    assert on_hand(context.database, bar.gin) == D(1355)
    assert said == [pour_work.SOLD]
    refused = pour_work.sell_bespoke(
        context, pours=[("NOPE", D(4), "cl")], price=D(14), channel=Channel.SPEAKEASY, note=""
    )
    assert isinstance(refused, InventoryError) and said == [pour_work.SOLD]


def test_resolving_to_a_recipe_and_to_pours(
    context: AppContext, menu: Menu, bar: Bar, tmp_path: Path
) -> None:
    ids = park(context, tmp_path)
    to_pours = pour_work.resolve_to_pours(
        context, unmatched_id=ids["Special"], pours=[("GIN-TANQ", D(4), "cl")]
    )
    assert isinstance(to_pours, Resolved) and to_pours.movements == 1
    assert on_hand(context.database, bar.gin) == D(1320)  # 2 drinks of 4 cl
    to_recipe = pour_work.resolve_to_recipe(context, unmatched_id=ids["Rossi"], recipe="Negroni")
    assert isinstance(to_recipe, Resolved) and to_recipe.sale_id is not None
    assert pour_work.load_unmatched(context.database) == []
    assert len(pour_work.load_unmatched(context.database, include_resolved=True)) == 2
    again = pour_work.resolve_to_recipe(context, unmatched_id=ids["Rossi"], recipe="Negroni")
    assert isinstance(again, InventoryError)
