"""A restore killed half-way leaves its staging folder: the next start removes it, safely.

A restore stages the backup in a hidden `.restore-*` folder beside the database (a copy
as big as the bar: 188 MB was seen) and deletes it when done; a SIGKILL or a power cut
skips that. A running restore holds a lock on a file in its folder for as long as it
runs, so a folder whose lock can be taken, and which is older than any restore's first
step, belongs to nobody. Where the system has no such locks, only the age tells.
"""

from __future__ import annotations

import contextlib
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: the age alone decides
    fcntl = None  # type: ignore[assignment]

STAGING = ".restore-"
LOCK_FILE = ".running"
STALE_S = 10 * 60  # with the lock free, surely dead
STALE_WITHOUT_LOCKS_S = 6 * 60 * 60  # no locks on this system: older than any restore takes


@contextlib.contextmanager
def staging_lock(folder: Path) -> Iterator[None]:
    """Held while a restore works in `folder`: the clean-up leaves the folder alone."""
    with (folder / LOCK_FILE).open("a") as handle:
        if fcntl is not None:
            fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def remove_restore_leftovers(database: Path, *, now: float | None = None) -> list[Path]:
    """Delete the staging folders that killed restores left beside `database`; they come back."""
    now = time.time() if now is None else now
    removed = []
    for folder in _staging_folders(database.parent):
        if _abandoned(folder, now):
            shutil.rmtree(folder, ignore_errors=True)
            if not folder.exists():
                removed.append(folder)
    return removed


def _staging_folders(parent: Path) -> list[Path]:
    try:
        return [p for p in parent.iterdir() if p.name.startswith(STAGING) and p.is_dir()]
    except OSError:
        return []


def _abandoned(folder: Path, now: float) -> bool:
    try:
        age = now - max(p.stat().st_mtime for p in [folder, *folder.iterdir()])
    except (OSError, ValueError):
        return False
    if fcntl is None:
        return age > STALE_WITHOUT_LOCKS_S
    return age > STALE_S and _lock_is_free(folder / LOCK_FILE)


def _lock_is_free(lock: Path) -> bool:
    """True when no process holds the restore's lock (a folder without one: nobody can)."""
    if not lock.exists():
        return True
    try:
        with lock.open("a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
    except OSError:
        return False
