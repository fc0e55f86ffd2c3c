"""The Sell page: taps sell, the channel decides the cup, Undo puts everything back."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt

from inventory_app.db.engine import Database
from inventory_app.domain.recipes import Channel
from inventory_app.services import settings
from inventory_app.services.views.stock import history
from inventory_app.ui.context import AppContext
from inventory_app.ui.pages.sell_page import SellPage
from tests.ui.conftest import Bar, Menu, on_hand

D = Decimal
Click = Qt.MouseButton.LeftButton


@pytest.fixture
def page(qtbot: Any, context: AppContext, menu: Menu) -> Iterator[SellPage]:
    page = SellPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    yield page


def tap(qtbot: Any, button: Any) -> None:
    qtbot.mouseClick(button, Click)


def recent(page: SellPage) -> list[str]:
    """The last sales as the panel lists them, newest first: '2 × Negroni (take-away)'."""
    return [
        f"{row.what.text()} ({row.when.text().split(' · ')[0]})"
        for row in page.recent_rows
        if not row.isHidden()
    ]


def sale_deltas(db: Database, item_id: int) -> list[tuple[str, Decimal]]:
    with db.sessions() as s:
        return [(e.reason, e.delta) for e in history(s, item_id)]


def levels(db: Database, bar: Bar) -> tuple[Decimal, Decimal, Decimal]:
    return on_hand(db, bar.gin), on_hand(db, bar.campari), on_hand(db, bar.cups)


def test_a_button_per_cocktail_with_its_price(page: SellPage) -> None:
    assert sorted(page.buttons) == ["Gin Tonic", "Negroni"]  # the prep is not on the menu
    assert page.buttons["Negroni"].price == D("9.00")
    assert page.buttons["Negroni"].minimumWidth() >= 140
    assert page.buttons["Negroni"].height() >= 90


def test_tap_sells_take_away_with_its_cup(
    qtbot: Any, page: SellPage, db: Database, bar: Bar
) -> None:
    assert page.channel.channel() is Channel.TAKEAWAY  # the setting's default
    tap(qtbot, page.buttons["Negroni"])
    assert levels(db, bar) == (D(1370), D(970), D(99))
    assert sale_deltas(db, bar.gin)[0] == ("sale", D(-30))
    assert page.feedback.text().endswith("Sold 1 × Negroni, take-away")
    assert page.today_label.text() == "1 drink"
    assert recent(page) == ["1 × Negroni (take-away)"]


def test_speakeasy_takes_no_cup(qtbot: Any, page: SellPage, db: Database, bar: Bar) -> None:
    tap(qtbot, page.channel.buttons[Channel.SPEAKEASY])
    tap(qtbot, page.buttons["Negroni"])
    assert levels(db, bar) == (D(1370), D(970), D(100))
    assert page.feedback.text().endswith("Sold 1 × Negroni, speakeasy")
    assert page.channel.channel() is Channel.SPEAKEASY  # the choice stays for the next drink


def test_default_channel_comes_from_settings(qtbot: Any, context: AppContext, menu: Menu) -> None:
    with context.database.transaction() as s:
        settings.set_setting(s, "default_channel", "speakeasy", author="owner")
    page = SellPage(context)
    qtbot.addWidget(page)
    assert page.channel.channel() is Channel.SPEAKEASY


def test_quantity_stepper_sells_several_then_resets(
    qtbot: Any, page: SellPage, db: Database, bar: Bar
) -> None:
    for _ in range(3):
        tap(qtbot, page.quantity.plus)
    tap(qtbot, page.quantity.minus)
    assert page.quantity.value() == 3
    tap(qtbot, page.buttons["Gin Tonic"])
    assert levels(db, bar) == (D(1250), D(1000), D(97))
    assert page.quantity.value() == 1
    assert page.today_label.text() == "3 drinks"


def test_stepper_stays_between_1_and_20(qtbot: Any, page: SellPage) -> None:
    assert not page.quantity.minus.isEnabled()
    page.quantity.set_value(25)
    assert page.quantity.value() == 20
    assert not page.quantity.plus.isEnabled()


def test_undo_restores_stock_exactly(qtbot: Any, page: SellPage, db: Database, bar: Bar) -> None:
    before = levels(db, bar)
    page.quantity.set_value(2)
    tap(qtbot, page.buttons["Negroni"])
    assert recent(page) == ["2 × Negroni (take-away)"]
    tap(qtbot, page.recent_rows[0].undo)
    assert levels(db, bar) == before
    assert [r for r, _ in sale_deltas(db, bar.cups)][:2] == ["undo", "sale"]
    assert page.today_label.text() == "0 drinks"
    assert recent(page) == []
    assert not page.no_sales.isHidden()
    assert not page.actions_by_name["undo"].isEnabled()


def test_undo_goes_back_one_sale_at_a_time(qtbot: Any, page: SellPage) -> None:
    tap(qtbot, page.buttons["Negroni"])
    tap(qtbot, page.buttons["Gin Tonic"])
    assert recent(page) == ["1 × Gin Tonic (take-away)", "1 × Negroni (take-away)"]
    page.actions_by_name["undo"].trigger()  # Ctrl+U: the newest
    assert recent(page) == ["1 × Negroni (take-away)"]
    assert page.today_label.text() == "1 drink"


def test_shortage_warns_but_sells(qtbot: Any, page: SellPage, db: Database, bar: Bar) -> None:
    page.quantity.set_value(20)
    tap(qtbot, page.buttons["Gin Tonic"])
    assert not page.banner.isVisible()
    page.quantity.set_value(20)
    tap(qtbot, page.buttons["Gin Tonic"])
    assert page.banner.isVisible()
    assert page.banner_text.text() == "Tanqueray is now at −600 ml: count it or receive stock"
    assert on_hand(db, bar.gin) == D(-600)
    assert page.today_label.text() == "40 drinks"
    tap(qtbot, page.recent_rows[0].undo)
    assert not page.banner.isVisible()


def test_buttons_keep_their_place_after_a_sale(qtbot: Any, page: SellPage) -> None:
    order = list(page.buttons)
    tap(qtbot, page.buttons[order[-1]])
    assert list(page.buttons) == order


def test_every_action_works_without_the_mouse(page: SellPage) -> None:
    page.actions_by_name["speakeasy"].trigger()
    assert page.channel.channel() is Channel.SPEAKEASY
    page.actions_by_name["more"].trigger()
    assert page.quantity.value() == 2
    page.actions_by_name["fewer"].trigger()
    assert page.quantity.value() == 1
    page.buttons["Negroni"].click()
    page.actions_by_name["undo"].trigger()
    assert page.today_label.text() == "0 drinks"
    assert all(not a.shortcut().isEmpty() for a in page.actions_by_name.values())


def test_empty_menu_explains_itself(qtbot: Any, context: AppContext, bar: Bar) -> None:
    page = SellPage(context)
    qtbot.addWidget(page)
    page.show()
    assert page.empty.isVisible()
    assert "No cocktails" in page.empty.text()
