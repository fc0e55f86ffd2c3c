"""`modifiers [--format table|json] [--recipe NAME]` and `modifiers export --out FILE`."""

from __future__ import annotations

import json
from pathlib import Path

from tests.commands.running import run


def test_the_demo_rules_as_json_table_and_sheet(bar: tuple[str, Path]) -> None:
    url, folder = bar
    done = run("--db", url, "modifiers", "--format", "json", cwd=folder)
    assert done.returncode == 0, done.stderr
    rules = {(r["modifier"], r["recipe"]): r for r in json.loads(done.stdout)}
    assert rules[("Double", None)]["factor"] == 2
    assert rules[("Gin Sipsmith", "Negroni")] | {"id": 0} == {
        "id": 0, "modifier": "Gin Sipsmith", "recipe": "Negroni", "action": "replace",
        "ingredient": "GIN-TANQ", "with": "GIN-SIPS", "quantity": None, "unit": None,
        "factor": None,
    }  # fmt: skip
    table = run("--db", url, "modifiers", "--recipe", "americano", cwd=folder)
    assert table.stdout.splitlines()[0].split() == [
        "Modifier", "Recipe", "Action", "Ingredient", "With", "Quantity", "Factor",
    ]  # fmt: skip
    assert "Gin Sipsmith" not in table.stdout  # the Negroni's own
    assert "Double          every recipe  scale" in table.stdout
    sheet = folder / "rules.csv"
    done = run("--db", url, "modifiers", "export", "--out", str(sheet), cwd=folder)
    assert done.stdout == f"wrote {len(rules)} rules to {sheet}\n"
    back = run("--db", url, "import", "modifiers", str(sheet), cwd=folder)
    assert back.stdout == f"imported rules.csv: nothing changed ({len(rules)} rules unchanged)\n"


def test_no_rules_yet(demo_url: str, tmp_path: Path) -> None:
    done = run("--db", f"sqlite:///{tmp_path / 'empty.sqlite3'}", "modifiers", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (
        0, "no modifier rules yet: add them with `import modifiers FILE`\n",
    )  # fmt: skip
