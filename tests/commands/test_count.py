"""The count from the command line: start, set, sheet, import, finalise, report."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.commands.running import run

D = Decimal


def test_count_set_finalise_and_report(bar: tuple[str, Path]) -> None:
    url, folder = bar
    started = run("--db", url, "count", "start", "--location", "back wall shelf 1", cwd=folder)
    assert started.stdout.startswith("count 1 started: Back wall shelf 1, ")
    done = run("--db", url, "count", "set", "WHI-MONKEY", "--full", "1", "--weight", "905",
               cwd=folder)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(
        "WHI-MONKEY (Monkey Shoulder Blended Malt): counted 1084.2 ml (1.55 containers); 1 of "
    )
    bad = run("--db", url, "count", "set", "WHI-MONKEY", "--weight", "1380", cwd=folder)
    assert (bad.returncode, bad.stdout) == (
        2, "WHI-MONKEY (Monkey Shoulder Blended Malt): not counted until this entry is fixed "
        "or cleared\n",
    )  # fmt: skip
    assert bad.stderr == (
        "inventory-app: error: --weight: 1,380 g is above the full weight of 1,205 g for "
        "Monkey Shoulder Blended Malt: weigh again or enter tenths\n"
    )
    refused = run("--db", url, "count", "finalise", cwd=folder)
    assert (refused.returncode, refused.stdout) == (2, "")
    assert refused.stderr == (
        "inventory-app: error: count 1 cannot be finalised: this entry was refused and counts "
        "nothing until fixed or cleared:\n  WHI-MONKEY (Monkey Shoulder Blended Malt): 1,380 g "
        "is above the full weight of 1,205 g for Monkey Shoulder Blended Malt: weigh again or "
        "enter tenths\n"
    )
    fixed = run("--db", url, "count", "set", "WHI-MONKEY", "--full", "1", "--weight", "905",
                cwd=folder)  # fmt: skip
    assert fixed.returncode == 0, fixed.stderr
    final = run("--db", url, "count", "finalise", cwd=folder)
    assert final.stdout.splitlines()[0] == (
        "count 1 finalised: 1 items counted, 1 count movements written"
    )
    report = run("--db", url, "count", "report", "--format", "json", "--out",
                 str(folder / "variance.xlsx"), cwd=folder)  # fmt: skip
    data = json.loads(report.stdout, parse_float=D)
    [line] = data["lines"]
    assert {k: line[k] for k in ("sku", "expected", "counted", "variance", "variance_value")} == {
        "sku": "WHI-MONKEY", "expected": 1820, "counted": D("1084.2"),
        "variance": D("-735.8"), "variance_value": D("-29.96"),
    }  # fmt: skip
    assert set(data) >= {"totals", "usage", "beverage_cost_pct"}
    assert data["totals"]["variance_value"] == D("-29.96")
    sheet = load_workbook(folder / "variance.xlsx").active
    assert sheet is not None and sheet["A2"].value == "WHI-MONKEY"
    assert sheet["H2"].number_format == '"€"#,##0.00;[Red]-"€"#,##0.00'


def test_sheet_and_import(bar: tuple[str, Path]) -> None:
    url, folder = bar
    out = folder / "sheet.xlsx"
    written = run("--db", url, "count", "sheet", "--out", str(out), "--location", "Fridge",
                  cwd=folder)  # fmt: skip
    assert written.stdout.startswith("wrote the count sheet of ")
    book = load_workbook(out)
    sheet = book.active
    assert sheet is not None
    assert sheet["A2"].value == "VER-CARP" and sheet["F2"].value is None
    sheet["F2"] = 3
    book.save(out)
    done = run("--db", url, "count", "import", str(out), "--finalise", cwd=folder)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[:2] == [
        "count 1 (started by this import): 1 items entered from sheet.xlsx",
        "finalised: 1 count movements written",
    ]
    again = run("--db", url, "count", "set", "VER-CARP", "--full", "1", cwd=folder)
    assert again.returncode == 2
    assert "no count is open (count 1 is finalised: it is history)" in again.stderr


@pytest.mark.usefixtures("italian")
def test_count_in_italian(bar: tuple[str, Path]) -> None:
    url, folder = bar
    started = run("--db", url, "count", "start", "--location", "back wall shelf 1", cwd=folder)
    assert re.fullmatch(r"conta 1 aperta: Back wall shelf 1, \d+ articoli da contare\n",
                        started.stdout), started.stdout  # fmt: skip
    done = run("--db", url, "count", "set", "WHI-MONKEY", "--full", "1", "--weight", "905",
               cwd=folder)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(
        "WHI-MONKEY (Monkey Shoulder Blended Malt): contati 1084,2 ml (1,55 contenitori); "
        "contati 1 su "
    )
    nothing = run("--db", url, "count", "set", "WHI-MONKEY", cwd=folder)
    assert (nothing.returncode, nothing.stdout) == (2, "")
    assert nothing.stderr.endswith(
        "inserisci almeno uno tra --full, --tenths, --weight o --quantity\n"
    )
    cleared = run("--db", url, "count", "clear", "WHI-MONKEY", cwd=folder)
    assert cleared.stdout == "WHI-MONKEY: dato cancellato\n"
    run("--db", url, "count", "set", "WHI-MONKEY", "--quantity", "1000", cwd=folder)
    final = run("--db", url, "count", "finalise", cwd=folder)
    assert final.stdout.splitlines()[:2] == [
        "conta 1 chiusa: articoli contati 1, movimenti di conta scritti 1",
        "1 articolo: scostamento netto -33,39\u00a0€, perdite -33,39\u00a0€ "
        "(una perdita è negativa)",
    ]
