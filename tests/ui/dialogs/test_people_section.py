"""ui/dialogs/people_section.py: the people list and its buttons in File > Settings.

On a copy of the demo bar (the owner and giulia, each with a PIN); the PIN dialog is
answered by a function standing in for the person typing (the dialog is tested in
test_person_dialog.py), everything else is the real section and the real services.
"""

from __future__ import annotations

from typing import Any

import pytest

from inventory_app.db.engine import Database
from inventory_app.domain.permissions import Role
from inventory_app.ui import queries
from inventory_app.ui.context import AppContext, Changes
from inventory_app.ui.dialogs.people_section import PeopleSection
from inventory_app.ui.dialogs.person_dialog import PersonAnswer, PersonDialog
from tests.ui.conftest import DEMO_OWNER


def section_for(qtbot: Any, demo_db: Database, user: str, role: Role) -> PeopleSection:
    context = AppContext(database=demo_db, user=user, changes=Changes(), role=role)
    section = PeopleSection(context)
    qtbot.addWidget(section)
    return section


def answering(monkeypatch: pytest.MonkeyPatch, answer: PersonAnswer | None) -> None:
    monkeypatch.setattr(PersonDialog, "ask", classmethod(lambda cls, *a, **k: answer))


def test_the_owner_adds_a_person_who_is_then_selected(
    qtbot: Any, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    section = section_for(qtbot, demo_db, DEMO_OWNER, Role.OWNER)
    assert section.add_button.isEnabled() and not section.pin_button.isEnabled()
    assert section.why.text() == "Changes to people are saved at once."
    answering(monkeypatch, PersonAnswer("  Marta  Rossi ", Role.BARTENDER, "2468"))
    section.add_button.click()
    chosen = section.chosen()
    assert chosen is not None and chosen.name == "Marta Rossi"
    assert section.message.text() == "Added Marta  Rossi (bartender) with a PIN."
    texts = [section.model.cell_text(chosen, c) for c in range(4)]
    assert texts == ["Marta Rossi", "bartender", "yes", "set"]
    assert section.pin_button.text() == "Reset PIN…" and section.active_button.text() == "Disable"


def test_disabling_and_enabling_keeps_the_person_selected(qtbot: Any, demo_db: Database) -> None:
    section = section_for(qtbot, demo_db, DEMO_OWNER, Role.OWNER)
    section.refresh(select="giulia")
    section.active_button.click()
    assert section.message.text() == "giulia is disabled."
    giulia = section.chosen()
    assert giulia is not None and not giulia.active and section.active_button.text() == "Enable"
    section.active_button.click()
    assert section.message.text() == "giulia is enabled."
    assert {p.name: p.active for p in queries.load_all_people(demo_db)}["giulia"]


def test_a_refused_pin_is_not_saved_and_says_why(
    qtbot: Any, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    section = section_for(qtbot, demo_db, DEMO_OWNER, Role.OWNER)
    section.refresh(select="giulia")
    answering(monkeypatch, PersonAnswer("", None, "1"))  # too short
    section.pin_button.click()
    assert section.message.text().startswith("Not saved: ")
    assert section.message.objectName() == "fieldError"
    answering(monkeypatch, None)  # cancelled: nothing said, nothing done
    section.message.clear()
    section.pin_button.click()
    assert section.message.text() == ""


def test_a_bartender_sees_the_list_read_only(qtbot: Any, demo_db: Database) -> None:
    section = section_for(qtbot, demo_db, "giulia", Role.BARTENDER)
    section.refresh(select=DEMO_OWNER)
    assert section.chosen() is not None
    assert not any(
        b.isEnabled() for b in (section.add_button, section.pin_button, section.active_button)
    )
    assert section.why.text().startswith("Only the owner manages people: you are signed in as")
