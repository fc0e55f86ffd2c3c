"""The error log: tracebacks to a file in the user data folder, which follows the folder."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from inventory_app.services.support import error_log
from inventory_app.services.support.error_log import error_logger, log_path, record_error


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    yield tmp_path / "data"
    logger = logging.getLogger(error_log.LOGGER)
    for handler in [h for h in logger.handlers if isinstance(h, RotatingFileHandler)]:
        logger.removeHandler(handler)
        handler.close()


def failing() -> None:
    raise ValueError("the float crept in")


def test_an_error_is_written_with_its_traceback(data_home: Path) -> None:
    try:
        failing()
    except ValueError as error:
        path = record_error(error, during="importing sales")
    assert path == log_path() == data_home / "inventory-app" / "logs" / "inventory-app.log"
    text = path.read_text(encoding="utf-8")
    assert "ERROR inventory_app: unexpected error during importing sales" in text
    assert "Traceback" in text and "in failing" in text
    assert "ValueError: the float crept in" in text


def test_the_logger_follows_the_data_folder_with_one_handler(
    data_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = error_logger()
    assert error_logger() is first
    files = [h for h in first.handlers if isinstance(h, RotatingFileHandler)]
    assert [Path(h.baseFilename) for h in files] == [log_path()]
    assert (files[0].maxBytes, files[0].backupCount) == (error_log.MAX_BYTES, error_log.KEEP_FILES)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "moved"))
    files = [h for h in error_logger().handlers if isinstance(h, RotatingFileHandler)]
    assert [Path(h.baseFilename) for h in files] == [
        tmp_path / "moved" / "inventory-app" / "logs" / "inventory-app.log"
    ]


def test_a_log_that_cannot_be_written_still_names_its_path(
    data_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file where the logs folder should be: the error is not hidden by the log's own."""
    blocked = tmp_path / "blocked"
    (blocked / "inventory-app").mkdir(parents=True)
    (blocked / "inventory-app" / "logs").write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocked))
    path = record_error(RuntimeError("disk full"), during="a backup")
    assert path == blocked / "inventory-app" / "logs" / "inventory-app.log"
    assert not path.exists()
