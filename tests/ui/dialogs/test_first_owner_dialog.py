"""The first start: the owner gives a name and a PIN, and the window works under that name."""

from __future__ import annotations

from typing import Any

import pytest

from inventory_app.db.engine import Database
from inventory_app.domain.permissions import Role
from inventory_app.services.people import roster as people
from inventory_app.services.people.sign_in import sign_in
from inventory_app.ui.context import AppContext
from inventory_app.ui.dialogs.first_owner_dialog import FirstOwnerDialog


def fill(qtbot: Any, dialog: FirstOwnerDialog, name: str, pin: str, repeat: str) -> None:
    qtbot.keyClicks(dialog.name, name)
    qtbot.keyClicks(dialog.pin, pin)
    qtbot.keyClicks(dialog.repeat, repeat)
    dialog.save.click()


@pytest.fixture
def dialog(qtbot: Any, context: AppContext) -> FirstOwnerDialog:
    made = FirstOwnerDialog(context)
    qtbot.addWidget(made)
    made.show()
    return made


def test_the_owner_names_themself(
    qtbot: Any, db: Database, context: AppContext, dialog: FirstOwnerDialog
) -> None:
    fill(qtbot, dialog, "Marta Rossi", "4321", "4321")
    assert dialog.result() == dialog.DialogCode.Accepted
    assert (context.user, context.role) == ("Marta Rossi", Role.OWNER)
    with db.reading() as s:
        assert not people.needs_first_owner(s)
        active = {u.name for u in people.list_users(s) if u.active}
        assert "Marta Rossi" in active and "owner" not in active
    assert sign_in(db, "Marta Rossi", "4321").role == Role.OWNER


def test_keeping_the_name_owner_sets_its_pin(
    qtbot: Any, db: Database, context: AppContext, dialog: FirstOwnerDialog
) -> None:
    fill(qtbot, dialog, "owner", "4321", "4321")
    assert context.user == "owner"
    assert sign_in(db, "owner", "4321").name == "owner"


def test_two_different_pins_are_refused(qtbot: Any, db: Database, dialog: FirstOwnerDialog) -> None:
    fill(qtbot, dialog, "Marta", "4321", "4322")
    assert dialog.isVisible() and "differ" in dialog.message.text()
    with db.reading() as s:
        assert people.needs_first_owner(s)


def test_a_bad_pin_shows_the_services_message(qtbot: Any, dialog: FirstOwnerDialog) -> None:
    fill(qtbot, dialog, "Marta", "12", "12")
    assert dialog.isVisible() and dialog.message.text()


def test_not_now_keeps_the_nameless_owner(
    qtbot: Any, context: AppContext, dialog: FirstOwnerDialog
) -> None:
    dialog.later.click()
    assert dialog.result() == dialog.DialogCode.Rejected and context.user == "owner"
