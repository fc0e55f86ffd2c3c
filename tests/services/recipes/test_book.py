"""Recipes by any of their names, and what one drink draws from stock on a channel."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from inventory_app.domain.catalogue import Tracking
from inventory_app.domain.errors import NotFoundError
from inventory_app.domain.recipes import Channel
from inventory_app.domain.units import MeasureSizes
from inventory_app.services.recipes.book import (
    Draw,
    draws,
    find_recipe,
    find_recipe_ref,
    line_draws,
    merge_draws,
    names_index,
    recipe_by_name,
)
from inventory_app.services.settings import set_setting
from tests.services.sales_fixtures import Bar, add_recipe, make_bar

D = Decimal
OZ = D("29.5735")


@pytest.fixture
def bar(session: Session) -> Bar:
    return make_bar(session)


@pytest.mark.parametrize("name", ["Negroni", "  negroni ", "NEGRONI TA", "negroni  (to go)"])
def test_a_recipe_by_its_name_or_a_pos_name(session: Session, bar: Bar, name: str) -> None:
    assert find_recipe(session, name).id == bar.negroni
    ref = find_recipe_ref(session, name)
    assert (ref.id, ref.name, ref.kind, ref.price) == (bar.negroni, "Negroni", "cocktail", D(10))


def test_an_unknown_name(session: Session, bar: Bar) -> None:
    assert recipe_by_name(session, "Spritz") is None
    with pytest.raises(NotFoundError, match="no recipe or POS name 'Spritz'"):
        find_recipe(session, " Spritz ")
    with pytest.raises(NotFoundError, match="no recipe or POS name 'Spritz'"):
        find_recipe_ref(session, "Spritz ")


def test_the_names_index_holds_names_and_pos_names(session: Session, bar: Bar) -> None:
    index = names_index(session)
    assert {k: v for k, v in index.items() if v == bar.negroni} == {
        "negroni": bar.negroni, "negroni ta": bar.negroni, "negroni (to go)": bar.negroni,
    }  # fmt: skip
    assert index["shot"] == bar.shot and index["simple syrup"] == bar.prep


def test_draws_per_channel_in_base_units(session: Session, bar: Bar) -> None:
    common = [Draw(bar.gin, "GIN", D(30)), Draw(bar.campari, "CAMPARI", D(30)),
              Draw(bar.vermouth, "VERMOUTH", OZ)]  # fmt: skip
    takeaway = draws(session, bar.negroni, Channel.TAKEAWAY)
    assert takeaway == [*common, Draw(bar.cup, "CUP", D(1))]
    assert draws(session, bar.negroni, Channel.SPEAKEASY) == [
        *common,
        Draw(bar.napkin, "NAPKIN", D(1)),
    ]
    negroni = find_recipe(session, "Negroni")
    assert line_draws(negroni.lines, Channel.TAKEAWAY, MeasureSizes()) == takeaway


def test_a_bar_measure_reads_the_bar_s_own_size(session: Session, bar: Bar) -> None:
    bitters = add_recipe(session, "Bitter shot", [(bar.campari, D(2), "dash", None)])
    before = draws(session, bitters, Channel.TAKEAWAY)[0].quantity
    set_setting(session, "dash_ml", "1.5", author="owner")
    assert draws(session, bitters, Channel.TAKEAWAY) == [Draw(bar.campari, "CAMPARI", D(3))]
    assert before != D(3)


def test_merge_adds_lines_of_one_item_and_marks_serial_pours() -> None:
    lines = [
        (1, "GIN", "ml", D(3), "cl", None, Tracking.BULK.value),
        (2, "MAC", "ml", D(40), "ml", None, Tracking.SERIAL.value),
        (1, "GIN", "ml", D(10), "ml", "speakeasy", Tracking.BULK.value),
        (1, "GIN", "ml", D(5), "ml", "takeaway", Tracking.BULK.value),
    ]
    assert merge_draws(lines, Channel.SPEAKEASY, MeasureSizes()) == [
        Draw(1, "GIN", D(40)), Draw(2, "MAC", D(40), serial=True),
    ]  # fmt: skip
