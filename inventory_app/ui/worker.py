"""Long work off the UI thread: progress and the result come back to the window as signals."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal

from inventory_app.domain.errors import InventoryError
from inventory_app.services.support.error_log import record_error

# The work gets a progress callback: report(done, total) answers False once Cancel is pressed.
Report = Callable[[int, int], bool]
PER_MILLE = 1000


# Workers whose thread has not finished: a QThread destroyed while running aborts the app.
_RUNNING: set[Worker] = set()


class Worker(QThread):
    """Runs one piece of work in its own thread; exactly one of succeeded/failed follows.

    Signals are emitted from the worker thread and delivered queued to objects living in
    the UI thread, so slots there may touch widgets. The work must open its own session.

    `owner` (the page or dialog that started it) is not its Qt parent: Qt deletes a parent's
    children with it, and a QThread deleted while it runs aborts the whole app ("Destroyed
    while thread is still running"; a page is deleted when the language changes, a dialog
    when its window goes). Once the owner is gone the work is cancelled, and the worker is
    kept here until its thread has finished.
    """

    progressed = Signal(int)  # per mille: Python ints beyond 32 bits do not cross signals
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Report], object], owner: QObject | None = None) -> None:
        super().__init__()
        self._work = work
        self._cancel = threading.Event()
        if owner is not None:
            owner.destroyed.connect(self.cancel)

    def start(self, priority: QThread.Priority = QThread.Priority.InheritPriority) -> None:
        """Held until its thread has finished, whoever else lets go of it.

        Finished workers are let go here, never in a slot of their own: dropping the last
        reference there would delete the worker while Qt is still delivering its event.
        """
        _RUNNING.difference_update([w for w in _RUNNING if w.isFinished()])
        _RUNNING.add(self)
        super().start(priority)

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self._cancel.set()

    @property
    def cancelling(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        """The thread's body: the work, then its result or its error as a signal."""
        try:
            result = self._work(self._report)
        except InventoryError as error:
            self.failed.emit(error)
        except Exception as error:  # shown as a message: a worker must never die silently
            log = record_error(error, during="work in the background")
            self.failed.emit(InventoryError(f"unexpected error: {error!r} (details in {log})"))
        else:
            self.succeeded.emit(result)

    def _report(self, done: int, total: int) -> bool:
        if total > 0:
            self.progressed.emit(min(PER_MILLE, done * PER_MILLE // total))
        return not self._cancel.is_set()


def wait_for_workers() -> None:
    """Cancel every running worker and wait for it: called as the app ends."""
    for worker in list(_RUNNING):
        worker.cancel()
        worker.wait()
        _RUNNING.discard(worker)
