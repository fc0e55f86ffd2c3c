"""Kept totals disagree with the ledger: say which, and let an owner rebuild them.

The comparison runs on a thread of its own while the window opens (services/ledger/guard.py);
its verdict is watched from the UI thread here. Nothing is written meanwhile: every write
waits for the verdict and is refused while a total is out of step. The dialog does not
block the window: reads, and the sign-in screen, go on behind it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from inventory_app.domain.errors import InventoryError
from inventory_app.domain.permissions import Action
from inventory_app.i18n.catalogue import N_, ntr, tr
from inventory_app.services.ledger.check import MAX_NAMED, Mismatch
from inventory_app.ui.context import Change

if TYPE_CHECKING:
    from inventory_app.services.ledger.guard import LedgerGuard

POLL_MS = 25  # how often the window looks whether the comparison has answered
TITLE = N_("Stock disagrees with the ledger")


class LedgerDialog(QMessageBox):
    """Which items, kept against ledger, and the way out (for an owner)."""

    def __init__(self, parent: QWidget | None, mismatches: list[Mismatch], *, may: bool) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(tr(TITLE))
        named = "\n".join(f"  {m}" for m in mismatches[:MAX_NAMED])
        more = len(mismatches) - MAX_NAMED
        if more > 0:
            named += "\n  " + tr("and {count} more").format(count=more)
        self.setText(
            tr(
                "The stock kept for these items disagrees with the sum of their ledger lines, "
                "so nothing will be saved until it is rebuilt:\n\n{items}"
            ).format(items=named)
        )
        how = (
            tr("Rebuild now?")
            if may
            else tr(
                "Only an owner may rebuild: the owner signs in and opens the window again, "
                "or runs  inventory-app check --repair."
            )
        )
        self.setInformativeText(
            tr(
                "The ledger (every sale, delivery and count) is intact. Rebuilding sets each "
                "kept total to its ledger sum and records the change in History. {then}"
            ).format(then=how)
        )
        self.rebuild_button = (
            self.addButton(tr("Rebuild from the ledger"), QMessageBox.ButtonRole.AcceptRole)
            if may
            else None
        )
        self.later_button = self.addButton(tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.rebuild_button or self.later_button)

    def rebuild_chosen(self) -> bool:
        return self.rebuild_button is not None and self.clickedButton() is self.rebuild_button


class LedgerWarning(QObject):
    """Looks at the running comparison until it answers, then says what it found."""

    def __init__(self, window: Any, guard: LedgerGuard) -> None:
        super().__init__(window)
        self._window = window
        self._guard = guard
        self.dialog: LedgerDialog | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def _look(self) -> None:
        if not (self._guard.finished and self._window.is_open):
            return
        self._timer.stop()
        mismatches = self._guard.out_of_step()
        if mismatches:
            may = self._window.context.may(Action.CORRECTION)
            self.dialog = LedgerDialog(self._window, mismatches, may=may)
            self.dialog.finished.connect(self._answered)
            self.dialog.open()
        elif (verdict := self._guard.verdict()) is not None:
            QMessageBox.warning(self._window, tr(TITLE), str(verdict))

    def _answered(self) -> None:
        if self.dialog is None or not self.dialog.rebuild_chosen():
            return
        context = self._window.context
        try:
            rebuilt = self._guard.repair(author=context.user)
        except InventoryError as error:
            QMessageBox.critical(
                self._window, tr("Not rebuilt"), tr("Not rebuilt: {error}").format(error=error)
            )
            return
        context.changes.announce(Change.STOCK)
        self._window.show_message(
            ntr(
                "Rebuilt {count} kept total from the ledger",
                "Rebuilt {count} kept totals from the ledger",
                len(rebuilt),
            ).format(count=len(rebuilt))
        )


def watch_ledger(window: Any, guard: LedgerGuard) -> LedgerWarning:
    """Once the window is open and the comparison has answered: the dialog, if needed."""
    return LedgerWarning(window, guard)
