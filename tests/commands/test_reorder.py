"""`reorder`: the proposal in whole packs, as JSON or a workbook per supplier; `levels`."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from tests.commands.running import run

D = Decimal


def test_reorder_json_in_whole_packs(bar: tuple[str, Path]) -> None:
    url, folder = bar
    done = run("--db", url, "reorder", "--format", "json", cwd=folder)
    assert done.returncode == 0, done.stderr
    proposals = json.loads(done.stdout, parse_float=Decimal)
    assert [p["supplier"] for p in proposals] == [
        "Bevande Rialto Distribuzione", "Laguna Spirits Srl", "Packaging Nord Est",
    ]  # fmt: skip
    for proposal in proposals:
        assert proposal["lines"]
        for line in proposal["lines"]:
            assert line["quantity"] > 0 and line["quantity"] % line["pack_size"] == 0
        assert proposal["total"] == sum(D(str(x["line_total"])) for x in proposal["lines"])


def test_reorder_workbook_and_levels(bar: tuple[str, Path]) -> None:
    url, folder = bar
    out = folder / "reorder.xlsx"
    done = run("--db", url, "reorder", "--out", str(out), "--supplier", "laguna spirits srl",
               cwd=folder)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert load_workbook(out).sheetnames == ["Laguna Spirits Srl"]
    bad = run("--db", url, "reorder", "--supplier", "Nobody", cwd=folder)
    assert bad.returncode == 2 and "Nobody" in bad.stderr
    levels = json.loads(run("--db", url, "levels", "--format", "json", cwd=folder).stdout)
    lag = next(r for r in levels if r["sku"] == "WHI-LAG16")
    assert lag["status"] == "low" and lag["lead_time_days"] == 2


def test_reorder_in_italian(bar: tuple[str, Path], italian: None) -> None:
    url, folder = bar
    done = run("--db", url, "reorder", "--out", "x.xlsx", cwd=folder)
    assert done.returncode == 0, done.stderr
    proposals = json.loads(run("--db", url, "reorder", "--format", "json", cwd=folder).stdout)
    lines = sum(len(p["lines"]) for p in proposals)
    assert done.stdout == f"scritto x.xlsx: 3 fornitori, {lines} righe\n"
    assert (folder / "x.xlsx").exists()
    table = run("--db", url, "reorder", "--supplier", "Laguna Spirits Srl", cwd=folder).stdout
    assert table.split()[:5] == ["Fornitore", "Codice", "Cod.", "fornitore", "Articolo"]
    assert table.splitlines()[-1] == "totali: Laguna Spirits Srl 930,00\u00a0€"
    wray = next(line for line in table.splitlines() if " RUM-WRAY " in line)
    assert re.search(" 0,9 +2 +6 +0 +6 +138,00\u00a0€$", wray)  # on hand in tenths, money
