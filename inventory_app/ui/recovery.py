"""The start-up check failed: say so, offer the newest sound backup, or quit.

Two moments: a file too damaged to open at all is answered before the window opens on
it (offer_restore); otherwise the window shows the bar while the check reads the file,
and its verdict is watched (watch_check): the same dialog then comes over the window.
Nothing is written to the file meanwhile: writes wait for the verdict (FileCheck).
A check that could not read the file (busy, a read-only folder, an I/O error) is not
damage: that fault is named in a message and the status bar, and no restore is offered.
Who may restore is the service's rule (services/backups/restoring.py): an owner signs in here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from inventory_app.db.faults import DatabaseFault
from inventory_app.db.file_checks import DamagedDatabase, FileCheck
from inventory_app.domain.errors import InventoryError, SignInError
from inventory_app.i18n.catalogue import tr
from inventory_app.i18n.formats import month_name, weekday_name
from inventory_app.ui.application import create_application

if TYPE_CHECKING:
    from inventory_app.db.backups import BackupFile
    from inventory_app.db.engine import Database
    from inventory_app.services.backups.restoring import SignIn

Ask = Callable[[QWidget | None, DamagedDatabase], bool]
POLL_MS = 25  # how often the window looks whether the check has answered


class DamagedDatabaseDialog(QMessageBox):
    """What SQLite found, which backup would come back, and the two ways out."""

    def __init__(self, parent: QWidget | None, damage: DamagedDatabase) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(tr("The database is damaged"))
        self.setText(
            tr(
                "The database file\n{path}\nfailed the check made at every start, so "
                "nothing has been written to it."
            ).format(path=damage.path)
        )
        self.setDetailedText("\n".join(damage.problems))
        self.restore_button = None
        good = damage.good_backup
        if good is not None:
            self.setInformativeText(
                tr(
                    "The newest backup that passes the integrity check was taken {day} at "
                    "{time} ({why}). Restore it and open? Changes made since then are not "
                    "in it. The damaged file is kept beside the backups."
                ).format(day=_long_day(good.taken), time=f"{good.taken:%H:%M}", why=_why(good))
            )
            self.restore_button = self.addButton(tr("Restore and open"), self.ButtonRole.AcceptRole)
        else:
            self.setInformativeText(
                tr(
                    "No backup of it passes the integrity check. Copy the file somewhere safe "
                    "and ask for help: most of it can often be recovered."
                )
            )
        self.quit_button = self.addButton(tr("Quit"), self.ButtonRole.RejectRole)
        self.setDefaultButton(self.restore_button or self.quit_button)

    @classmethod
    def ask(cls, parent: QWidget | None, damage: DamagedDatabase) -> bool:
        """True when the person chose to restore."""
        dialog = cls(parent, damage)
        dialog.exec()
        return dialog.restore_button is not None and dialog.clickedButton() is dialog.restore_button


def _long_day(moment: datetime) -> str:
    """'Sunday 22 November 2026' ('domenica 22 novembre 2026')."""
    return f"{weekday_name(moment.date())} {moment:%d} {month_name(moment.date())} {moment:%Y}"


def _why(backup: BackupFile) -> str:
    return backup.reason.label


def _not_restored(parent: QWidget | None, error: BaseException) -> None:
    message = tr("The backup was not restored: {error}").format(error=error)
    QMessageBox.critical(parent, tr("Not restored"), message)


def owner_signs_in(parent: QWidget | None) -> SignIn:
    """Asks an owner's name and PIN on the file to be replaced (the service checks them)."""

    def sign_in(database: Database) -> str:
        from inventory_app.services.people import roster as people
        from inventory_app.services.people.sign_in import sign_in as check_pin
        from inventory_app.ui.ops import read_now

        open_bar = read_now(database, people.needs_first_owner)
        name = _asked(parent, tr("Owner's name:"), QLineEdit.EchoMode.Normal)
        if open_bar:  # nobody has a PIN yet: the name alone, as at the first start
            return name
        pin = _asked(parent, tr("PIN for {name}:").format(name=name), QLineEdit.EchoMode.Password)
        return check_pin(database, name, pin).name

    return sign_in


def _asked(parent: QWidget | None, label: str, echo: QLineEdit.EchoMode) -> str:
    text, ok = QInputDialog.getText(parent, tr("An owner restores the backup"), label, echo)
    if not ok or not text.strip():
        raise SignInError(tr("nobody signed in as an owner, so the backup was not restored"))
    return text.strip()


def offer_restore(
    damage: DamagedDatabase, *, ask: Ask | None = None, sign_in: SignIn | None = None
) -> bool:
    """True once the newest good backup is back in place; False to quit."""
    from inventory_app.services.backups.restoring import restore

    create_application()
    if not (ask or DamagedDatabaseDialog.ask)(None, damage) or damage.good_backup is None:
        return False
    try:
        url = f"sqlite:///{damage.path}"
        restore(url, damage.good_backup.path, sign_in=sign_in or owner_signs_in(None))
    except (InventoryError, OSError, sqlite3.Error) as error:
        _not_restored(None, error)
        return False
    return True


class CheckWatch(QObject):
    """Looks at the running check from the UI thread until it answers (no signal crosses)."""

    def __init__(
        self,
        window: QWidget,
        database: Database,
        check: FileCheck,
        *,
        restored: Callable[[], None],
        quit_: Callable[[], None],
        ask: Ask | None = None,
        sign_in: SignIn | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._database = database
        self._check = check
        self._restored = restored
        self._quit = quit_
        self._ask = ask or DamagedDatabaseDialog.ask
        self._sign_in = sign_in
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def _look(self) -> None:
        if not self._check.finished:
            return
        self._timer.stop()
        fault = self._check.fault()
        if fault is not None:
            show_fault(self._window, fault)
            return
        damage = self._check.damage()
        if damage is None:
            return
        if restore_under_window(
            self._window, self._database, damage, ask=self._ask, sign_in=self._sign_in
        ):
            self._check.restored()
            self._restored()
        else:
            self._quit()


def watch_check(
    window: QWidget,
    database: Database,
    check: FileCheck,
    *,
    restored: Callable[[], None],
    quit_: Callable[[], None],
) -> CheckWatch:
    """On damage, the dialog over the window: the good backup back in place, or quit."""
    return CheckWatch(window, database, check, restored=restored, quit_=quit_)


def show_fault(window: QWidget, fault: DatabaseFault) -> None:
    """The check could not read the file: what is wrong and what to do; no restore."""
    show = getattr(window, "show_message", None)
    if show is not None:
        show(str(fault))
    QMessageBox.warning(window, tr(fault.title), str(fault))


def restore_under_window(
    window: QWidget | None,
    database: Database,
    damage: DamagedDatabase,
    *,
    ask: Ask,
    sign_in: SignIn | None = None,
) -> bool:
    """True once the newest good backup is back under the open database; False to quit.

    An owner signs in first, unless the damage has made the people unreadable (the
    service's one exception); the damaged file is kept beside the backups.
    """
    from inventory_app.services.backups.restoring import restore_open

    if not ask(window, damage) or damage.good_backup is None:
        return False
    try:
        restore_open(database, damage.good_backup.path, sign_in=sign_in or owner_signs_in(window))
    except (InventoryError, OSError, sqlite3.Error) as error:
        _not_restored(window, error)
        return False
    return True
