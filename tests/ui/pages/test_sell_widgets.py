"""ui/pages/sell_widgets.py: drink tiles, the channel toggle, the stepper and a recent sale.

The tiles are the demo bar's menu as the Sell page reads it (`queries.load_sell_state`).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel

from inventory_app.db.engine import Database
from inventory_app.domain.recipes import Channel
from inventory_app.ui import queries
from inventory_app.ui.pages.sell_widgets import (
    DRINK_BUTTON_SIZE,
    MAX_QUANTITY,
    ChannelToggle,
    DrinkButton,
    QuantityStepper,
    RecentSaleRow,
    caption,
    price_text,
    stacked,
)
from tests.ui.conftest import DEMO_OWNER

Click = Qt.MouseButton.LeftButton


def first_drink(qtbot: Any, demo_db: Database, *, may_drag: bool) -> DrinkButton:
    [drink, *_] = queries.load_sell_state(demo_db, user=DEMO_OWNER).menu
    tile = DrinkButton(drink.recipe_id, drink.name, drink.price, may_drag=lambda: may_drag)
    qtbot.addWidget(tile)
    tile.resize(200, DRINK_BUTTON_SIZE.height())
    tile.show()
    return tile


def press_and_move(qtbot: Any, tile: DrinkButton, by: QPoint) -> None:
    start = tile.rect().center()
    qtbot.mousePress(tile, Click, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(tile, start + by * step / 5)
    qtbot.mouseRelease(tile, Click, pos=start + by)


def test_a_price_or_says_there_is_none() -> None:
    assert price_text(Decimal("9")) == "€9.00"
    assert price_text(None) == "no price"


def test_a_tap_sells_and_the_tile_names_its_drink_and_price(qtbot: Any, demo_db: Database) -> None:
    tile = first_drink(qtbot, demo_db, may_drag=True)
    assert tile.toolTip() == f"Sell {tile.text()} ({price_text(tile.price)})"
    with qtbot.waitSignal(tile.clicked), qtbot.assertNotEmitted(tile.dropped):
        qtbot.mouseClick(tile, Click)
    tile.set_price(None)
    assert tile.toolTip() == f"Sell {tile.text()} (no price)"


def test_the_owner_carries_a_tile_instead_of_selling_it(qtbot: Any, demo_db: Database) -> None:
    tile = first_drink(qtbot, demo_db, may_drag=True)
    dragged: list[QPoint] = []
    tile.dragged.connect(lambda _tile, at: dragged.append(at))
    with qtbot.waitSignal(tile.dropped) as dropped, qtbot.assertNotEmitted(tile.clicked):
        press_and_move(qtbot, tile, QPoint(60, 0))
    assert dropped.args[0] is tile and dragged and not tile.dragging


def test_a_bartenders_press_and_move_still_sells(qtbot: Any, demo_db: Database) -> None:
    tile = first_drink(qtbot, demo_db, may_drag=False)
    with qtbot.waitSignal(tile.clicked), qtbot.assertNotEmitted(tile.dropped):
        press_and_move(qtbot, tile, QPoint(30, 0))


def test_the_channel_toggle_holds_one_channel(qtbot: Any) -> None:
    toggle = ChannelToggle()
    qtbot.addWidget(toggle)
    with qtbot.waitSignal(toggle.changed) as changed:
        toggle.set_channel(Channel.SPEAKEASY)
    assert changed.args == [Channel.SPEAKEASY] and toggle.channel() == Channel.SPEAKEASY
    toggle.show()
    qtbot.mouseClick(toggle.buttons[Channel.TAKEAWAY], Click)
    assert toggle.channel() == Channel.TAKEAWAY
    assert not toggle.buttons[Channel.SPEAKEASY].isChecked()
    assert toggle.buttons[Channel.TAKEAWAY].text() == "Take-away"


def test_the_stepper_counts_from_one_to_twenty(qtbot: Any) -> None:
    stepper = QuantityStepper()
    qtbot.addWidget(stepper)
    stepper.show()
    assert (stepper.value(), stepper.label.text()) == (1, "× 1")
    assert not stepper.minus.isEnabled()
    with qtbot.waitSignal(stepper.changed) as changed:
        qtbot.mouseClick(stepper.plus, Click)
    assert changed.args == [2] and stepper.label.text() == "× 2"
    stepper.set_value(99)
    assert stepper.value() == MAX_QUANTITY and not stepper.plus.isEnabled()
    stepper.set_value(-3)
    assert stepper.value() == 1


def test_a_recent_sale_is_elided_to_its_room_with_the_whole_in_the_tip(qtbot: Any) -> None:
    row = RecentSaleRow()
    qtbot.addWidget(row)
    row.show_sale("2 × Negroni", "take-away · 21:04", width=400)
    assert row.what.text() == "2 × Negroni" and row.what.toolTip() == ""
    assert row.undo.accessibleName() == "Undo 2 × Negroni (take-away · 21:04)"
    long = "3 × Negroni sbagliato with prosecco and an orange twist, no ice"
    row.show_sale(long, "speakeasy · 22:10", width=160)
    assert row.what.text() != long and row.what.text().endswith("…")
    assert row.what.toolTip() == long and row.when.text() == "speakeasy · 22:10"


def test_captions_are_upper_case_and_stacks_keep_their_order(qtbot: Any) -> None:
    label = caption("Last sales")
    box = stacked(label, caption("Today"))
    qtbot.addWidget(box)
    assert label.text() == "LAST SALES" and label.objectName() == "caption"
    labels = box.findChildren(QLabel)
    assert [w.text() for w in labels] == ["LAST SALES", "TODAY"] and labels[0] is label
