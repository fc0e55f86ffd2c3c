"""ui/waiting.py: a write waiting for another terminal's lock says so in the status bar,
from the UI thread or from a worker's."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtWidgets import QMainWindow

from inventory_app.ui.waiting import WaitNotices


def test_a_notice_from_the_ui_thread_shows_at_once(qtbot: Any) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    notices = WaitNotices(window)
    notices.say("Waiting for another terminal to finish writing…")
    assert window.statusBar().currentMessage() == "Waiting for another terminal to finish writing…"


def test_a_notice_from_a_worker_reaches_the_bar(qtbot: Any) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    notices = WaitNotices(window)
    worker = threading.Thread(target=notices.say, args=("Waiting (import)…",))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Waiting (import)…")
