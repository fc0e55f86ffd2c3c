"""ui/read_only.py: owner-only dialogs open read-only for a bartender, saying why."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from inventory_app.db.engine import Database
from inventory_app.domain.permissions import Action, Role
from inventory_app.ui.context import AppContext, Changes
from inventory_app.ui.read_only import freeze, make_read_only, read_only_reason

Button = QDialogButtonBox.StandardButton


def test_the_reason_names_the_person_and_what_only_the_owner_may_do(db: Database) -> None:
    owner = AppContext(database=db, user="anna", changes=Changes(), role=Role.OWNER)
    assert read_only_reason(owner, Action.MANAGE_USERS) is None
    bartender = AppContext(database=db, user="giulia", changes=Changes(), role=Role.BARTENDER)
    reason = read_only_reason(bartender, Action.MANAGE_USERS)
    assert reason is not None
    assert reason.startswith("Only the owner may manage users")  # the PHRASES wording
    assert reason.endswith(": you are signed in as giulia, bartender. Shown read-only.")
    assert read_only_reason(bartender, Action.SELL) is None


def test_the_reason_in_italian(db: Database, italian: None) -> None:
    bartender = AppContext(database=db, user="giulia", changes=Changes(), role=Role.BARTENDER)
    reason = read_only_reason(bartender, Action.MANAGE_USERS)
    assert reason is not None
    assert reason.startswith("Solo il titolare può ")
    assert reason.endswith(": sei entrato come giulia, barista. In sola lettura.")


def test_every_editor_is_frozen_and_only_close_is_left(qtbot: Any) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    form = QWidget()
    inner = QVBoxLayout(form)
    edits = (QLineEdit("Campari"), QPlainTextEdit("notes"), QSpinBox())
    choices = (QComboBox(), QCheckBox("active"))
    table = QTableWidget(1, 1)
    for widget in (*edits, *choices, table):
        inner.addWidget(widget)
    layout.addWidget(form)
    buttons = QDialogButtonBox(Button.Save | Button.Cancel)
    layout.addWidget(buttons)
    label = make_read_only("Shown read-only.", layout=layout, content=[form], buttons=buttons)
    assert all(e.isReadOnly() for e in edits)
    assert not any(c.isEnabled() for c in choices)
    assert table.editTriggers() == QTableWidget.EditTrigger.NoEditTriggers
    assert buttons.standardButtons() == Button.Close
    first = layout.itemAt(0)
    assert first is not None and first.widget() is label
    assert label.objectName() == "readOnlyReason"
    assert label.text() == "Shown read-only."


def test_freeze_reaches_the_widget_itself(qtbot: Any) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    freeze(edit)
    assert edit.isReadOnly()
