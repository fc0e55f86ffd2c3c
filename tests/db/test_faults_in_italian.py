"""Each fault in Italian, made for real on real files: its own heading and its own advice,
and still no advice that could lose data (issue 17 over issue 14).

Busy, full and damaged are made in this process; read-only by SQLite's `mode=ro` (the
honest model of a file opened read-only, which binds root too); the I/O error by a -wal
removed under an open reader, seen from another process (SQLite shares its locks within
one), which speaks Italian through `set_language` as the CLI's --lang would set it.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import event

from inventory_app.db import backups, engine
from inventory_app.db.backups import Reason, make_backup
from inventory_app.db.engine import Database
from inventory_app.db.faults import DatabaseBusy, DatabaseFault, DiskFull, ReadOnlyDatabase
from inventory_app.db.file_checks import DamagedDatabase, proven_damage
from inventory_app.db.migrate import open_database
from tests.conftest import make_item
from tests.db.damage import damage_pages, demo_file
from tests.db.fault_kit import lock_held_by_another_process, reader_open

pytestmark = pytest.mark.usefixtures("italian")

NOTHING_CHANGED = (
    "Non è stato cambiato nulla. Aspetta che finisca e riprova; il file non è danneggiato."
)
KEEP_FILES = (
    "Lascia il file e i suoi file -wal e -shm come sono: non cancellarli, non spostarli, non "
    "sostituirli e non ripristinarci sopra un backup (le vendite più recenti possono essere nel "
    "-wal)."
)


@pytest.fixture
def bar(tmp_path: Path) -> Path:
    return demo_file(tmp_path / "bar" / "bar.sqlite3")


@pytest.fixture
def database(bar: Path) -> Iterator[Database]:
    opened = open_database(f"sqlite:///{bar}")
    yield opened
    opened.dispose()


def _advises_no_restore(fault: DatabaseFault) -> None:
    """Only proven damage offers a backup: nothing else says damaged or says restore it."""
    message = str(fault)
    assert "danneggiat" not in message.replace("non è danneggiato", "")
    assert "ripristinalo" not in message and "inventory-app restore" not in message


def test_busy_in_italian_names_who_holds_it_and_says_to_wait(
    database: Database, bar: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 300)
    with (
        lock_held_by_another_process(bar, exclusive=False) as holder,
        pytest.raises(DatabaseBusy) as caught,
        database.transaction() as session,
    ):
        make_item(session, "BUSY-1")
    busy = caught.value
    assert busy.title == "Il database è occupato"
    assert str(busy).startswith(
        f"il database {bar} è occupato: lo sta usando processo {holder.pid} (python"
    )
    assert str(busy).endswith(f"e non l'ha lasciato libero in tempo. {NOTHING_CHANGED}")
    _advises_no_restore(busy)


def test_read_only_in_italian_says_what_to_make_writable(bar: Path) -> None:
    url = f"sqlite:///file:{bar}?mode=ro&uri=true"
    database = open_database(url)
    try:
        with pytest.raises(ReadOnlyDatabase) as caught, database.transaction() as session:
            make_item(session, "RO-1")
    finally:
        database.dispose()
    fault = caught.value
    assert fault.exit_code == 5 and fault.title == "Il database è in sola lettura"
    assert "non si può scrivere: è stato aperto in sola lettura. Non è stato scritto nulla. " in (
        str(fault)
    )
    assert str(fault).endswith(
        "Rendilo scrivibile (o sposta il file del bar in una cartella dove puoi scrivere) "
        "e riprova."
    )
    _advises_no_restore(fault)


def test_full_in_italian_says_the_change_was_undone_whole(bar: Path) -> None:
    """SQLite's page limit gives the SQLITE_FULL a full disk gives (tests/db/test_faults.py)."""
    database = open_database(f"sqlite:///{bar}")
    database.dispose()

    def limit(connection: sqlite3.Connection, _record: object) -> None:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count={pages + 2}")

    event.listen(database.engine, "connect", limit)
    try:
        with pytest.raises(DiskFull) as caught, database.transaction() as session:
            for number in range(200):
                make_item(session, f"CAP-{number}", name="y" * 190)
    finally:
        database.dispose()
    fault = caught.value
    assert fault.title == "Il disco è pieno"
    assert str(fault) == (
        f"il disco del database {bar} è pieno. Non è stato scritto nulla: la modifica è stata "
        "annullata per intero. Libera un po' di spazio (vecchi file, download) e riprova."
    )
    _advises_no_restore(fault)


_ANOTHER_TERMINAL = """
import sys
from pathlib import Path
from inventory_app.db.faults import DatabaseFault
from inventory_app.db.file_checks import file_problems
from inventory_app.i18n.catalogue import set_language
set_language("it")
try:
    file_problems(Path(sys.argv[1]))
except DatabaseFault as fault:
    print(type(fault).__name__)
    print(fault.title)
    print(fault)
else:
    print("none")
"""


def test_an_io_error_in_italian_says_keep_every_file(database: Database, bar: Path) -> None:
    with reader_open(bar):
        with database.transaction() as session:
            make_item(session, "WAL-1")
        Path(f"{bar}-wal").unlink()
        done = subprocess.run(
            [sys.executable, "-c", _ANOTHER_TERMINAL, str(bar)],
            capture_output=True, text=True, check=True,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])},
        )  # fmt: skip
    name, title, message = done.stdout.strip().split("\n", 2)
    assert (name, title) == ("DiskIOError", "Il disco non si è potuto leggere o scrivere")
    assert message.startswith(f"il database {bar} non si è potuto leggere o scrivere (")
    assert message.endswith(
        "Non è stato scritto nulla. Controlla il disco (è scollegato, si sta guastando, è una "
        "cartella di rete?), chiudi gli altri programmi che usano il file e riprova. " + KEEP_FILES
    )
    assert "ripristinalo" not in message and "danneggiat" not in message


def test_proven_damage_in_italian_offers_the_good_backup_with_an_italian_date(
    bar: Path,
) -> None:
    good = make_backup(bar, Reason.DAILY, now=lambda: datetime(2026, 11, 22, 18, 0))
    damage_pages(bar)
    fault = proven_damage(bar)
    assert isinstance(fault, DamagedDatabase)
    assert fault.exit_code == 8 and fault.title == "Il database è danneggiato"
    assert str(fault).startswith(f"il file del database {bar} è danneggiato (Page ")
    assert str(fault).endswith(
        f"). Il backup integro più recente è {good} (22/11/2026 18:00, giornaliero); "
        "ripristinalo come titolare (inventory-app restore FILE)."
    )


def test_damage_without_a_good_backup_in_italian_says_keep_the_file(bar: Path) -> None:
    bar.write_bytes(b"PK\x03\x04 un foglio salvato sopra" * 100)
    backups.backup_folder(bar).mkdir(exist_ok=True)
    with pytest.raises(DamagedDatabase) as caught:
        open_database(f"sqlite:///{bar}")
    assert caught.value.title == "Il database è danneggiato"
    assert str(caught.value) == (
        f"il file del database {bar} è danneggiato (file is not a database). Nessun suo backup "
        "passa il controllo di integrità. Lascia il file com'è (copialo in un posto sicuro) e "
        "chiedi aiuto: il comando .recover di sqlite3 spesso ne salva quasi tutto."
    )
