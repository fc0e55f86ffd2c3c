"""The error log: what went wrong unexpectedly, with its traceback, for whoever fixes it.

A person sees a short message saying what happened and what to do; the details go to a
rotating file in the user data folder (`logs/inventory-app.log`), never to the screen.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from inventory_app.db.engine import user_folder

LOGGER = "inventory_app"
LOG_NAME = "inventory-app.log"
MAX_BYTES = 1_000_000
KEEP_FILES = 3


def log_path() -> Path:
    return user_folder() / "logs" / LOG_NAME


def error_logger() -> logging.Logger:
    """The application's logger, writing to the log file of the current user data folder."""
    logger = logging.getLogger(LOGGER)
    path = log_path()
    handlers = [h for h in logger.handlers if isinstance(h, RotatingFileHandler)]
    if any(Path(h.baseFilename) == path for h in handlers):
        return logger
    for old in handlers:  # the data folder moved (tests do this): follow it
        logger.removeHandler(old)
        old.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=KEEP_FILES, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return logger


def record_error(error: BaseException, *, during: str) -> Path:
    """Log an unexpected error with its traceback; the log file's path comes back to cite.

    A log that cannot be written (a full disk, a read-only home) must not hide the error
    itself, so that failure is swallowed and the path is still named.
    """
    try:
        logger = error_logger()
        logger.error("unexpected error during %s", during, exc_info=error)
        for handler in logger.handlers:
            handler.flush()
    except OSError:
        pass
    return log_path()
