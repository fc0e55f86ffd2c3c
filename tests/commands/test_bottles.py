"""`bottles`: the collection and its filters; the bottle commands' refusals. In process."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from tests.commands.running import TRACEBACK, run


def bottles(bar: tuple[str, Path], *args: str) -> list[dict[str, object]]:
    done = run("--db", bar[0], "bottles", *args, "--format", "json", cwd=bar[1])
    assert done.returncode == 0, done.stderr
    rows: list[dict[str, object]] = json.loads(done.stdout, parse_float=Decimal)
    return rows


def test_the_demo_collection(bar: tuple[str, Path]) -> None:
    rows = bottles(bar)
    assert [(r["id"], r["sku"], r["state"], r["remaining"]) for r in rows] == [
        (6, "WHI-BUN25", "open", 610), (5, "WHI-GDR21", "open", 280),
        (3, "WHI-MAC18", "open", 245), (1, "WHI-SPR21", "open", 380),
        (7, "WHI-BUN25", "sealed", 700), (4, "WHI-MAC18", "sealed", 700),
        (2, "WHI-SPR21", "sealed", 700),
    ]  # fmt: skip
    macallan = rows[2]
    assert (macallan["cost"], macallan["value"], macallan["oxidised"]) == (
        Decimal("335"), Decimal("117.25"), True,
    )  # fmt: skip
    assert [r["id"] for r in bottles(bar, "WHI-MAC18", "--state", "sealed")] == [4]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("empty", "#2"), "#2 Springbank 21, refill sherry, 2000 is still sealed"),
        (("open", "#1"), "#1 Springbank 21, refill sherry, 2000 is already open"),
        (("empty", "AMA-CYNAR"), "no open container of Cynar 1 L to finish: open one first"),
        (("bottle", "add", "GIN-TANQ", "--label", "x"), "GIN-TANQ is tracked in bulk"),
        (("openings", "report", "--from", "2026-13-01"), "--from: expected a date such as"),
    ],
)
def test_refusals_exit_2(bar: tuple[str, Path], args: tuple[str, ...], message: str) -> None:
    done = run("--db", bar[0], *args, cwd=bar[1])
    assert done.returncode == 2
    assert message in done.stderr
    assert TRACEBACK not in done.stderr


@pytest.mark.usefixtures("italian")
def test_the_collection_in_italian(bar: tuple[str, Path]) -> None:
    """States, dates and money as an Italian reads them; the JSON stays as it was."""
    done = run("--db", bar[0], "bottles", "WHI-MAC18", cwd=bar[1])
    assert done.returncode == 0, done.stderr
    heading, _rule, opened, sealed = done.stdout.splitlines()
    assert heading.split() == [
        "ID", "Codice", "Etichetta", "Stato", "Aperta", "il", "Residuo", "Costo", "Valore",
        "Avviso",
    ]  # fmt: skip
    assert re.search(r" aperta +\d\d/\d\d/20\d\d +245 ml +335,00\xa0€ +117,25\xa0€ +ossidata$",
                     opened), opened  # fmt: skip
    assert re.search(r" sigillata +700 ml +335,00\xa0€ +335,00\xa0€$", sealed), sealed
    english = bottles(bar, "WHI-MAC18")
    assert [(r["state"], r["opened_at"] is not None) for r in english] == [
        ("open", True), ("sealed", False),
    ]  # fmt: skip
