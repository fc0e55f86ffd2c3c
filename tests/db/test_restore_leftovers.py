"""A killed restore's staging folder goes at the next start, and only then."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from inventory_app.db.restore_leftovers import LOCK_FILE, STALE_S, remove_restore_leftovers

_HOLD = """
import fcntl, sys
handle = open(sys.argv[1], "a")
fcntl.flock(handle, fcntl.LOCK_EX)
print("held", flush=True)
sys.stdin.read()
"""


def _staging(parent: Path, name: str, *, age_s: float) -> Path:
    folder = parent / name
    folder.mkdir()
    (folder / "bar.sqlite3").write_bytes(b"\0" * 4096)
    (folder / LOCK_FILE).touch()
    when = time.time() - age_s
    for part in (*folder.iterdir(), folder):
        os.utime(part, (when, when))
    return folder


def test_an_old_unlocked_staging_folder_goes_and_nothing_else(tmp_path: Path) -> None:
    database = tmp_path / "bar.sqlite3"
    dead = _staging(tmp_path, ".restore-dead", age_s=STALE_S + 60)
    young = _staging(tmp_path, ".restore-young", age_s=10)
    theirs = _staging(tmp_path, "restore-not-hidden", age_s=STALE_S + 60)
    assert remove_restore_leftovers(database) == [dead]
    assert not dead.exists() and young.exists() and theirs.exists()


def test_a_restore_still_running_keeps_its_folder_however_old(tmp_path: Path) -> None:
    """Another process holds the lock, as a running restore does (staging_lock)."""
    running = _staging(tmp_path, ".restore-slow", age_s=STALE_S * 10)
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(running / LOCK_FILE)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout is not None and holder.stdin is not None
    try:
        assert holder.stdout.readline() == "held\n"
        assert remove_restore_leftovers(tmp_path / "bar.sqlite3") == []
        assert running.exists()
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()
    assert remove_restore_leftovers(tmp_path / "bar.sqlite3") == [running]
