"""Who is at the window: the first owner, the sign-in screen, switching, the idle lock.

The main window holds one `Doorman`; it shows who is signed in in the status bar, opens the
sign-in screen on start, on "Switch user" and after the idle time, and hides the buttons the
signed-in role may not use (a courtesy: the services refuse on their own).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QToolButton, QWidget

from inventory_app.domain.permissions import Action
from inventory_app.ui.context import AppContext, Change
from inventory_app.ui.idle_lock import IdleLock
from inventory_app.ui.styling import named

if TYPE_CHECKING:  # the dialogs load when first opened, after the first page has painted
    from inventory_app.ui.dialogs.first_owner_dialog import FirstOwnerDialog
    from inventory_app.ui.dialogs.sign_in_dialog import SignInDialog

# (the window's page attribute, the action or button attribute on it, what it needs)
GUARDED: tuple[tuple[str, str, Action], ...] = (
    ("stock_page", "actions_by_name:new", Action.EDIT_ITEMS),
    ("stock_page", "actions_by_name:edit", Action.EDIT_ITEMS),
    ("recipes_page", "actions_by_name:new", Action.EDIT_RECIPES),
    ("recipes_page", "actions_by_name:edit", Action.EDIT_RECIPES),
    ("count_page", "actions_by_name:finalise", Action.FINALISE_COUNT),
    ("orders_page", "create_button", Action.CREATE_ORDER),
    ("orders_page", "send_button", Action.SEND_ORDER),
    ("orders_page", "receive_button", Action.RECEIVE_ORDER),
    ("orders_page", "cancel_button", Action.CREATE_ORDER),
)


class Doorman(QObject):
    """Keeps the window's idea of who is signed in, and who may be, up to date."""

    def __init__(self, window: Any, context: AppContext) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self.dialog: SignInDialog | FirstOwnerDialog | None = None
        self.idle_lock = IdleLock(self)
        self.idle_lock.idle.connect(self.lock)
        self.badge = self._badge()
        context.signed_in.changed.connect(self._signed_in)
        # The owner may have shared costs, or changed someone's role.
        context.changes.watch(self, Change.SETTINGS | Change.PEOPLE, self.apply_costs)

    def _badge(self) -> QWidget:
        self.who = named(QLabel(), "signedIn")
        self.switch_button = named(QToolButton(), "switchUser")
        self.switch_button.setText("Switch user")
        self.switch_button.setToolTip("Switch user (Ctrl+Shift+L)")
        self.switch_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.switch_button.setAutoRaise(True)
        self.switch_button.clicked.connect(lambda: self.switch_user())
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.who)
        row.addWidget(self.switch_button)
        self._show_who()
        return box

    # --- the moments someone must say who they are -------------------------------------------
    def start(self) -> None:
        """On opening: name the first owner, or sign in once the bar has PINs."""
        from inventory_app.ui import queries
        from inventory_app.ui.dialogs.first_owner_dialog import FirstOwnerDialog

        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle_lock)
        _users, no_pins_yet = queries.load_people(self._context.database)
        if no_pins_yet:
            self._open(FirstOwnerDialog(self._context, self._window))
        else:
            self.lock()

    def lock(self) -> None:
        """The sign-in screen that cannot be dismissed (start, idle time).

        A Switch user screen left open is closed first: a lock is never one Cancel away.
        """
        from inventory_app.ui.dialogs.sign_in_dialog import SignInDialog

        current = self.dialog
        if isinstance(current, SignInDialog) and current.isVisible():
            if current.locked:
                return
            current.reject()
        self.idle_lock.set_interval_ms(0)
        if self._open(SignInDialog(self._context, self._window, locked=True)):
            self._cover(True)

    def cover(self) -> None:
        """Nothing of the bar shows until someone signs in (called before the first page)."""
        self._cover(True)

    def switch_user(self) -> None:
        """One click from the status bar: someone else takes the window."""
        from inventory_app.ui.dialogs.sign_in_dialog import SignInDialog

        self._open(SignInDialog(self._context, self._window, locked=False))

    def _open(self, dialog: SignInDialog | FirstOwnerDialog) -> bool:
        if self.dialog is not None and self.dialog.isVisible():
            return False
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._arm())
        quit_requested = getattr(dialog, "quit_requested", None)
        if quit_requested is not None:
            quit_requested.connect(self._window.close)
        dialog.open()
        return True

    def _cover(self, covered: bool) -> None:
        """A locked window shows no stock, costs or history behind its sign-in screen,
        and names nobody as signed in while it waits."""
        central = self._window.centralWidget()
        if central is not None:
            central.setVisible(not covered)
        if covered:
            self.who.setText("Locked")
            self.who.setToolTip("Sign in to use the window")
        else:
            self._show_who()

    def _arm(self) -> None:
        """Watch for idleness again, if the bar has PINs (without them a lock locks nothing)."""
        from inventory_app.ui import queries

        self._cover(False)
        _users, no_pins_yet = queries.load_people(self._context.database)
        minutes = 0 if no_pins_yet else queries.load_idle_minutes(self._context.database)
        self.idle_lock.set_minutes(minutes)

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle_lock)
        self.idle_lock.set_interval_ms(0)

    # --- showing it -------------------------------------------------------------------------
    def _signed_in(self) -> None:
        self._show_who()
        self.apply_role()
        self._window.show_message(f"Signed in: {self._context.user}")

    def _show_who(self) -> None:
        self.who.setText(f"User: {self._context.user}")
        self.who.setToolTip(f"Signed in as {self._context.user}, {self._context.role.value}")

    def apply_role(self) -> None:
        """Hide what the signed-in role may not use, on the pages built so far (new ones ask)."""
        for page_name, target, action in GUARDED:
            widget = _target(self._window.built(page_name), target)
            if widget is not None:
                widget.setVisible(self._context.may(action))
        self.apply_costs()

    def apply_costs(self) -> None:
        """Costs show to the owner, to a bartender only if the bar allows it (a setting)."""
        from inventory_app.ui.opening_reads import load_sees_costs

        sees = load_sees_costs(self._context.database, self._context.user)
        self._context.sees_costs = sees
        for page in self._window.built_pages():
            show_costs = getattr(page, "show_costs", None)
            if show_costs is not None:
                show_costs(sees)


def _target(page: object, path: str) -> Any:
    if page is None:
        return None
    name, _, key = path.partition(":")
    found = getattr(page, name, None)
    return found.get(key) if key and isinstance(found, dict) else found
