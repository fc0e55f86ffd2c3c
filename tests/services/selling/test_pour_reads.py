"""The pour editor's reads: each item's usual pour from the bar's cocktails, a recipe's lines."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from inventory_app.domain.recipes import Channel
from inventory_app.services.selling.pour_reads import pour_sheet, recipe_pours
from tests.services.sales_fixtures import Bar, add_recipe, make_bar

D = Decimal


@pytest.fixture
def bar(session: Session) -> Bar:
    return make_bar(session)


def test_the_usual_pour_is_what_the_cocktails_pour_most(session: Session, bar: Bar) -> None:
    add_recipe(session, "Gin tonic", [(bar.gin, D(5), "cl", None)])
    add_recipe(session, "Martini", [(bar.gin, D(5), "cl", None)])
    sheet = pour_sheet(session)
    usual = {c.sku: (c.usual, c.usual_unit) for c in sheet.choices}
    assert usual["GIN"] == (D(5), "cl")  # twice 5 cl against once 3 cl and once 22.5 ml
    assert usual["CAMPARI"] == (D(30), "ml")
    add_recipe(session, "Bitter", [(bar.vermouth, D(20), "ml", None)])
    assert {c.sku: c.usual for c in pour_sheet(session).choices}["VERMOUTH"] == D(1)  # 1 oz
    assert usual["VERMOUTH"] == (D(1), "oz")
    assert usual["SYRUP"] == (D(4), "cl")  # in no cocktail: the custom pour of a liquid
    assert usual["SUGAR"] == (None, "g")  # weighed and in no cocktail: typed
    assert usual["CUP"] == (D(1), "pcs")
    assert {r.name for r in sheet.recipes} == {"Negroni", "Shot", "Gin tonic", "Martini"}


def test_a_recipe_starts_with_its_lines_for_the_channel(session: Session, bar: Bar) -> None:
    assert recipe_pours(session, bar.negroni, Channel.SPEAKEASY) == [
        ("GIN", D(3), "cl"), ("CAMPARI", D(30), "ml"), ("VERMOUTH", D(1), "oz"),
        ("NAPKIN", D(1), "pcs"),
    ]  # fmt: skip
    assert recipe_pours(session, bar.negroni, Channel.TAKEAWAY)[-1] == ("CUP", D(1), "pcs")


def test_a_bespoke_drink_goes_to_the_speakeasy_when_the_bar_has_one(
    session: Session, bar: Bar
) -> None:
    assert pour_sheet(session).bespoke_channel == Channel.SPEAKEASY  # the Negroni's napkin
    assert pour_sheet(session).default_channel == Channel.TAKEAWAY


def test_a_take_away_bar_sells_its_specials_to_go(session: Session) -> None:
    assert pour_sheet(session).bespoke_channel == Channel.TAKEAWAY
