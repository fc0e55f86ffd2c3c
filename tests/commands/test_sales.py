"""`sales unmatched` and `sales resolve`: the drinks no till names, from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from tests.commands.running import TRACEBACK, run
from tests.commands.test_sell import on_hand

SALES = (
    "Date,Time,Item,Qty,Gross Sales,Net Sales,Transaction ID,Event Type,Notes\n"
    "2026-03-06,22:15:00,Special,2,€24.00,€19.67,T2,Payment,gin and campari stirred\n"
    "2026-03-06,23:40:00,Signora Rossi,1,€13.00,€10.66,T3,Payment,\n"
)


def parked(bar: tuple[str, Path]) -> list[dict[str, object]]:
    url, folder = bar
    (folder / "night.csv").write_text(SALES)
    done = run("--db", url, "import", "sales", "night.csv", "--park-unknown", cwd=folder)
    assert done.returncode == 0, done.stderr
    assert ' 2 ("Signora Rossi" 1, "Special" 1)' in done.stdout
    listed = run("--db", url, "sales", "unmatched", "--format", "json", cwd=folder)
    assert listed.returncode == 0, listed.stderr
    return list(json.loads(listed.stdout))


def test_unmatched_lines_as_json(bar: tuple[str, Path]) -> None:
    lines = parked(bar)
    assert [{k: line[k] for k in ("item", "qty", "note", "amount")} for line in lines] == [
        {"item": "Special", "qty": 2, "note": "gin and campari stirred", "amount": 24},
        {"item": "Signora Rossi", "qty": 1, "note": "", "amount": 13},
    ]
    assert all(isinstance(line["id"], int) for line in lines)
    assert str(lines[0]["date"]).startswith("2026-03-06T")


def test_the_table_lists_each_line(bar: tuple[str, Path]) -> None:
    parked(bar)
    url, folder = bar
    table = run("--db", url, "sales", "unmatched", cwd=folder)
    assert table.returncode == 0, table.stderr
    head, _, *rows = table.stdout.splitlines()
    assert head.split() == ["Id", "Item", "Qty", "Note", "Date", "Amount"]
    assert "gin and campari stirred" in rows[0] and "Signora Rossi" in rows[1]


def test_resolve_by_recipe_then_by_pour(bar: tuple[str, Path]) -> None:
    special, guest = (line["id"] for line in parked(bar))
    url, folder = bar
    gin = on_hand(bar, "GIN-TANQ")
    done = run("--db", url, "sales", "resolve", str(special), "--recipe", "Negroni", cwd=folder)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"resolved unmatched sale {special} as sale ")
    after_recipe = on_hand(bar, "GIN-TANQ")
    assert after_recipe < gin  # type: ignore[operator]
    again = run("--db", url, "sales", "resolve", str(special), "--recipe", "Negroni", cwd=folder)
    assert again.returncode == 2 and TRACEBACK not in again.stderr
    assert "was already resolved" in again.stderr
    assert on_hand(bar, "GIN-TANQ") == after_recipe
    poured = run("--db", url, "sales", "resolve", str(guest), "--pour", "GIN-TANQ=6cl", cwd=folder)
    assert poured.returncode == 0, poured.stderr
    assert poured.stdout == (f"resolved unmatched sale {guest} by what was poured (1 movement)\n")
    assert on_hand(bar, "GIN-TANQ") == after_recipe - 60  # type: ignore[operator]
    empty = run("--db", url, "sales", "unmatched", cwd=folder)
    assert empty.stdout == "no unmatched sales: every till line is resolved\n"


def test_refusals_name_the_problem(bar: tuple[str, Path]) -> None:
    special = parked(bar)[0]["id"]
    url, folder = bar
    unknown = run("--db", url, "sales", "resolve", "999", "--recipe", "Negroni", cwd=folder)
    assert unknown.returncode == 2 and "no unmatched sale with id 999" in unknown.stderr
    bad = run("--db", url, "sales", "resolve", str(special), "--pour", "NOPE=5cl", cwd=folder)
    assert bad.returncode == 2 and "NOPE" in bad.stderr and TRACEBACK not in bad.stderr
    shape = run("--db", url, "sales", "resolve", str(special), "--pour", "GIN-TANQ", cwd=folder)
    assert shape.returncode == 2
    assert "--pour" in shape.stderr and "expected SKU=QTY" in shape.stderr
    assert len(run("--db", url, "sales", "unmatched", "--format", "json", cwd=folder).stdout) > 2


def test_resolving_reads_in_italian(bar: tuple[str, Path], italian: None) -> None:
    special = parked(bar)[0]["id"]
    url, folder = bar
    done = run("--db", url, "sales", "resolve", str(special), "--pour", "GIN-TANQ=5cl", cwd=folder)
    assert done.stdout == (
        f"vendita non abbinata {special} risolta con ciò che è stato versato (1 movimento)\n"
    )
