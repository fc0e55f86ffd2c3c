"""The standard buttons of a dialog, in the app's language.

Qt names a QDialogButtonBox's standard buttons (OK, Cancel, Save, Close) in its own
words; the app's catalogue names them here, so a dialog reads in one language whatever
translator Qt itself has loaded.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from inventory_app.i18n.catalogue import NC_, trc

Standard = QDialogButtonBox.StandardButton

CONTEXT = "button"
NAMES = (
    (Standard.Ok, NC_("button", "OK")),
    (Standard.Cancel, NC_("button", "Cancel")),
    (Standard.Save, NC_("button", "Save")),
    (Standard.Close, NC_("button", "Close")),
    (Standard.Yes, NC_("button", "Yes")),
    (Standard.No, NC_("button", "No")),
)


def name_buttons(box: QDialogButtonBox) -> QDialogButtonBox:
    """Give every standard button the box holds its name in the current language."""
    for which, name in NAMES:
        button = box.button(which)
        if button is not None:
            button.setText(trc(CONTEXT, name))
    return box


def standard_buttons(buttons: QDialogButtonBox.StandardButton) -> QDialogButtonBox:
    """A button box with these standard buttons, named in the current language."""
    return name_buttons(QDialogButtonBox(buttons))
