"""The sign-in screen: pick a name, type a PIN; wrong PINs and locks say what the service says."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from inventory_app.db.engine import Database
from inventory_app.db.models import Movement
from inventory_app.domain.permissions import Role
from inventory_app.services.people import roster as people
from inventory_app.ui import operations
from inventory_app.ui.context import AppContext
from inventory_app.ui.dialogs.pin_pad import OK
from inventory_app.ui.dialogs.sign_in_dialog import SignInDialog
from inventory_app.ui.operations import Adjustment
from tests.ui.conftest import Bar

PINS = {"owner": "1234", "ann": "2468", "bob": "1357"}


@pytest.fixture
def with_pins(db: Database) -> None:
    with db.transaction() as s:
        for name, pin in PINS.items():
            people.set_secret(s, name, pin, author="owner")


@pytest.fixture
def dialog_for(qtbot: Any, context: AppContext) -> Callable[[bool], SignInDialog]:
    def make(locked: bool) -> SignInDialog:
        dialog = SignInDialog(context, locked=locked)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def type_pin(qtbot: Any, dialog: SignInDialog, pin: str) -> None:
    for digit in pin:
        qtbot.mouseClick(dialog.pad.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.pad.keys[OK], Qt.MouseButton.LeftButton)


@pytest.mark.usefixtures("with_pins")
def test_active_people_are_listed(dialog_for: Callable[[bool], SignInDialog]) -> None:
    dialog = dialog_for(True)
    names = {dialog.user_at(r).name for r in range(dialog.people.count())}
    assert {"owner", "ann", "bob"} <= names
    assert dialog.chosen() is not None and dialog.chosen().name == "owner"  # type: ignore[union-attr]


@pytest.mark.usefixtures("with_pins")
def test_pin_pad_signs_in(
    qtbot: Any, context: AppContext, dialog_for: Callable[[bool], SignInDialog]
) -> None:
    dialog = dialog_for(True)
    dialog.pick("ann")
    with qtbot.waitSignal(context.signed_in.changed):
        type_pin(qtbot, dialog, PINS["ann"])
    assert dialog.result() == dialog.DialogCode.Accepted
    assert (context.user, context.role) == ("ann", Role.BARTENDER)


@pytest.mark.usefixtures("with_pins")
def test_wrong_pin_says_how_many_tries_are_left(
    qtbot: Any, context: AppContext, dialog_for: Callable[[bool], SignInDialog]
) -> None:
    dialog = dialog_for(True)
    dialog.pick("bob")
    type_pin(qtbot, dialog, "0000")
    assert dialog.message.text() == "Wrong PIN for bob: 4 tries left before a one-minute lock"
    assert dialog.isVisible() and dialog.pad.pin == "" and context.user == "owner"


@pytest.mark.usefixtures("with_pins")
def test_five_wrong_pins_lock_the_person(
    qtbot: Any, context: AppContext, dialog_for: Callable[[bool], SignInDialog]
) -> None:
    dialog = dialog_for(True)
    dialog.pick("bob")
    for _ in range(5):
        type_pin(qtbot, dialog, "0000")
    assert "bob is now locked for 60 seconds" in dialog.message.text()
    type_pin(qtbot, dialog, PINS["bob"])  # the right PIN, too late
    assert "bob is locked for" in dialog.message.text()
    assert context.user == "owner"


@pytest.mark.usefixtures("with_pins")
def test_a_locked_screen_cannot_be_escaped(
    qtbot: Any, dialog_for: Callable[[bool], SignInDialog]
) -> None:
    dialog = dialog_for(True)
    assert not dialog.cancel.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    switching = dialog_for(False)
    qtbot.keyClick(switching, Qt.Key.Key_Escape)
    assert not switching.isVisible()


@pytest.mark.usefixtures("with_pins")
def test_switching_user_changes_the_author_of_the_next_movement(
    qtbot: Any,
    db: Database,
    bar: Bar,
    context: AppContext,
    dialog_for: Callable[[bool], SignInDialog],
) -> None:
    waste = Adjustment(sku="CAMP-1L", amount=Decimal(-30), unit="ml", reason="waste")  # type: ignore[arg-type]
    assert operations.adjust_stock(context, adjustment=waste) is None
    dialog = dialog_for(False)
    dialog.pick("ann")
    type_pin(qtbot, dialog, PINS["ann"])
    assert operations.adjust_stock(context, adjustment=waste) is None
    with db.reading() as s:
        authors = s.scalars(
            select(Movement.author).where(Movement.reason == "waste").order_by(Movement.id)
        ).all()
    assert authors == ["owner", "ann"]


@pytest.mark.usefixtures("with_pins")
def test_in_italian_the_screen_names_people_by_their_italian_role(
    italian: None, qtbot: Any, context: AppContext, dialog_for: Callable[[bool], SignInDialog]
) -> None:
    dialog = dialog_for(False)
    assert dialog.windowTitle() == "Cambia utente"
    names = [dialog.people.item(r).text() for r in range(dialog.people.count())]
    assert "owner  ·  titolare" in names and "ann  ·  barista" in names
    dialog.pick("ann")
    assert dialog.prompt.text() == "PIN di ann"
    assert dialog.cancel.text() == "Annulla" and dialog.pad.keys[OK].text() == "OK"
    with qtbot.waitSignal(context.signed_in.changed):
        type_pin(qtbot, dialog, PINS["ann"])
    assert context.user == "ann"
