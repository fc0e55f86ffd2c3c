"""`count report [COUNT_ID]`: what a finalised count revealed, as a table, JSON or a workbook."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
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


@pytest.mark.usefixtures("italian")
def test_the_report_in_italian(bar: tuple[str, Path]) -> None:
    """Quantities grouped as Italian writes them, money '-37,18 €', the summary in Italian."""
    url, folder = bar
    finalise_a_count(url, folder)
    done = run("--db", url, "count", "report", cwd=folder)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split() == [
        "Codice", "Articolo", "Posizione", "Atteso", "Contato", "Scostamento", "Unità", "Valore",
        "%", "consumo",
    ]  # fmt: skip
    campari = next(line for line in lines if line.startswith("AMA-CAMP"))
    cells = [cell for cell in campari.split(" ") if cell]  # str.split() would split at NBSP
    assert cells[-5:] == ["5.200", "3.000", "-2.200", "ml", "-37,18\u00a0€"]
    summary = [line.replace("\u00a0€", " €") for line in lines[-4:]]  # money: '-37,18\xa0€'
    assert summary == [
        "2 articoli: scostamento netto -55,08 €, perdite -55,08 € (una perdita è negativa)",
        "consumi: vendite 0,00 €, preparazioni 0,00 €, scarti 0,00 €; non spiegati -55,08 €",
        "costo bevande: n.d. (serve una conta precedente)",
        "peggiori: AMA-CAMP -37,18 €, GIN-TANQ -17,90 €",
    ]


def test_the_json_report_is_the_same_in_both_languages(
    bar: tuple[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, folder = bar
    finalise_a_count(url, folder)
    english = run("--db", url, "count", "report", "--format", "json", cwd=folder)
    monkeypatch.setenv("INVENTORY_APP_LANG", "it")
    italian = run("--db", url, "count", "report", "--format", "json", cwd=folder)
    assert (italian.returncode, italian.stdout) == (0, english.stdout)
    assert run("--lang", "it", "--db", url, "count", "report", "--format", "json",
               cwd=folder).stdout == english.stdout  # fmt: skip
