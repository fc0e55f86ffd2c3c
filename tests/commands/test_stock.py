"""`stock`: the levels as JSON and the low table, on a fresh copy of the demo bar. In process."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.commands.running import run, stock_json


def test_stock_json(bar: tuple[str, Path]) -> None:
    rows = stock_json(*bar)
    gin = next(r for r in rows if r["sku"] == "GIN-TANQ")
    fields = ("unit", "on_hand", "containers", "par", "reorder_at", "status")
    assert [gin[k] for k in fields] == ["ml", 2800, 4, 6, 2, "ok"]
    assert {"location", "supplier", "category", "size", "name"} <= set(gin)
    assert {r["status"] for r in rows} == {"ok", "low", "out"}
    flask = next(r for r in rows if r["sku"] == "FLK-HONEYG")
    assert (flask["containers"], flask["status"]) == (Decimal("0.8"), "low")


def test_stock_low_table(bar: tuple[str, Path]) -> None:
    done = run("--db", bar[0], "stock", "--low", cwd=bar[1])
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split() == [
        "SKU", "Name", "Location", "On", "hand", "Unit", "Containers", "Par", "Reorder", "at",
        "Status",
    ]  # fmt: skip
    assert "GIN-TANQ " not in done.stdout
    peychaud = next(line for line in lines if line.startswith("BIT-PEYCH"))
    assert peychaud.split()[-6:] == ["0", "btl", "2", "1", "OUT", "!"]  # no '0.00'
    assert " 0  ml " in peychaud
    assert lines[-1].endswith("low, 2 out")
