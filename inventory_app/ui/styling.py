"""How widgets meet the stylesheet: object names it selects on, properties it reacts to."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """The widget with the object name app.qss selects on (and tests find it by)."""
    widget.setObjectName(name)
    return widget


def set_state(widget: QWidget, prop: str, value: object) -> None:
    """Set a property the stylesheet matches on, and make the style look at it again."""
    widget.setProperty(prop, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
