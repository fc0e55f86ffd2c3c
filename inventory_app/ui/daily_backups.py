"""The day's backup for a window left open across midnight: a bar's terminal runs for days."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from inventory_app.i18n.catalogue import tr
from inventory_app.services.backups.files import daily_backup_of

HALF_HOUR_MS = 30 * 60_000


class DailyBackups(QObject):
    """Every half hour: once the date has moved on, the day's first backup, on a thread.

    The window takes one when it opens (after the start-up check); a window open for a
    week took none after that. The copy runs off the UI thread (a big bar takes a second)
    and never stops the bar from working: a failure is said in the status bar.
    """

    said = Signal(str)  # for the status bar, delivered on the UI thread

    def __init__(
        self,
        url: str,
        parent: QObject | None = None,
        *,
        interval_ms: int = HALF_HOUR_MS,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._url = url
        self._today = today
        self._last = today()  # the opening took (or tried) today's
        self._thread: threading.Thread | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        self.timer.start(interval_ms)

    def tick(self) -> None:
        day = self._today()
        if day == self._last or (self._thread is not None and self._thread.is_alive()):
            return
        self._last = day
        # Not a daemon: quitting mid-copy waits for it rather than leave a half file.
        self._thread = threading.Thread(target=self._back_up, name="daily backup")
        self._thread.start()

    def join(self) -> None:
        if self._thread is not None:
            self._thread.join()

    def _back_up(self) -> None:
        try:
            path = daily_backup_of(self._url)
        except (OSError, sqlite3.Error) as error:
            self.said.emit(tr("Today's backup was not written: {error}").format(error=error))
        else:
            if path is not None:
                self.said.emit(tr("Today's backup: {file}").format(file=path.name))
