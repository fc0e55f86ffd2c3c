"""Every failure a person sees is a message saying what happened and what to do.

Errors the core expects (InventoryError) come back from ui/operations and the pages show
them; this catches the rest, anything raised in a slot or an event handler: the traceback
goes to the error log, the person gets a plain message naming that log.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from inventory_app.domain.errors import InventoryError
from inventory_app.i18n.catalogue import N_, tr
from inventory_app.services.support.error_log import error_logger, record_error

NOT_DONE = N_("Not done")  # the heading of a refusal that brings none of its own
_QT_LEVELS = {
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def install_error_reporting() -> None:
    """Called once by the entry point, after the QApplication exists."""
    sys.excepthook = report_unexpected
    qInstallMessageHandler(log_qt_message)


def report_unexpected(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """sys.excepthook: Qt hands it what a slot raised; the window stays up."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    parent = QApplication.activeWindow()
    if isinstance(error, InventoryError):  # a fault (db/faults.py) comes with its own heading
        QMessageBox.warning(parent, tr(getattr(error, "title", NOT_DONE)), str(error))
        return
    log = record_error(error.with_traceback(trace), during="the window")
    QMessageBox.critical(parent, tr("Something went wrong"), unexpected_message(error, log))


def unexpected_message(error: BaseException, log: Path) -> str:
    """What happened, that nothing half-done was kept, and what to do next."""
    return tr(
        "The last action stopped because of an error the program did not expect:\n"
        "{error}\n\n"
        "Whatever it was writing was not saved: each change is kept whole or not at all. "
        "Try again; if it happens again, send this file to whoever looks after the program:\n"
        "{log}"
    ).format(error=f"{type(error).__name__}: {error}", log=log)


def log_qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's own warnings go to the log file, not to a terminal nobody reads."""
    level = _QT_LEVELS.get(kind)
    if level is not None:
        error_logger().log(level, "Qt: %s", message)
