"""One terminal of the several-terminals test, run in its own process.

It sells, imports small POS exports and writes off waste through the real services, each
in its own transaction, and writes down exactly what it took from stock; the parent
checks the database against the sum of every terminal's notes.
"""

from __future__ import annotations

import csv
import json
import random
import time
import traceback
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from inventory_app.db.migrate import open_database
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.units import Unit
from inventory_app.services.imports.sales import import_sales
from inventory_app.services.ledger.movements import adjust
from inventory_app.services.selling.sales import sell
from tests.robustness.bar import RECIPES, SKUS, add_up, taken, write_sales

SHARED_IMPORT_CHANCE = 0.03  # the same export imported on several terminals
OWN_IMPORT_CHANCE = 0.05
WASTE_CHANCE = 0.10
READY_TIMEOUT_S = 120


@dataclass
class Notes:
    """What one terminal did and took, written as JSON for the parent."""

    worker: int
    sales: int = 0
    drinks: int = 0
    imports: int = 0
    shared_imported: dict[str, int] = field(default_factory=dict)  # file -> lines it imported
    waste: int = 0
    slowest_s: float = 0.0
    slowest: str = ""
    deltas: dict[str, str] = field(default_factory=dict)
    error: str = ""


def run_terminal(
    url: str, worker: int, seconds: float, folder: str, shared: list[str], ready: Any
) -> None:
    """The process's target: work until the deadline, then write the notes, even on error."""
    notes = Notes(worker)
    deltas: dict[str, Decimal] = {}
    try:
        database = open_database(url)
        ready.wait(READY_TIMEOUT_S)  # broken, not stuck, if a terminal failed to open
        _work(database, notes, deltas, seconds, Path(folder), shared)
        database.dispose()
    except BaseException:
        notes.error = traceback.format_exc()
        raise
    finally:
        notes.deltas = {sku: str(delta) for sku, delta in deltas.items()}
        out = Path(folder) / f"terminal-{worker}.json"
        out.write_text(json.dumps(asdict(notes)), encoding="utf-8")


def _work(
    database: Any,
    notes: Notes,
    deltas: dict[str, Decimal],
    seconds: float,
    folder: Path,
    shared: list[str],
) -> None:
    rng = random.Random(worker_seed(notes.worker))
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        began = time.monotonic()
        roll = rng.random()
        if roll < SHARED_IMPORT_CHANCE:
            kind = "shared import"
            _import_shared(database, notes, deltas, rng.choice(shared))
        elif roll < SHARED_IMPORT_CHANCE + OWN_IMPORT_CHANCE:
            kind = "import"
            _import_own(database, notes, deltas, folder, rng)
        elif roll < SHARED_IMPORT_CHANCE + OWN_IMPORT_CHANCE + WASTE_CHANCE:
            kind = "waste"
            _waste(database, notes, deltas, rng)
        else:
            kind = "sell"
            _sell(database, notes, deltas, rng)
        took = time.monotonic() - began
        if took > notes.slowest_s:
            notes.slowest_s, notes.slowest = (
                took,
                f"{kind} #{notes.sales + notes.imports + notes.waste}",
            )


def worker_seed(worker: int) -> int:
    return 1000 + worker


def _sell(database: Any, notes: Notes, deltas: dict[str, Decimal], rng: random.Random) -> None:
    recipe = rng.choice(sorted(RECIPES))
    drinks = rng.randint(1, 3)
    with database.transaction() as session:
        sell(session, recipe, author=f"terminal-{notes.worker}", quantity=Decimal(drinks))
    add_up(deltas, taken(recipe, drinks))
    notes.sales += 1
    notes.drinks += drinks


def _waste(database: Any, notes: Notes, deltas: dict[str, Decimal], rng: random.Random) -> None:
    sku = rng.choice(SKUS)
    amount = -Decimal(rng.randint(1, 40)) / 2
    with database.transaction() as session:
        adjust(session, sku, amount, Unit.ML, Reason.WASTE, author=f"terminal-{notes.worker}")
    add_up(deltas, {sku: amount})
    notes.waste += 1


def _import_own(
    database: Any, notes: Notes, deltas: dict[str, Decimal], folder: Path, rng: random.Random
) -> None:
    """A small export only this terminal has: every line is new."""
    tag = f"w{notes.worker}-{notes.imports}"
    lines = [(rng.choice(sorted(RECIPES)), rng.randint(1, 2), f"{tag}-{n // 2}") for n in range(5)]
    path = folder / f"{tag}.csv"
    expected = write_sales(path, lines)
    with database.transaction() as session:
        summary = import_sales(session, path, author=f"terminal-{notes.worker}")
    if summary.imported != len(lines):
        raise AssertionError(f"{tag}: imported {summary.imported} of {len(lines)} new lines")
    add_up(deltas, expected)
    notes.imports += 1


def _import_shared(database: Any, notes: Notes, deltas: dict[str, Decimal], path: str) -> None:
    """An export every terminal may import: only the first to do so deducts anything."""
    with database.transaction() as session:
        summary = import_sales(session, Path(path), author=f"terminal-{notes.worker}")
    name = Path(path).name
    notes.shared_imported[name] = notes.shared_imported.get(name, 0) + summary.imported
    if summary.imported:
        add_up(deltas, shared_deltas(Path(path)))
    notes.imports += 1


def shared_deltas(path: Path) -> dict[str, Decimal]:
    """What a shared export takes, read back from the file itself."""
    total: dict[str, Decimal] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            add_up(total, taken(row["item"], int(row["qty"])))
    return total
