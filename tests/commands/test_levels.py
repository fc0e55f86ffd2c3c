"""`levels`: on hand against par, days of cover and what runs out before delivery; `suggest`."""

from __future__ import annotations

import json
from pathlib import Path

from tests.commands.running import run


def test_levels_as_json_and_as_a_table(bar: tuple[str, Path]) -> None:
    url, folder = bar
    done = run("--db", url, "levels", "--format", "json", cwd=folder)
    assert done.returncode == 0, done.stderr
    levels = json.loads(done.stdout)
    assert len(levels) == 69
    altos = next(r for r in levels if r["sku"] == "AGV-ALTOS")
    assert (altos["on_hand"], altos["par"], altos["reorder_at"], altos["status"]) == (
        1400, 4, 2, "low",
    )  # fmt: skip
    table = run("--db", url, "levels", cwd=folder)
    assert table.stdout.splitlines()[0].split()[:3] == ["SKU", "Name", "Supplier"]
    assert any(line.startswith("AGV-ALTOS") for line in table.stdout.splitlines())


def test_suggest_needs_usage(bar: tuple[str, Path]) -> None:
    done = run("--db", bar[0], "levels", "suggest", cwd=bar[1])
    assert (done.returncode, done.stdout) == (
        0, "no usage in the last 6 weeks to suggest levels from\n",
    )  # fmt: skip
