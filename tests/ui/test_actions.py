"""ui/actions.py: page actions from a table of specs, each with its icon, keys and tooltip."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence

from inventory_app.ui.actions import ActionSpec, build_actions


def test_actions_get_their_keys_tooltip_icon_and_slot(qtbot: Any) -> None:
    owner = QObject()
    ran: list[str] = []
    specs: list[ActionSpec] = [
        ("new", "new", "&New item…", ("Ctrl+N", "Insert"), lambda: ran.append("new")),
        ("plain", "", "&Refresh", (), lambda: ran.append("plain")),
    ]
    actions = build_actions(owner, specs)
    assert list(actions) == ["new", "plain"]
    new, plain = actions["new"], actions["plain"]
    assert new.shortcuts() == [QKeySequence("Ctrl+N"), QKeySequence("Insert")]
    assert new.toolTip() == "New item (Ctrl+N)" and plain.toolTip() == "Refresh"
    assert not new.icon().isNull() and plain.icon().isNull()
    assert new.parent() is owner
    new.trigger()
    plain.trigger()
    assert ran == ["new", "plain"]
