"""ui/dialogs/person_dialog.py: a new person or a new PIN; the two PINs must match first.

The answer is then handed to ui/people_operations.py, as the People section does, on the demo
bar's file: the service checks the rest.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit

from inventory_app.db.engine import Database
from inventory_app.domain.permissions import Actor, Role
from inventory_app.ui import people_operations, queries
from inventory_app.ui.context import AppContext, Changes
from inventory_app.ui.dialogs.person_dialog import PersonAnswer, PersonDialog
from tests.ui.conftest import DEMO_OWNER


def answer_of(dialog: PersonDialog) -> PersonAnswer | None:
    """What the dialog answered (read afresh: accept() sets it)."""
    return dialog.answer


def test_a_new_person_needs_a_name_and_the_same_pin_twice(qtbot: Any, demo_db: Database) -> None:
    dialog = PersonDialog(None, title="Add a person", with_name=True)
    qtbot.addWidget(dialog)
    assert dialog.pin.echoMode() == QLineEdit.EchoMode.Password
    dialog.pin.setText("2468")
    dialog.repeat.setText("2468")
    dialog.accept()
    assert dialog.answer is None and dialog.message.text() == "Give their name."
    dialog.name.setText("Marta")
    dialog.repeat.setText("2469")
    dialog.accept()
    assert dialog.answer is None
    assert dialog.message.text() == "The two PINs differ: type the same PIN twice."
    dialog.repeat.setText("2468")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.BARTENDER))
    dialog.accept()
    answer = answer_of(dialog)
    assert answer == PersonAnswer("Marta", Role.BARTENDER, "2468") and answer.role is not None
    context = AppContext(database=demo_db, user=DEMO_OWNER, changes=Changes())
    done = people_operations.add_person(context, name=answer.name, role=answer.role, pin=answer.pin)
    assert done is None
    assert "Marta" in {p.name for p in queries.load_all_people(demo_db)}
    assert people_operations.sign_in(context, name="Marta", secret="2468") == Actor(
        "Marta", Role.BARTENDER
    )
    assert context.user == "Marta"


def test_a_new_pin_asks_no_name_and_cancel_gives_nothing(qtbot: Any) -> None:
    def type_pin() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PersonDialog)
        dialog.pin.setText("97531")
        dialog.repeat.setText("97531")
        dialog.accept()

    QTimer.singleShot(0, type_pin)
    answer = PersonDialog.ask(None, title="New PIN", with_name=False)
    assert answer == PersonAnswer("", None, "97531")

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PersonDialog)
        dialog.reject()

    QTimer.singleShot(0, cancel)
    assert PersonDialog.ask(None, title="New PIN", with_name=False) is None


def test_in_italian_the_labels_roles_and_refusals_are_italian(italian: None, qtbot: Any) -> None:
    dialog = PersonDialog(None, title="Aggiungi una persona", with_name=True)
    qtbot.addWidget(dialog)
    roles = [dialog.role.itemText(n) for n in range(dialog.role.count())]
    assert roles == ["barista", "titolare"] and dialog.role.itemData(0) == Role.BARTENDER
    form = dialog.findChild(QFormLayout)
    assert form is not None
    labels = [form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget() for row in range(4)]  # type: ignore[union-attr]
    assert [label.text() for label in labels] == [  # type: ignore[union-attr]
        "&Nome", "&Ruolo", "&PIN (da 4 a 8 cifre)", "R&ipeti",
    ]  # fmt: skip
    dialog.accept()
    assert dialog.message.text() == "Scrivi il nome."
    dialog.name.setText("Marta")
    dialog.pin.setText("2468")
    dialog.repeat.setText("2469")
    dialog.accept()
    assert dialog.message.text() == "I due PIN sono diversi: scrivi lo stesso PIN due volte."
