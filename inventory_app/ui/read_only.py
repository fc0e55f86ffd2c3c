"""Owner-only dialogs open read-only for a bartender, with one line saying why.

A bartender may look at an item, a recipe or the settings; nothing in them invites an
edit that Save would then refuse (the services refuse anyway).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from inventory_app.domain.permissions import Action, action_phrase
from inventory_app.i18n.catalogue import tr
from inventory_app.ui.context import AppContext
from inventory_app.ui.styling import named


def read_only_reason(context: AppContext, action: Action) -> str | None:
    """None when this person may do it; else the one line the dialog shows on top."""
    if context.may(action):
        return None
    return tr(
        "Only the owner may {what}: you are signed in as {name}, {role}. Shown read-only."
    ).format(what=action_phrase(action), name=context.user, role=context.role.label)


def make_read_only(
    reason: str, *, layout: QVBoxLayout, content: list[QWidget], buttons: QDialogButtonBox
) -> QLabel:
    """Freeze every editor in `content`, leave only Close, and say why on top."""
    for widget in content:
        freeze(widget)
    buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
    label = named(QLabel(reason), "readOnlyReason")
    label.setWordWrap(True)
    layout.insertWidget(0, label)
    return label


def freeze(widget: QWidget) -> None:
    """Text stays selectable; choices, buttons and table edits are switched off."""
    for edit in [widget, *widget.findChildren(QWidget)]:
        if isinstance(edit, (QLineEdit, QPlainTextEdit, QAbstractSpinBox)):
            edit.setReadOnly(True)
            edit.style().unpolish(edit)  # the stylesheet greys [readOnly="true"] fields
            edit.style().polish(edit)
        elif isinstance(edit, (QComboBox, QAbstractButton)):
            edit.setEnabled(False)
        elif isinstance(edit, QAbstractItemView):
            edit.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
