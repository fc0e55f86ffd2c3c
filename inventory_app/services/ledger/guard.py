"""The start-up comparison of kept totals with the ledger, and the door it keeps on writes.

Every front end opens the bar through one of these (commands/database_choice.py): the
comparison (services/ledger/check.py, one grouped query: 150 ms on a million movements)
runs on a thread of its own in the window, so the first page does not wait for it, and
before the command in the CLI. Reads go on meanwhile; every write first waits for the
verdict and is refused while a kept total disagrees with the ledger, naming the items,
until the owner rebuilds them (`repair`). A comparison that could not run refuses
writes too (fail closed), and is tried again at the next write.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from inventory_app.db.engine import Database
from inventory_app.domain.errors import InventoryError
from inventory_app.i18n.catalogue import tr
from inventory_app.services.ledger.check import (
    LedgerOutOfStep,
    Mismatch,
    find_mismatches,
    rebuild_kept_totals,
)


class LedgerCheckFailed(InventoryError):
    """The comparison itself failed: writes wait for one that runs."""


class LedgerGuard:
    """Compares once at start; `require_in_step` is chained to the database's before_write.

    `first` runs before the comparison on its thread: the window waits there for the
    file's own check, and a damaged file (a truthy answer) is not read at all (its
    writes are refused by that check).
    """

    def __init__(
        self,
        database: Database,
        *,
        background: bool,
        first: Callable[[], object] = lambda: None,
    ) -> None:
        self._database = database
        self._first = first
        self._verdict: InventoryError | None = None
        self._finished = threading.Event()
        self._lock = threading.Lock()
        self._repairing = threading.local()
        before = database.before_write

        def guarded() -> None:
            before()
            self.require_in_step()

        database.before_write = guarded
        if background:
            threading.Thread(target=self._run, name="ledger check", daemon=True).start()
        else:
            self._run()

    def _run(self) -> None:
        try:
            if not self._first():
                self._verdict = self._compare()
        except Exception as error:  # fail closed, whatever failed
            self._verdict = _failed(error)
        finally:
            self._finished.set()

    def _compare(self) -> InventoryError | None:
        try:
            with self._database.reading() as session:
                mismatches = find_mismatches(session)
        except Exception as error:  # fail closed: no write until a comparison has run
            return _failed(error)
        return LedgerOutOfStep(mismatches) if mismatches else None

    @property
    def finished(self) -> bool:
        return self._finished.is_set()

    def verdict(self) -> InventoryError | None:
        """LedgerOutOfStep (or LedgerCheckFailed), or None; waits for the comparison."""
        self._finished.wait()
        return self._verdict

    def out_of_step(self) -> list[Mismatch]:
        verdict = self.verdict()
        return verdict.mismatches if isinstance(verdict, LedgerOutOfStep) else []

    def require_in_step(self) -> None:
        """Before a write: wait for the verdict; a disagreement raises, naming the items."""
        if getattr(self._repairing, "now", False):
            return
        verdict = self.verdict()
        if isinstance(verdict, LedgerCheckFailed):
            with self._lock:
                verdict = self._verdict = self._compare()
        if isinstance(verdict, LedgerOutOfStep):
            raise LedgerOutOfStep(verdict.mismatches)  # a fresh error for each refusal
        if verdict is not None:
            raise verdict

    def repair(self, *, author: str) -> list[Mismatch]:
        """Rebuild the kept totals from the ledger (owner, audited); writes then go ahead.

        The one write let through the door: its own transaction, then a new comparison.
        """
        self.verdict()
        self._repairing.now = True
        try:
            with self._database.transaction() as session:
                rebuilt = rebuild_kept_totals(session, author=author)
        finally:
            self._repairing.now = False
        with self._lock:
            self._verdict = self._compare()
        return rebuilt


def _failed(error: Exception) -> LedgerCheckFailed:
    return LedgerCheckFailed(
        tr(
            "the start-up comparison of stock with the ledger could not run ({error}); "
            "nothing is written until it has"
        ).format(error=error)
    )
