"""`recipes`: the list with pour cost, as JSON and as a table, on the demo bar. In process."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from tests.commands.running import run, stock_json


@pytest.fixture(scope="module")
def bar(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    folder = tmp_path_factory.mktemp("cli_recipes")
    url = f"sqlite:///{folder / 'bar.sqlite3'}"
    done = run("--db", url, "init", "--demo", cwd=folder)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1].endswith(", 19 recipes")
    return url, folder


def on_hand(url: str, folder: Path, sku: str) -> object:
    return next(r["on_hand"] for r in stock_json(url, folder) if r["sku"] == sku)


def test_recipes_json_shows_pour_cost(bar: tuple[str, Path]) -> None:
    done = run("--db", bar[0], "recipes", "--format", "json", cwd=bar[1])
    assert (done.returncode, done.stderr) == (0, "")
    rows = {r["name"]: r for r in json.loads(done.stdout, parse_float=Decimal)}
    negroni = rows["Negroni"]
    # 30 ml each of gin 0.767143, Campari 0.507, Cocchi 0.66, plus cup 0.18 and lid 0.06
    assert {k: negroni[k] for k in ("price", "cost", "net_price", "pour_cost_pct", "margin")} == {
        "price": 10, "cost": Decimal("2.1741"), "net_price": Decimal("8.1967"),
        "pour_cost_pct": Decimal("26.52"), "margin": Decimal("6.0226"),
    }  # fmt: skip
    assert negroni["cost_by_channel"] == {
        "takeaway": Decimal("2.1741"), "speakeasy": Decimal("1.9791"),
    }  # fmt: skip
    assert negroni["pos_names"] == ["Negroni (to go)", "Negroni TA"]
    syrup = rows["Simple syrup"]
    assert (syrup["kind"], syrup["pour_cost_pct"], syrup["yield_quantity"]) == ("prep", None, 800)


def test_recipes_table(bar: tuple[str, Path]) -> None:
    done = run("--db", bar[0], "recipes", cwd=bar[1])
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split()[:4] == ["Recipe", "Kind", "Price", "POS"]
    margarita = next(line for line in lines if line.startswith("Margarita "))
    assert "€11.00" in margarita and " 26 " in margarita and "26.0" not in margarita
