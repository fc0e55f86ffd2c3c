"""`openings report`: openings beyond usage and oxidised bottles, as JSON. In process."""

from __future__ import annotations

import json
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
