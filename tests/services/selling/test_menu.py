"""What a sales import knows of the menu: every spelling to its recipe, draws asked once."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from inventory_app.domain.recipes import Channel
from inventory_app.services.bottles.containers import open_container
from inventory_app.services.recipes.book import Draw
from inventory_app.services.selling import menu as menu_module
from inventory_app.services.selling.menu import SalesMenu, deduction
from inventory_app.services.settings import set_setting
from tests.services.bottle_fixtures import make_shelf
from tests.services.sales_fixtures import Bar, make_bar

D = Decimal


@pytest.fixture
def bar(session: Session) -> Bar:
    return make_bar(session)


def test_spellings_name_recipes_and_preps_are_known_apart(session: Session, bar: Bar) -> None:
    menu = SalesMenu(session)
    assert [menu.recipe_id(n) for n in ("Negroni", "negroni  TA", "Spritz")] == [
        bar.negroni, bar.negroni, None,
    ]  # fmt: skip
    assert menu.names[bar.shot] == "Shot"
    assert menu.preps == {bar.prep}
    assert menu.ingredient_ids() == {bar.gin, bar.campari, bar.vermouth, bar.cup, bar.napkin}


def test_spellings_kept_are_bounded(
    session: Session, bar: Bar, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(menu_module, "SPELLINGS_KEPT", 1)
    menu = SalesMenu(session)
    assert (menu.recipe_id("Shot"), menu.recipe_id("SHOT"), menu.recipe_id("shot")) == (
        bar.shot, bar.shot, bar.shot,
    )  # fmt: skip
    assert list(menu._keys) == ["Shot"]


def test_draws_are_read_once_per_recipe_and_channel(session: Session, bar: Bar) -> None:
    menu = SalesMenu(session)
    first = menu.draws(bar.shot, Channel.TAKEAWAY)
    assert first == [Draw(bar.gin, "GIN", D("22.5"))]
    assert menu.draws(bar.shot, Channel.TAKEAWAY) is first
    assert menu.draws(bar.shot, Channel.SPEAKEASY) is not first
    pours = menu.pours(bar.shot, Channel.TAKEAWAY)
    assert pours == [(first[0], None)]  # a bulk gin pours from no bottle
    assert menu.pours(bar.shot, Channel.TAKEAWAY) is pours


def test_a_serial_ingredient_pours_from_its_open_bottle(session: Session) -> None:
    shelf = make_shelf(session)
    open_container(session, "#2", author="owner")
    menu = SalesMenu(session)
    [(draw, bottle)] = menu.pours(shelf.dram, Channel.SPEAKEASY)
    assert (draw.serial, draw.quantity, bottle) == (True, D(40), 2)


def test_the_default_channel_fills_a_line_without_one(session: Session, bar: Bar) -> None:
    set_setting(session, "default_channel", "speakeasy", author="owner")
    menu = SalesMenu(session)
    assert menu.channel(None) == Channel.SPEAKEASY
    assert menu.channel(Channel.TAKEAWAY) == Channel.TAKEAWAY


def test_a_deduction_is_the_draw_times_the_drinks_taken_away() -> None:
    assert deduction(Draw(1, "GIN", D("22.5")), D(3)) == D("-67.5")
    assert deduction(Draw(1, "GIN", D("22.5")), D(-1)) == D("22.5")  # a refund gives back
