"""Work off the UI thread: an unexpected error comes back as a message and goes to the log."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from inventory_app.domain.errors import InventoryError
from inventory_app.ui.worker import Report, Worker


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
