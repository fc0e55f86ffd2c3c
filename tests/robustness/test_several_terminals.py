"""Four terminals selling at once on one database: nothing lost, nothing locked, no deadlock.

Real processes (spawned, as separate terminals would be) call the real services for
TERMINAL_SECONDS: 60 s under CI, a few seconds locally (set the variable below to run longer).
The SQLite group and the PostgreSQL group run at the same time, so the test costs one
run's time whatever the backends.
"""

from __future__ import annotations

import json
import multiprocessing
import os
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

from inventory_app.db.migrate import open_database
from tests.conftest import PG_ENV, backend_url
from tests.robustness.bar import START, add_up, build_bar, levels, write_sales
from tests.robustness.terminal_worker import run_terminal

TERMINALS = 4
TERMINAL_SECONDS = float(
    os.environ.get("INVENTORY_APP_TERMINAL_SECONDS", "60" if os.environ.get("CI") else "6")
)
SHARED_EXPORTS = 3
GRACE_S = 120  # start-up and the last transactions; a terminal still running after is stuck


def backends() -> list[str]:
    return ["sqlite", "postgresql"] if os.environ.get(PG_ENV) else ["sqlite"]


@contextmanager
def prepared(backend: str, folder: Path) -> Iterator[tuple[str, list[str]]]:
    """A database with the robustness bar and the exports every terminal may import."""
    folder.mkdir()
    with contextmanager(backend_url)(backend, folder) as url:
        database = open_database(url)
        build_bar(database)
        database.dispose()
        shared = []
        for n in range(SHARED_EXPORTS):
            lines = [("Negroni", 1 + k % 2, f"shared-{n}-{k // 3}") for k in range(12)]
            path = folder / f"shared-{n}.csv"
            write_sales(path, lines)
            shared.append(str(path))
        yield url, shared


def test_four_terminals_sell_import_and_waste_at_once(tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    groups = backends()
    ready = context.Barrier(TERMINALS * len(groups))
    with ExitStack() as stack:
        runs: dict[str, tuple[str, Path, list[Any]]] = {}
        for backend in groups:
            folder = tmp_path / backend
            url, shared = stack.enter_context(prepared(backend, folder))
            workers = [
                context.Process(
                    target=run_terminal,
                    args=(url, n, TERMINAL_SECONDS, str(folder), shared, ready),
                    name=f"{backend}-terminal-{n}",
                )
                for n in range(TERMINALS)
            ]
            runs[backend] = (url, folder, workers)
        for _, _, workers in runs.values():
            for worker in workers:
                worker.start()
        for _, _, workers in runs.values():
            _finish(workers)
        for backend, (url, folder, workers) in runs.items():
            _check(backend, url, folder, workers)


def _finish(workers: list[Any]) -> None:
    for worker in workers:
        worker.join(TERMINAL_SECONDS + GRACE_S)
    stuck = [w.name for w in workers if w.is_alive()]
    for worker in workers:
        if worker.is_alive():
            worker.kill()
            worker.join()
    assert not stuck, f"still running {GRACE_S} s after the end (a deadlock?): {stuck}"


def _check(backend: str, url: str, folder: Path, workers: list[Any]) -> None:
    notes = [_notes(folder, n) for n in range(len(workers))]
    failed = {
        w.name: (w.exitcode, note.get("error", "no notes"))
        for w, note in zip(workers, notes, strict=True)
        if w.exitcode != 0
    }
    assert not failed, f"{backend}: terminals failed:\n" + "\n".join(
        f"{name} exit {code}:\n{error}" for name, (code, error) in failed.items()
    )
    expected: dict[str, Decimal] = {}
    for note in notes:
        add_up(expected, {sku: Decimal(d) for sku, d in note["deltas"].items()})
    database = open_database(url)
    try:
        found = levels(database)
    finally:
        database.dispose()
    for sku, (on_hand, ledger) in sorted(found.items()):
        want = START + expected.get(sku, Decimal(0))
        assert (on_hand, ledger) == (want, want), (
            f"{backend} {sku}: on hand {on_hand}, ledger {ledger}, terminals took it to {want}"
        )
    _check_shared_once(backend, folder, notes)
    sales = sum(note["sales"] for note in notes)
    slowest = max(notes, key=lambda note: float(note["slowest_s"]))
    print(
        f"\n{backend}: {len(notes)} terminals, {sales} sales in {TERMINAL_SECONDS:.0f} s "
        f"({sales / TERMINAL_SECONDS:.0f}/s), slowest call {slowest['slowest_s']:.2f} s "
        f"({slowest['slowest']})"
    )


def _check_shared_once(backend: str, folder: Path, notes: list[dict[str, Any]]) -> None:
    """An export imported on several terminals deducted its lines once, all of them or none."""
    for n in range(SHARED_EXPORTS):
        name = f"shared-{n}.csv"
        per_terminal = [note["shared_imported"].get(name, 0) for note in notes]
        assert sum(per_terminal) in (0, 12), f"{backend} {name}: lines imported {per_terminal}"


def _notes(folder: Path, worker: int) -> dict[str, Any]:
    path = folder / f"terminal-{worker}.json"
    if not path.exists():
        return {"error": "the terminal wrote no notes (killed?)", "deltas": {}}
    notes: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return notes
