"""`allergens`: the demo menu's register as a table, as JSON, and written as .pdf or .xlsx."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication

from tests.commands.running import run
from tests.ui.render.test_order_pdf import needs_poppler, pdf_text

# The demo bar's menu (resources/demo/): vermouth carries sulphites, eggs go into the
# Whisky Sour, almonds into the house orgeat and through it into the Mai Tai.
DEMO_EN = {
    "Americano": "12 Sulphur dioxide and sulphites",
    "Boulevardier": "12 Sulphur dioxide and sulphites",
    "Daiquiri": "none of the 14",
    "Espresso Campari": "12 Sulphur dioxide and sulphites",
    "Garibaldi": "none of the 14",
    "Gin Tonic": "none of the 14",
    "Mai Tai": "8 Nuts",
    "Margarita": "none of the 14",
    "Mezcal Negroni": "12 Sulphur dioxide and sulphites",
    "Negroni": "12 Sulphur dioxide and sulphites",
    "Old Fashioned": "none of the 14",
    "Penicillin": "none of the 14",
    "Whisky Sour": "3 Eggs",
}


def test_the_demo_menu_as_json_and_as_a_table(bar: tuple[str, Path]) -> None:
    url, folder = bar
    done = run("--db", url, "allergens", "--format", "json", cwd=folder)
    assert done.returncode == 0, done.stderr
    records = json.loads(done.stdout)
    assert {r["drink"]: r["text"] for r in records} == DEMO_EN
    sour = next(r for r in records if r["drink"] == "Whisky Sour")
    assert (sour["channel"], sour["numbers"], sour["allergens"]) == (None, [3], ["eggs"])
    table = run("--db", url, "allergens", cwd=folder).stdout.splitlines()
    assert table[0].startswith("Updated on ")
    assert table[1].split() == ["Drink", "Served", "Allergens"]
    assert any(line.split() == ["Mai", "Tai", "all", "8", "Nuts"] for line in table)


def test_written_as_a_workbook_in_italian(bar: tuple[str, Path]) -> None:
    url, folder = bar
    done = run("--db", url, "--lang", "it", "allergens", "--out", "registro.xlsx", cwd=folder)
    assert done.returncode == 0, done.stderr
    sheet = load_workbook(folder / "registro.xlsx").active
    assert sheet is not None
    rows = {row[0]: row[2] for row in sheet.iter_rows(values_only=True) if row[0] in DEMO_EN}
    assert rows["Whisky Sour"] == "3 Uova"
    assert rows["Negroni"] == "12 Anidride solforosa e solfiti"
    assert rows["Mai Tai"] == "8 Frutta a guscio"
    assert len(rows) == len(DEMO_EN)


@needs_poppler
def test_written_as_a_pdf(qapp: QApplication, bar: tuple[str, Path]) -> None:
    """In process the PDF is drawn in pytest-qt's application (as the window's)."""
    url, folder = bar
    done = run("--db", url, "allergens", "--out", "register.pdf", cwd=folder)
    assert done.returncode == 0, done.stderr
    assert "register.pdf" in done.stdout
    lines = pdf_text(folder / "register.pdf").split("\n")
    for drink, allergens in DEMO_EN.items():
        assert f"{drink} all {allergens}" in lines


@pytest.mark.parametrize("name", ["register.csv", "register"])
def test_another_suffix_is_refused(bar: tuple[str, Path], name: str) -> None:
    done = run("--db", bar[0], "allergens", "--out", name, cwd=bar[1])
    assert done.returncode == 2
    assert "a .pdf or an .xlsx" in done.stderr
    assert not (bar[1] / name).exists()
