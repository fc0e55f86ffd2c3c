"""`recipes`, `make` and `import recipes`, run as a user runs them, on the demo bar."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from tests.cli.test_cli import run, stock_json


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


def test_make_with_batches(bar: tuple[str, Path]) -> None:
    url, folder = bar
    assert on_hand(url, folder, "FLK-LIME") == 1250
    done = run("--db", url, "--user", "giulia", "make", "fresh lime juice", "--batches", "1,5",
               cwd=folder)  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == (
        "made 1.5 batches of Fresh lime juice (production 1): +750 ml FLK-LIME\n"
        "  used 24 pcs FRE-LIME (Limes)\n"
    )
    assert (on_hand(url, folder, "FLK-LIME"), on_hand(url, folder, "FRE-LIME")) == (2000, 56)


def test_make_warns_on_shortage_but_succeeds(bar: tuple[str, Path]) -> None:
    done = run("--db", bar[0], "make", "Honey and ginger syrup", "--batches", "9", cwd=bar[1])
    assert done.returncode == 0
    assert done.stderr == (
        "warning: DRY-HONEY (Acacia honey 1 kg) is now at -1100 g: "
        "count it or record a delivery\n"
        "warning: FRE-GINGER (Fresh ginger root) is now at -100 g: "
        "count it or record a delivery\n"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["make", "Negroni"], "Negroni is a cocktail: sell it, don't make it"),
        (["make", "Simple syrup", "--batches", "0"],
         "--batches: expected batches above zero, got 0"),
        (["make", "Simple syrup", "--batches", "two"],
         "--batches: expected a number of batches such as 1 or 0.5, got 'two'"),
    ],
)  # fmt: skip
def test_make_errors_exit_2(bar: tuple[str, Path], args: list[str], message: str) -> None:
    done = run("--db", bar[0], *args, cwd=bar[1])
    assert (done.returncode, done.stdout, done.stderr) == (
        2,
        "",
        f"inventory-app: error: {message}\n",
    )


def test_import_recipes_then_a_bad_file_exits_2(bar: tuple[str, Path]) -> None:
    url, folder = bar
    good = folder / "house.csv"
    good.write_text(
        "recipe,price,pos_name,ingredient,quantity,unit,channel\n"
        "Bicicletta,9,Bici,AMA-CAMP,4,cl,\n"
        "Bicicletta,,,MIX-SODA,60,ml,\n"
        "Bicicletta,,,TA-CUP12,1,pcs,takeaway\n",
        encoding="utf-8",
    )
    done = run("--db", url, "import", "recipes", str(good), cwd=folder)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("imported house.csv (import ")
    assert done.stdout.endswith("): 1 added, 0 replaced, 0 unchanged, 3 lines\n")
    bad = folder / "bad.csv"
    bad.write_text(
        "recipe,price,ingredient,quantity,unit\nBicicletta,9,AMA-CAMP,4,cl\nBicicletta,,NOPE,1,ml\n",
        encoding="utf-8",
    )
    done = run("--db", url, "import", "recipes", str(bad), cwd=folder)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        "inventory-app: error: bad.csv: 1 problem(s); nothing was imported:\n"
        "  row 3, column 'ingredient': Bicicletta: no item with SKU 'NOPE'\n"
    )
    done = run("--db", url, "recipes", "--format", "json", cwd=folder)
    bici = next(r for r in json.loads(done.stdout) if r["name"] == "Bicicletta")
    assert (bici["lines"], bici["pos_names"]) == (3, ["Bici"])


def test_the_recipe_sheet_exported_imports_back_unchanged(bar: tuple[str, Path]) -> None:
    url, folder = bar
    sheet = folder / "menu.csv"
    done = run("--db", url, "recipes", "--sheet", str(sheet), cwd=folder)
    assert done.returncode == 0, done.stderr
    written = int(done.stdout.split()[1])  # the demo's 19, and any an earlier test imported
    assert (written >= 19, done.stdout) == (True, f"wrote {written} recipes to {sheet}\n")
    header = sheet.read_text(encoding="utf-8").splitlines()[0]
    assert header.endswith(",notes,menu_position")
    again = run("--db", url, "import", "recipes", str(sheet), cwd=folder)
    assert again.returncode == 0, again.stderr
    assert f"{written} unchanged" in again.stdout
