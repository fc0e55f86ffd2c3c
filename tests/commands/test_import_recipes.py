"""`import recipes FILE` and the recipe sheet `recipes --out` writes, read back unchanged."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.commands.running import copy_demo, run


@pytest.fixture(scope="module")
def bar(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    """One copy of the demo bar for this module; the tests below add to it in order."""
    return copy_demo(demo_template, tmp_path_factory.mktemp("import_recipes"))


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
        "inventory-app: error: bad.csv: 1 problem; nothing was imported:\n"
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


@pytest.mark.usefixtures("italian")
def test_import_recipes_in_italian(demo_template: Path, tmp_path: Path) -> None:
    url, folder = copy_demo(demo_template, tmp_path)
    sheet = folder / "casa.csv"
    sheet.write_text(
        "recipe,price,ingredient,quantity,unit\nBicicletta,8,AMA-CAMP,3,cl\n", encoding="utf-8"
    )
    done = run("--db", url, "import", "recipes", str(sheet), cwd=folder)
    assert (done.returncode, done.stderr) == (0, "")
    assert re.fullmatch(
        r"importato casa\.csv \(importazione \d+\): aggiunte 1, sostituite 0, invariate 0, "
        r"righe 1\n",
        done.stdout,
    ), done.stdout
