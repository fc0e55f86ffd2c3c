"""Page actions built from a table of specs: every action gets its icon, keys and tooltip alike."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence

from inventory_app.ui.icons import icon

# name, icon name ("" for none), menu text, shortcuts (first one shown in the tooltip), slot
ActionSpec = tuple[str, str, str, Sequence[str], Callable[[], object]]


def build_actions(owner: QObject, specs: Sequence[ActionSpec]) -> dict[str, QAction]:
    """The page's actions by name, ready for its toolbar and the main window's menus."""
    actions: dict[str, QAction] = {}
    for name, icon_name, text, keys, slot in specs:
        action = QAction(icon(icon_name) if icon_name else QIcon(), text, owner)
        action.setShortcuts([QKeySequence(k) for k in keys])
        label = text.replace("&", "").rstrip("…")
        action.setToolTip(f"{label} ({keys[0]})" if keys else label)
        action.triggered.connect(lambda _checked=False, run=slot: run())
        actions[name] = action
    return actions
