"""Progress of a long import, and the Cancel button that stops it."""

from __future__ import annotations

from collections.abc import Callable

from inventory_app.domain.errors import InventoryError
from inventory_app.i18n.catalogue import tr
from inventory_app.io.sales_file import SalesStream

# progress(done, total): called after every chunk; answering False cancels.
Progress = Callable[[int, int], bool]


class ImportCancelled(InventoryError):
    """The person pressed Cancel: the caller's transaction rolls back."""


class Ticker:
    """Progress over both passes; a callback answering False cancels the import."""

    def __init__(self, progress: Progress | None, *, passes: int) -> None:
        self._progress = progress
        self._passes = passes

    def tick(self, stream: SalesStream, done_passes: int) -> None:
        if self._progress is None:
            return
        total = stream.total * self._passes
        done = stream.total * done_passes + min(stream.done(), stream.total)
        if self._progress(done, total) is False:
            raise ImportCancelled(tr("the import was cancelled; nothing was imported"))
