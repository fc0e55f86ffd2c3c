"""The GUI entry point: the window's frame paints, then the database opens (run_gui).

Only PySide6 is imported before the first paint: SQLAlchemy, the services and the pages
come after, so the bar sees its window at once, even on a large or damaged database.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, NamedTuple

from inventory_app.ui.application import create_application
from inventory_app.ui.first_paint import after_first_paint, after_first_paint_within
from inventory_app.ui.main_window import MainWindow

if TYPE_CHECKING:
    from inventory_app.db.engine import Database
    from inventory_app.db.file_checks import FileCheck
    from inventory_app.services.ledger.guard import LedgerGuard


class OpenedBar(NamedTuple):
    """The open database, who starts at the window, and the file's check if one still runs."""

    database: Database
    user: str
    check: FileCheck | None = None
    ledger: LedgerGuard | None = None  # kept totals against the ledger (ui/ledger_warning.py)


# Opens the database (its dialogs and demo), running the callable it is given once the
# file's check has begun; None when the user chose to quit.
OpenBar = Callable[
    [Callable[[], None]],
    "tuple[Database, str] | tuple[Database, str, FileCheck | None] "
    "| tuple[Database, str, FileCheck | None, LedgerGuard | None] | None",
]


def build_main_window(database: Database, *, user: str) -> MainWindow:
    """The window with its context; separate so scripts and tests can build it too."""
    from inventory_app.ui.context import AppContext, Changes
    from inventory_app.ui.opening_reads import load_role

    role = load_role(database, user)
    return MainWindow(AppContext(database=database, user=user, changes=Changes(), role=role))


def open_window(window: MainWindow, database: Database, *, user: str) -> None:
    """The frame gets its database: the first page, then the first owner's name or sign-in.

    With PINs set nothing of the bar may paint before someone signs in: the window is
    covered before its first page is built, and the sign-in screen opens at once.
    Without them the page paints first and the first owner's welcome follows it.
    """
    from inventory_app.ui.context import AppContext, Changes
    from inventory_app.ui.opening_reads import bar_has_pins, load_role

    role = load_role(database, user)
    locked = bar_has_pins(database)
    window.open(
        AppContext(database=database, user=user, changes=Changes(), role=role), locked=locked
    )
    if locked:
        window.doorman.start()
    else:
        after_first_paint_within(window.current_page() or window, window.doorman.start)


def open_window_again(window: MainWindow, database: Database, *, user: str) -> None:
    """After a restore, where the damaged file had stopped the window from opening."""
    if window.is_open:
        window.show_restored()
        window.doorman.start()
    else:
        open_window(window, database, user=user)


def run_gui(open_bar: OpenBar) -> int:
    """Show the window's frame, open the database once it has painted, run until it closes.

    An error while opening (a newer program's file, a bad URL) ends the run and is raised
    here, for the command line to report as before. The file's check may still be
    reading when the first page shows: its verdict is watched (ui/recovery.py), and a
    page that could not be read from a damaged file waits for it.
    """
    app = create_application()
    window = MainWindow()
    failed: list[BaseException] = []

    def open_now() -> None:
        try:
            answer = open_bar(window.load_first_page)
        except Exception as error:
            failed.append(error)
            answer = None
            _say_fault(window, error)
        if answer is None:
            app.exit(1)
            return
        from inventory_app.ui.error_reporting import install_error_reporting

        install_error_reporting()
        opened = OpenedBar(*answer)
        if opened.ledger is not None:
            from inventory_app.ui.ledger_warning import watch_ledger

            watch_ledger(window, opened.ledger)
        if opened.check is None:
            open_window(window, opened.database, user=opened.user)
            return
        from inventory_app.ui.recovery import watch_check

        try:
            open_window(window, opened.database, user=opened.user)
            then = window.show_restored
        except Exception:
            if opened.check.damage() is None:
                raise  # not the file's fault
            then = partial(open_window_again, window, opened.database, user=opened.user)
        watch_check(window, opened.database, opened.check, restored=then, quit_=lambda: app.exit(1))

    after_first_paint(window, open_now)
    from inventory_app.ui.window_place import remember_place, restore_place

    restore_place(window)
    window.show()
    status = app.exec()
    remember_place(window)
    window.close()
    from inventory_app.ui.worker import wait_for_workers

    wait_for_workers()  # an export or import still running is cancelled, not torn down mid-thread
    if failed:
        raise failed[0]
    return status


def _say_fault(window: MainWindow, error: Exception) -> None:
    """A busy, read-only or failing file seen before the bar opens: said in the window too.

    The command line prints it as well (run_gui raises it), for whoever started it there.
    """
    from inventory_app.db.faults import DatabaseFault

    if isinstance(error, DatabaseFault):
        from PySide6.QtWidgets import QMessageBox

        from inventory_app.i18n.catalogue import tr

        QMessageBox.warning(window, tr(error.title), str(error))
