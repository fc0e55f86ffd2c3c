"""`openings report`: openings beyond usage and oxidised bottles, as JSON. In process."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from tests.commands.running import run


def test_openings_report_json(bar: tuple[str, Path]) -> None:
    url, folder = bar
    done = run("--db", url, "openings", "report", "--format", "json", cwd=folder)
    assert done.returncode == 0, done.stderr
    [report] = json.loads(done.stdout, parse_float=Decimal)
    assert [(r["sku"], r["opened"], r["excess"]) for r in report["excess"]] == [
        ("AMA-APER", 2, 2000), ("AMA-CAMP", 2, 2000),
    ]  # fmt: skip
    assert [b["id"] for b in report["oxidised"]] == [3]


def test_openings_report_in_italian(bar: tuple[str, Path], italian: None) -> None:
    url, folder = bar
    done = run("--db", url, "openings", "report", cwd=folder)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    today = date.today()
    assert lines[0] == f"Aperture dal {today - timedelta(6):%d/%m/%Y} al {today:%d/%m/%Y}"
    assert lines[1].split()[:3] == ["Codice", "Articolo", "Aperti"]
    assert any(line.startswith("ossidazione: #3 WHI-MAC18 ") for line in lines)
    bad = run("--db", url, "openings", "report", "--from", "01/12/2026", cwd=folder)
    assert bad.stderr == (
        "inventory-app: errore: --from: serve una data come 2026-03-01, non '01/12/2026'\n"
    )
