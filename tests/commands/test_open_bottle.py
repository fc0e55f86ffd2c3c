"""`open CODE`: a container opened is a ledger event without a quantity; the bar's count says so."""

from __future__ import annotations

import json
from pathlib import Path

from tests.commands.running import run, stock_json


def test_opening_a_bulk_item_counts_its_open_containers(bar: tuple[str, Path]) -> None:
    url, folder = bar
    before = next(r["on_hand"] for r in stock_json(url, folder) if r["sku"] == "AMA-CYNAR")
    done = run("--db", url, "open", "AMA-CYNAR", cwd=folder)
    assert (done.returncode, done.stdout, done.stderr) == (
        0, "opened AMA-CYNAR (Cynar 1 L); 1 open now\n", "",
    )  # fmt: skip
    after = next(r["on_hand"] for r in stock_json(url, folder) if r["sku"] == "AMA-CYNAR")
    assert after == before, "opening moves no quantity"
    history = run("--db", url, "history", "AMA-CYNAR", "--format", "json", cwd=folder)
    assert json.loads(history.stdout)[0]["reason"] == "open"


def test_a_bottle_already_open_is_refused(bar: tuple[str, Path]) -> None:
    done = run("--db", bar[0], "open", "#1", cwd=bar[1])
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        "inventory-app: error: #1 Springbank 21, refill sherry, 2000 is already open\n"
    )
