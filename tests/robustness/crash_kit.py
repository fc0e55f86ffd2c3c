"""Kill a process at a random moment, then look at what it left: the crash tests' tools.

The child is forked from the test process (imports already loaded, so it starts in
milliseconds) and works on its own copy of a prepared database; SIGKILL gives it no
chance to clean up, as a power cut or a killed terminal would not.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SEED_ENV = "INVENTORY_APP_CRASH_SEED"
POLL_S = 0.002


def crash_seed() -> int:
    """The seed of this run's random kill moments: set SEED_ENV to replay a failure."""
    given = os.environ.get(SEED_ENV)
    return int(given) if given else random.SystemRandom().randrange(2**32)


@contextmanager
def seed_on_failure(seed: int, kill: int, delay: float) -> Iterator[None]:
    """Any failed check names the seed and the kill, so the run can be replayed."""
    try:
        yield
    except AssertionError as error:
        raise AssertionError(
            f"kill {kill} after {delay * 1000:.0f} ms ({SEED_ENV}={seed} replays it): {error}"
        ) from error


@dataclass(frozen=True)
class Outcome:
    finished: bool  # the child's work returned before the kill
    seconds: float


def run_and_kill(work: Callable[[], None], delay: float | None) -> Outcome:
    """Run `work` in a forked child; SIGKILL it after `delay` s (None: let it finish)."""
    began = time.monotonic()
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        code = 0
        try:
            work()
        except BaseException:
            traceback.print_exc()
            code = 1
        os._exit(code)
    deadline = None if delay is None else began + delay
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            if os.waitstatus_to_exitcode(status) != 0:
                raise AssertionError("the child failed on its own (see its traceback above)")
            return Outcome(True, time.monotonic() - began)
        if deadline is not None and time.monotonic() >= deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return Outcome(False, time.monotonic() - began)
        time.sleep(POLL_S)


def fresh_copy(template: Path, target: Path) -> Path:
    """A copy of a closed SQLite file (its WAL was checkpointed away on close)."""
    for leftover in (target, *(target.with_name(target.name + s) for s in ("-wal", "-shm"))):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(template, target)
    return target


def integrity(path: Path) -> str:
    """PRAGMA integrity_check through a plain connection, after the WAL is recovered."""
    connection = sqlite3.connect(path)
    try:
        return ", ".join(row[0] for row in connection.execute("PRAGMA integrity_check"))
    finally:
        connection.close()
