"""What every page and dialog is handed: the database, who is signed in and the change signal."""

from __future__ import annotations

from collections.abc import Callable
from enum import Flag
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from inventory_app.domain.permissions import Action, Actor, Role, allowed

if TYPE_CHECKING:  # the window's frame is painted before SQLAlchemy is imported
    from inventory_app.db.engine import Database


class Change(Flag):
    """What an action changed: each page refreshes on the kinds it shows, and on no other."""

    ITEMS = 1  # the catalogue: names, sizes, par, costs, suppliers, barcodes
    STOCK = 2  # the ledger's quantities
    BOTTLES = 4  # openings, finishes, the bottles' state
    RECIPES = 8  # recipes, preps and the menu
    SALES = 16
    COUNTS = 32
    ORDERS = 64
    PEOPLE = 128
    SETTINGS = 256
    EVERYTHING = 511  # a refresh (F5), a restored backup


class Changes(QObject):
    """Fired once after every successful user action, with what it changed."""

    changed = Signal(object)  # a Change

    def announce(self, what: Change) -> None:
        self.changed.emit(what)

    def watch(self, receiver: QObject, shows: Change, refresh: Callable[[], object]) -> Watch:
        """`refresh` runs after every change of a kind `receiver` shows, while it exists."""
        return Watch(self, shows, refresh, receiver)


class Watch(QObject):
    """One page's ear on the change signal: a child of the page, so it goes with the page."""

    def __init__(
        self, changes: Changes, shows: Change, refresh: Callable[[], object], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._changes, self._shows, self._refresh = changes, shows, refresh
        changes.changed.connect(self.heard)

    def heard(self, what: Change) -> None:
        if what & self._shows:
            self._refresh()

    def stop(self) -> None:
        """Hear no more (a dialog that may outlive its window, once closed)."""
        self._changes.changed.disconnect(self.heard)


class SignedIn(QObject):
    """Who works the window now; `changed` fires when someone else signs in."""

    changed = Signal()

    def __init__(self, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actor = actor

    @property
    def actor(self) -> Actor:
        return self._actor

    def switch(self, actor: Actor) -> None:
        if actor != self._actor:
            self._actor = actor
            self.changed.emit()


class AppContext:
    """Passed down from the entry point (no globals): who works on which database.

    `user` is read at every action, so the author of the next movement is whoever is
    signed in at that moment, on every page and dialog alike.
    """

    def __init__(
        self, *, database: Database, user: str, changes: Changes, role: Role = Role.OWNER
    ) -> None:
        self.database = database
        self.changes = changes
        self.signed_in = SignedIn(Actor(user, role))
        # Whether costs, margins and pour cost % show (services/recipes/cost_visibility.py); the
        # window's Doorman keeps it up to date for whoever is signed in.
        self.sees_costs = role == Role.OWNER

    @property
    def user(self) -> str:
        return self.signed_in.actor.name

    @property
    def role(self) -> Role:
        return self.signed_in.actor.role

    def may(self, action: Action) -> bool:
        """A courtesy for buttons: the services refuse on their own anyway."""
        return allowed(self.role, action)
