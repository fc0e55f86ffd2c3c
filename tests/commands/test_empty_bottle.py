"""`empty CODE`: a container finished; what the ledger still had of a bottle is written off."""

from __future__ import annotations

import json
from pathlib import Path

from tests.commands.running import run


def test_a_bulk_container_opened_then_finished(bar: tuple[str, Path]) -> None:
    url, folder = bar
    assert run("--db", url, "open", "AMA-CYNAR", cwd=folder).returncode == 0
    done = run("--db", url, "empty", "AMA-CYNAR", cwd=folder)
    assert (done.returncode, done.stdout, done.stderr) == (
        0, "finished AMA-CYNAR (Cynar 1 L); 0 open now\n", "",
    )  # fmt: skip
    again = run("--db", url, "empty", "AMA-CYNAR", cwd=folder)
    assert (again.returncode, again.stderr) == (
        2, "inventory-app: error: no open container of Cynar 1 L to finish: open one first\n",
    )  # fmt: skip


def test_a_bottle_finished_with_some_left_writes_it_off(bar: tuple[str, Path]) -> None:
    url, folder = bar
    done = run("--db", url, "empty", "WHI-MAC18", "--bottle", "3", cwd=folder)
    assert done.returncode == 0, done.stderr
    assert done.stdout.endswith("; 245 ml left written off as waste\n")
    history = run("--db", url, "history", "WHI-MAC18", "--format", "json", cwd=folder)
    newest = json.loads(history.stdout)[0]
    assert (newest["reason"], newest["delta"], newest["bottle"]) == (
        "waste", "-245 ml", "#3 Macallan 18 Sherry Oak, 2006 release",
    )  # fmt: skip
