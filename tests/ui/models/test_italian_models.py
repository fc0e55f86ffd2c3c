"""The tables in Italian: headers looked up when the view asks, numbers, money and dates as an
Italian bar writes them, and the words for stored values (reasons, states, statuses)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt

from inventory_app.db.engine import Database
from inventory_app.domain.counting import Band
from inventory_app.domain.recipes import Channel, RecipeKind
from inventory_app.i18n.catalogue import ENGLISH, ITALIAN, set_language
from inventory_app.services.counts.report import VarianceLine
from inventory_app.services.ordering.order_reads import OrderRow
from inventory_app.services.recipes.editing import RecipeRow
from inventory_app.services.views.stock import Order
from inventory_app.ui import queries
from inventory_app.ui.context import AppContext
from inventory_app.ui.models.order_models import OrderModel
from inventory_app.ui.models.recipe_model import RecipeColumn, RecipeTableModel
from inventory_app.ui.models.stock_model import Column, StockTableModel
from inventory_app.ui.models.variance_model import VarianceColumn, VarianceModel
from tests.ui.conftest import Bar, Menu

Role = Qt.ItemDataRole
D = Decimal


def headers(model: QAbstractItemModel, role: int = Role.DisplayRole) -> list[Any]:
    horizontal = Qt.Orientation.Horizontal
    return [model.headerData(n, horizontal, role) for n in range(model.columnCount())]


@pytest.fixture
def stock(qapp: Any, db: Database, bar: Bar) -> StockTableModel:
    model = StockTableModel()
    model.set_rows(queries.load_stock(db, order=Order.LOCATION))
    return model


def cell(model: StockTableModel, sku: str, column: Column, role: int = Role.DisplayRole) -> Any:
    row = next(n for n, r in enumerate(model.rows) if r.sku == sku)
    return model.index(row, column).data(role)


def test_the_stock_headers_follow_the_language_of_the_moment(
    stock: StockTableModel, italian: None
) -> None:
    """Made in one language, asked in another: the header is the language of the asking."""
    assert headers(stock) == [
        "", "Codice", "Articolo", "Categoria", "Posizione", "Giacenza", "Contenitori",
        "Scorta ideale", "Punto di riordino", "Fornitore",
    ]  # fmt: skip
    assert headers(stock, Role.ToolTipRole)[0] == "Stato della giacenza: esaurito, sottoscorta o ok"
    set_language(ENGLISH)
    assert headers(stock)[Column.ON_HAND] == "On hand"
    set_language(ITALIAN)
    assert headers(stock)[Column.ON_HAND] == "Giacenza"


@pytest.mark.parametrize(
    ("sku", "column", "text"),
    [
        ("GIN-TANQ", Column.ON_HAND, "1.400 ml"),
        ("CAMP-1L", Column.ON_HAND, "1.000 ml"),
        ("CUP-12", Column.PAR, "200"),
        ("GIN-TANQ", Column.LOCATION, "Back bar"),  # the bar's own names stay as typed
    ],
)
def test_stock_numbers_in_italian(
    stock: StockTableModel, italian: None, sku: str, column: Column, text: str
) -> None:
    assert cell(stock, sku, column) == text


@pytest.mark.parametrize(
    ("sku", "tooltip"),
    [
        ("CAMP-1L", "Restano 1 su 3 bottiglie: al punto di riordino 1 o sotto"),
        ("BIT-ANGO", "Esaurito: giacenza 0 ml"),
        ("GIN-TANQ", "Restano 2 su 3 bottiglie: sopra il punto di riordino 1"),
    ],
)
def test_why_a_row_is_flagged_in_italian(
    stock: StockTableModel, italian: None, sku: str, tooltip: str
) -> None:
    assert cell(stock, sku, Column.STATUS, Role.ToolTipRole) == tooltip


def test_a_partial_container_reads_with_a_decimal_comma(
    stock: StockTableModel, italian: None
) -> None:
    row = next(r for r in stock.rows if r.sku == "GIN-TANQ")
    part = replace(row, on_hand=D("13666.6"), containers=D("19.5"))
    stock.set_rows([part if r is row else r for r in stock.rows])
    assert cell(stock, "GIN-TANQ", Column.ON_HAND) == "13.666,6 ml"
    assert cell(stock, "GIN-TANQ", Column.CONTAINERS).startswith("19,5 ")


def recipe(**fields: Any) -> RecipeRow:
    values: dict[str, Any] = dict(
        recipe_id=1, name="Negroni", kind=RecipeKind.COCKTAIL, price=D("1234.56"), pos_names=(),
        cost=D("2.1"), cost_by_channel={Channel.TAKEAWAY: D("2.35"), Channel.SPEAKEASY: D("2.1")},
        net_price=D("1011.93"), pour_cost_pct=D("24.75"), margin=D("1232.46"), yield_sku=None,
        yield_quantity=None, yield_unit=None, lines=2, active=True,
    )  # fmt: skip
    values.update(fields)
    return RecipeRow(**values)


def test_recipe_money_and_percentages_in_italian(italian: None) -> None:
    model = RecipeTableModel()
    model.set_rows([recipe(), recipe(recipe_id=2, name="Orgeat", kind=RecipeKind.PREP,
                                     active=False, price=None, pour_cost_pct=None)])  # fmt: skip
    assert headers(model) == [
        "Nome", "Tipo", "Prezzo", "Costo", "Costo %", "Margine", "Nomi in cassa", "Resa",
    ]  # fmt: skip
    texts = [model.index(0, c).data() for c in RecipeColumn]
    assert texts[:6] == ["Negroni", "cocktail", "1.234,56\u00a0€", "2,10\u00a0€", "24,8\u00a0%",
                         "1.232,46\u00a0€"]  # fmt: skip
    assert model.index(1, RecipeColumn.NAME).data() == "Orgeat (fuori menù)"
    assert model.index(1, RecipeColumn.KIND).data() == "preparazione"
    assert model.index(0, RecipeColumn.COST).data(Role.ToolTipRole) == (
        "Costo degli ingredienti per canale — asporto: 2,35\u00a0€, speakeasy: 2,10\u00a0€"
    )
    assert model.index(0, RecipeColumn.POUR_COST).data(Role.ToolTipRole) == (
        "Costo / prezzo senza IVA (1.011,93\u00a0€)"
    )


def test_the_menus_recipes_from_the_service_in_italian(
    context: AppContext, menu: Menu, italian: None
) -> None:
    model = RecipeTableModel()
    model.set_rows(queries.load_recipe_rows(context.database))
    prices = {model.index(r, 0).data(): model.index(r, RecipeColumn.PRICE).data()
              for r in range(model.rowCount())}  # fmt: skip
    assert prices["Negroni"] == "9,00\u00a0€"
    assert prices["Gin Tonic"] == "8,50\u00a0€"


def test_variance_in_italian(italian: None) -> None:
    line = VarianceLine(
        item_id=1, sku="GIN-TANQ", name="Tanqueray", location="Back bar", unit="ml",
        expected=D("1500"), counted=D("1432.5"), variance=D("-67.5"),
        variance_value=D("-1234.56"), usage=D("1500"), variance_pct=D("-4.5"), band=Band.LEAK,
    )  # fmt: skip
    model = VarianceModel()
    model.set_rows([line])
    assert headers(model)[VarianceColumn.EXPECTED :] == [
        "Atteso", "Contato", "Scostamento", "Valore", "% del consumo", "Consumato",
    ]  # fmt: skip
    texts = [model.index(0, c).data() for c in VarianceColumn]
    assert texts[VarianceColumn.EXPECTED :] == [
        "1.500 ml", "1.432,5 ml", "-67,5 ml", "-1.234,56\u00a0€", "-4,5\u00a0%", "1.500 ml",
    ]  # fmt: skip
    assert model.index(0, 0).data(Role.ToolTipRole) == "perdita: -4,5\u00a0% dell'uso"


def test_orders_in_italian(italian: None) -> None:
    model = OrderModel()
    created = datetime(2026, 12, 7, 18, 30)  # a Monday
    model.set_rows([OrderRow(order_id=7, supplier="Rialto", status="draft", created_at=created,
                             sent_at=None, lines=1500, total=D("1234.5"), version=1,
                             number="2026-0042")])  # fmt: skip
    assert headers(model) == ["N.", "Numero", "Fornitore", "Stato", "Creato", "Righe", "Totale"]
    texts = [model.index(0, c).data() for c in range(model.columnCount())]
    assert texts[0:4] == ["7", "2026-0042", "Rialto", "Bozza"]
    assert texts[4].startswith("lun 07 dic ")
    assert texts[5:] == ["1.500", "1.234,50\u00a0€"]
