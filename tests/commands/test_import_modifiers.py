"""`import modifiers FILE`: rules added, a bad sheet named by row and column, a second run idle."""

from __future__ import annotations

from pathlib import Path

from tests.commands.running import run

SHEET = (
    "modifier,recipe,action,ingredient,with,quantity,unit,factor\n"
    "Double,,scale,,,,,3\n"
    "Tanqueray Ten,Negroni,replace,GIN-TANQ,GIN-TANQ10,,,\n"
)


def test_import_modifiers_twice_then_a_bad_sheet(bar: tuple[str, Path]) -> None:
    url, folder = bar
    sheet = folder / "modifiers.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    done = run("--db", url, "import", "modifiers", str(sheet), cwd=folder)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("imported modifiers.csv (import ")
    # the demo has a Double of 2
    assert done.stdout.endswith("): 1 added, 1 replaced, 0 unchanged\n")
    again = run("--db", url, "import", "modifiers", str(sheet), cwd=folder)
    assert (again.returncode, again.stdout) == (
        0, "imported modifiers.csv: nothing changed (2 rules unchanged)\n",
    )  # fmt: skip
    bad = folder / "bad.csv"
    bad.write_text(SHEET + "Oat milk,,replace,MILK,,,,\n", encoding="utf-8")
    done = run("--db", url, "import", "modifiers", str(bad), cwd=folder)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        "inventory-app: error: bad.csv: 1 problem; nothing was imported:\n"
        "  row 4, column 'with': a replace rule needs the SKU that replaces the ingredient "
        "(column with)\n"
    )


def test_a_bartender_is_refused(bar: tuple[str, Path]) -> None:
    url, folder = bar
    sheet = folder / "modifiers.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    done = run("--db", url, "--user", "giulia", "import", "modifiers", str(sheet), cwd=folder)
    assert done.returncode == 3
    assert "Only the owner may import recipes" in done.stderr
