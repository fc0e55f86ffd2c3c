"""The recipe list model: costs as the service computes them, coloured pour cost, search."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from inventory_app.domain.recipes import Channel, RecipeKind
from inventory_app.services.recipes.editing import RecipeRow
from inventory_app.ui import queries
from inventory_app.ui.context import AppContext
from inventory_app.ui.models.recipe_model import (
    RecipeColumn,
    RecipeFilterProxy,
    RecipeTableModel,
    percent,
    pour_cost_colour,
)
from tests.ui.conftest import Menu

D = Decimal


def row(name: str, pct: str | None = None, **fields: Any) -> RecipeRow:
    values: dict[str, Any] = dict(
        recipe_id=1, name=name, kind=RecipeKind.COCKTAIL, price=D(10), pos_names=(),
        cost=D(2), cost_by_channel={c: D(2) for c in Channel}, net_price=D("8.1967"),
        pour_cost_pct=D(pct) if pct else None, margin=D("6.1967"), yield_sku=None,
        yield_quantity=None, yield_unit=None, lines=2, active=True,
    )  # fmt: skip
    values.update(fields)
    return RecipeRow(**values)


@pytest.mark.parametrize(
    ("pct", "colour"),
    [("18", "#1d6b37"), ("24", "#1d6b37"), ("24.01", "#a15c00"), ("30", "#a15c00"),
     ("30.01", "#b3261e"), (None, None)],
)  # fmt: skip
def test_pour_cost_colours(pct: str | None, colour: str | None) -> None:
    found = pour_cost_colour(D(pct) if pct else None)
    assert (found.name() if found else None) == colour


def test_percent_rounds_to_a_tenth() -> None:
    assert percent(D("24.75")) == "24.8 %"
    assert percent(None) == ""


def test_rows_from_the_service(context: AppContext, menu: Menu) -> None:
    model = RecipeTableModel()
    model.set_rows(queries.load_recipe_rows(context.database))
    names = [model.index(r, RecipeColumn.NAME).data() for r in range(model.rowCount())]
    assert names == ["Gin Tonic", "Negroni", "Negroni batch"]
    negroni = model.row_of_recipe(menu.negroni)
    assert negroni is not None
    assert model.index(negroni, RecipeColumn.PRICE).data() == "€9.00"
    assert model.index(negroni, RecipeColumn.POS_NAMES).data() == "NEGRONI CLASSICO"
    prep = model.row_of_recipe(menu.batched)
    assert prep is not None
    assert model.index(prep, RecipeColumn.YIELD).data() == "600 ml FL-NEG"
    assert model.index(prep, RecipeColumn.POUR_COST).data() == ""


def test_pour_cost_cell_is_coloured() -> None:
    model = RecipeTableModel()
    model.set_rows([row("Negroni", "31.5")])
    cell = model.index(0, RecipeColumn.POUR_COST)
    assert cell.data() == "31.5 %"
    assert cell.data(Qt.ItemDataRole.ForegroundRole) == QColor("#b3261e")


def test_search_finds_pos_names_and_sorts_numbers() -> None:
    model = RecipeTableModel()
    model.set_rows([
        row("Negroni", "26", recipe_id=1, pos_names=("Negroni TA",), price=D(10)),
        row("Gin Tonic", "9", recipe_id=2, price=D(9)),
        row("Spritz", None, recipe_id=3, price=None),
    ])  # fmt: skip
    proxy = RecipeFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search("negroni  ta")
    assert proxy.rowCount() == 1
    proxy.set_search("")
    proxy.sort(RecipeColumn.PRICE)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["Gin Tonic", "Negroni", "Spritz"]
