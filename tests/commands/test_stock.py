"""`stock`: the levels as JSON and the low table, on a fresh copy of the demo bar. In process."""

from __future__ import annotations

import csv
import io
import re
from decimal import Decimal
from pathlib import Path

import pytest

from inventory_app.commands.stock import RECORD_FIELDS
from tests.commands.running import run, stock_json


def test_stock_json(bar: tuple[str, Path]) -> None:
    rows = stock_json(*bar)
    gin = next(r for r in rows if r["sku"] == "GIN-TANQ")
    fields = ("unit", "on_hand", "containers", "par", "reorder_at", "status")
    assert [gin[k] for k in fields] == ["ml", 2800, 4, 6, 2, "ok"]
    assert {"location", "supplier", "category", "size", "name"} <= set(gin)
    assert {r["status"] for r in rows} == {"ok", "low", "out"}
    flask = next(r for r in rows if r["sku"] == "FLK-HONEYG")
    assert (flask["containers"], flask["status"]) == (Decimal("0.8"), "low")


def test_stock_low_table(bar: tuple[str, Path]) -> None:
    done = run("--db", bar[0], "stock", "--low", cwd=bar[1])
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split() == [
        "SKU", "Name", "Location", "On", "hand", "Unit", "Containers", "Par", "Reorder", "at",
        "Status",
    ]  # fmt: skip
    assert "GIN-TANQ " not in done.stdout
    peychaud = next(line for line in lines if line.startswith("BIT-PEYCH"))
    assert peychaud.split()[-6:] == ["0", "btl", "2", "1", "OUT", "!"]  # no '0.00'
    assert " 0  ml " in peychaud
    assert lines[-1].endswith("low, 2 out")


def test_stock_table_in_italian(bar: tuple[str, Path], italian: None) -> None:
    done = run("--db", bar[0], "stock", "--low", cwd=bar[1])
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split() == [
        "Codice", "Nome", "Posizione", "Giacenza", "Unità", "Contenitori", "Scorta", "ideale",
        "Punto", "di", "riordino", "Stato",
    ]  # fmt: skip
    honey = next(line for line in lines if line.startswith("FLK-HONEYG"))
    assert " 0,8 " in honey and honey.endswith("SOTTOSCORTA !")
    assert next(line for line in lines if line.startswith("BIT-PEYCH")).endswith("ESAURITO !")
    assert re.fullmatch(r"\d+ articoli: sottoscorta \d+, esauriti 2", lines[-1])


def test_lang_en_overrides_italian_from_the_environment(
    bar: tuple[str, Path], italian: None
) -> None:
    done = run("--lang", "en", "--db", bar[0], "stock", "--low", cwd=bar[1])
    assert done.stdout.split()[:3] == ["SKU", "Name", "Location"]
    assert done.stdout.splitlines()[-1].endswith("low, 2 out")


@pytest.mark.parametrize(("lang", "separator", "honey"), [("en", ",", "0.8"), ("it", ";", "0,8")])
def test_stock_csv_opens_in_that_language_s_spreadsheet(
    bar: tuple[str, Path], monkeypatch: pytest.MonkeyPatch, lang: str, separator: str, honey: str
) -> None:
    monkeypatch.setenv("INVENTORY_APP_LANG", lang)
    done = run("--db", bar[0], "stock", "--format", "csv", cwd=bar[1])
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader(io.StringIO(done.stdout, newline=""), delimiter=separator))
    assert rows[0] == list(RECORD_FIELDS)  # the field names, as JSON has them
    records = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    assert next(r for r in records if r["sku"] == "FLK-HONEYG")["containers"] == honey
    exact = {r["sku"]: r for r in stock_json(*bar)}
    for record in records:  # every number the same as JSON's, in the reader's decimal mark
        for field in ("size", "on_hand", "containers", "par", "reorder_at", "cost"):
            text, value = record[field], exact[record["sku"]][field]
            if value is None:
                assert text == "", (record["sku"], field)
                continue
            assert "." not in text if lang == "it" else "," not in text
            assert Decimal(text.replace(",", ".")) == value, (record["sku"], field)


def test_stock_json_is_the_same_in_both_languages(
    bar: tuple[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    english = run("--db", bar[0], "stock", "--format", "json", cwd=bar[1]).stdout
    monkeypatch.setenv("INVENTORY_APP_LANG", "it")
    italian = run("--db", bar[0], "stock", "--format", "json", cwd=bar[1]).stdout
    assert italian == english and '"containers": 1.5' in italian
