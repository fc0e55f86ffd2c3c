"""`recipes`: the list with pour cost, as JSON and as a table, on the demo bar. In process."""

from __future__ import annotations

import csv
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


def test_recipes_table_in_italian(bar: tuple[str, Path], italian: None) -> None:
    done = run("--db", bar[0], "recipes", cwd=bar[1])
    assert done.returncode == 0, done.stderr
    lines = done.stdout.replace("\u00a0", " ").splitlines()
    assert lines[0].split()[:6] == ["Ricetta", "Tipo", "Prezzo", "Nomi", "in", "cassa"]
    negroni = next(line for line in lines if line.startswith("Negroni "))
    assert " 10,00 € " in negroni and " 26,5 " in negroni  # pour cost 26.52 % to a tenth
    syrup = next(line for line in lines if line.startswith("Simple syrup "))
    assert " preparazione " in syrup and syrup.endswith(" 800 ml FLK-SIMPLE")


def test_the_italian_recipe_sheet_opens_in_columns_and_imports_back(
    bar: tuple[str, Path], italian: None
) -> None:
    url, folder = bar
    sheet = folder / "ricette.csv"
    done = run("--db", url, "recipes", "--sheet", str(sheet), cwd=folder)
    assert done.returncode == 0, done.stderr
    written = int(done.stdout.split()[1])
    assert done.stdout == f"scritte {written} ricette in {sheet}\n"
    rows = list(csv.DictReader(sheet.open(encoding="utf-8", newline=""), delimiter=";"))
    negroni = next(r for r in rows if r["recipe"] == "Negroni" and r["price"])
    assert negroni["price"] == "10"
    assert any("," in r["quantity"] for r in rows)  # a decimal comma (a dash of bitters)
    before = run("--db", url, "recipes", "--format", "json", cwd=folder).stdout
    again = run("--db", url, "import", "recipes", str(sheet), cwd=folder)
    assert again.returncode == 0, again.stderr
    assert run("--db", url, "recipes", "--format", "json", cwd=folder).stdout == before
