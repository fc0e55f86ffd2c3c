"""The one way the window runs work, as Anki's CollectionOp and QueryOp: Op writes, Query reads.

An Op is one user action: one service call in one transaction, a refusal returned as the
message to show, and after success one change signal that says what changed, so each page
refreshes only if it shows that. A Query is a read a page shows: on a pool thread, its answer
delivered on the UI thread, and an answer to an older question than the newest dropped.
Nothing else under ui/ opens a session: ui/queries.py's one-call reads go through read_now.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar, cast

from PySide6.QtCore import QObject, QThreadPool, Signal

from inventory_app.domain.errors import InventoryError
from inventory_app.ui.context import AppContext, Change

if TYPE_CHECKING:  # SQLAlchemy loads with the first page, after the window's frame paints
    from inventory_app.db.engine import Database, Session

T = TypeVar("T")


class Op(Generic[T]):
    """One user action: `work` in one transaction, then the change signal with `changes`."""

    def __init__(self, context: AppContext, changes: Change, work: Callable[[Session], T]) -> None:
        self._context = context
        self.changes = changes
        self._work = work

    def run(self) -> T | InventoryError:
        """On the UI thread: the transaction; a refusal comes back, a success is announced."""
        try:
            result = self.call()
        except InventoryError as error:
            return error
        self.announce()
        return result

    def call(self) -> T:
        """The transaction alone, on any thread (a Worker's, for a long import); refusals raise.

        The caller announces on the UI thread once it has the result (`announce`).
        """
        with self._context.database.transaction() as session:
            return self._work(session)

    def announce(self) -> None:
        """Every page that shows one of `changes` refreshes itself."""
        self._context.changes.announce(self.changes)


def read_now(database: Database, read: Callable[[Session], T]) -> T:
    """A read in its own session on the calling thread: a dialog's few rows, or a Worker's export.

    A read that can take longer than a frame on the UI thread goes through a Query instead.
    """
    with database.reading() as session:
        return read(session)


class _Delivery(QObject):
    """Carries an answer from a pool thread, queued to the UI thread.

    It has no parent: it outlives its Query if a reading does, and nobody hears it then.
    """

    arrived = Signal(object)  # (which question, what was read or the error)


class Query(QObject, Generic[T]):
    """A read a page shows, off the UI thread; only the newest question's answer is shown.

    `shown` gets the answer on the UI thread; an error reaches `failed` as the message
    "<failure>: <error>" (the page's usual words). A child of its page: gone with it.
    """

    def __init__(
        self,
        *,
        shown: Callable[[T], object],
        failed: Callable[[InventoryError], object],
        failure: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._shown, self._failed, self._failure = shown, failed, failure
        self._asked = 0  # the newest question's number
        self._answered = 0
        self._delivery = _Delivery()
        self._delivery.arrived.connect(self._arrived)

    @property
    def waiting(self) -> bool:
        """Whether the newest question is still being read."""
        return self._answered < self._asked

    def ask(self, read: Callable[[], T]) -> None:
        """`read` on a pool thread; an answer still coming for an older question is dropped.

        `read` opens its own session (in ui/queries.py, or with read_now).
        """
        self._asked += 1
        asked, delivery = self._asked, self._delivery

        def run() -> None:
            try:
                found: object = read()
            except Exception as error:  # shown on the page: a reading never dies silently
                found = error
            with contextlib.suppress(RuntimeError):  # the window is gone: nobody to tell
                delivery.arrived.emit((asked, found))

        QThreadPool.globalInstance().start(run)

    def drop(self) -> None:
        """The answer being read is no longer wanted (the page answered it another way)."""
        self._answered = self._asked = self._asked + 1

    def _arrived(self, answer: tuple[int, object]) -> None:
        asked, found = answer
        if asked != self._asked:  # an older question's: the page waits for, or shows, a newer
            return
        self._answered = asked
        if isinstance(found, Exception):
            self._failed(InventoryError(f"{self._failure}: {found}"))
        else:
            self._shown(cast(T, found))  # what `read` returned
