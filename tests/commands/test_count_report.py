"""`count report [COUNT_ID]`: what a finalised count revealed, as a table, JSON or a workbook."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from tests.commands.running import run


def finalise_a_count(url: str, folder: Path) -> None:
    """Tanqueray counted as expected (2100 ml), Campari 2.2 l short of its 5.2 l."""
    for step in (
        ("count", "start"),
        ("count", "set", "GIN-TANQ", "--quantity", "2100"),
        ("count", "set", "AMA-CAMP", "--quantity", "3000"),
        ("count", "finalise"),
    ):
        done = run("--db", url, *step, cwd=folder)
        assert done.returncode == 0, (step, done.stderr)


def test_no_report_before_a_count_is_finalised(bar: tuple[str, Path]) -> None:
    done = run("--db", bar[0], "count", "report", cwd=bar[1])
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == "inventory-app: error: no count has been finalised yet\n"


def test_the_report_as_json_table_and_workbook(bar: tuple[str, Path]) -> None:
    url, folder = bar
    finalise_a_count(url, folder)
    done = run("--db", url, "count", "report", "--format", "json", cwd=folder)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout, parse_float=Decimal)
    assert report["count_id"] == 1
    campari = next(line for line in report["lines"] if line["sku"] == "AMA-CAMP")
    assert (campari["expected"], campari["counted"], campari["variance"]) == (5200, 3000, -2200)
    table = run("--db", url, "count", "report", "1", "--out", "count.xlsx", cwd=folder)
    assert table.returncode == 0, table.stderr
    header = table.stdout.splitlines()[0].split()
    assert header[:2] == ["SKU", "Item"] and header[-2:] == ["%", "usage"]
    assert any(line.startswith("AMA-CAMP") for line in table.stdout.splitlines())
    assert load_workbook(folder / "count.xlsx").sheetnames


def test_an_unknown_count_is_refused(bar: tuple[str, Path]) -> None:
    done = run("--db", bar[0], "count", "report", "7", cwd=bar[1])
    assert (done.returncode, done.stderr) == (2, "inventory-app: error: no count with id 7\n")
