"""Work off the UI thread: an unexpected error comes back as a message and goes to the log;
a running worker outlives whoever let go of it (a QThread deleted mid-run aborts the app)."""

from __future__ import annotations

import gc
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject
from shiboken6 import delete

from inventory_app.domain.errors import InventoryError
from inventory_app.ui.worker import Report, Worker, wait_for_workers


def test_an_unexpected_error_is_a_message_naming_the_log(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))

    def work(_report: Report) -> object:
        raise ZeroDivisionError("a pack size of zero")

    worker = Worker(work)
    with qtbot.waitSignal(worker.failed, timeout=5000) as failed:
        worker.start()
    worker.wait()
    log = tmp_path / "inventory-app" / "logs" / "inventory-app.log"
    [error] = failed.args
    assert isinstance(error, InventoryError)
    assert str(error) == (
        f"unexpected error: ZeroDivisionError('a pack size of zero') (details in {log})"
    )
    logged = log.read_text(encoding="utf-8")
    assert "unexpected error during work in the background" in logged
    assert "ZeroDivisionError: a pack size of zero" in logged


def test_a_running_worker_nobody_holds_finishes_its_work(qtbot: Any) -> None:
    release, done = threading.Event(), threading.Event()

    def work(_report: Report) -> object:
        release.wait(5)
        done.set()
        return None

    Worker(work).start()  # the caller keeps no reference, as a page that went away
    gc.collect()
    release.set()
    assert done.wait(5)
    wait_for_workers()


def test_a_worker_whose_owner_is_deleted_is_cancelled_and_finishes(qtbot: Any) -> None:
    """A page deleted mid-export (the language changed) took its running worker with it."""
    owner, started = QObject(), threading.Event()
    stopped: list[bool] = []

    def work(report: Report) -> object:
        started.set()
        while report(1, 2):
            threading.Event().wait(0.01)
        stopped.append(True)
        return None

    worker = Worker(work, owner)
    worker.start()
    assert started.wait(5)
    delete(owner)
    assert worker.wait(5000)
    assert worker.cancelling and stopped == [True]
