"""ui/styling.py: object names the stylesheet selects on, properties it reacts to."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from inventory_app.ui.styling import named, set_state


def test_named_gives_back_the_same_widget_with_its_name(qtbot: Any) -> None:
    label = QLabel("Campari")
    qtbot.addWidget(label)
    assert named(label, "fieldError") is label and label.objectName() == "fieldError"


def test_a_state_property_is_set_and_the_stylesheet_applies_to_it(qtbot: Any) -> None:
    label = QLabel("Campari")
    qtbot.addWidget(label)
    label.setStyleSheet('QLabel[invalid="true"] { color: #b3261e; }')
    label.show()
    before = label.palette().color(label.foregroundRole()).name()
    set_state(label, "invalid", True)
    assert label.property("invalid") is True
    assert label.palette().color(label.foregroundRole()).name() == "#b3261e" != before
    set_state(label, "invalid", False)
    assert label.palette().color(label.foregroundRole()).name() == before
