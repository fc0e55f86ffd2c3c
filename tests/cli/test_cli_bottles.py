"""`bottle add`, `open`, `empty`, `bottles` and `openings report`, run as real processes."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from tests.cli.test_cli import TRACEBACK, run


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


def test_add_open_and_finish_a_bottle(bar: tuple[str, Path]) -> None:
    url, folder = bar
    added = run("--db", url, "bottle", "add", "WHI-MAC18", "--label",
                "Macallan 18, 2023 release", "--cost", "€349,00", "--abv", "43%",
                "--vintage", "2005", "--barcode", "MAC18-0003", cwd=folder)  # fmt: skip
    assert (added.returncode, added.stderr) == (0, "")
    assert added.stdout == (
        "bottle #8: WHI-MAC18 (Macallan 18 Sherry Oak), Macallan 18, 2023 release, sealed, "
        "cost €349.00\n"
    )
    # two sealed Macallans now, no terminal: the error says how to choose
    ask = run("--db", url, "open", "WHI-MAC18", cwd=folder)
    assert ask.returncode == 2
    assert ask.stderr == (
        "inventory-app: error: WHI-MAC18 has 2 bottles you could open: "
        "#4 Macallan 18 Sherry Oak, 2022 release; #8 Macallan 18, 2023 release; "
        "choose one with --bottle ID\n"
    )
    opened = run("--db", url, "open", "MAC18-0003", cwd=folder)  # the bottle's own barcode
    assert (opened.returncode, opened.stdout) == (
        0, "opened #8 Macallan 18, 2023 release (WHI-MAC18 Macallan 18 Sherry Oak)\n",
    )  # fmt: skip
    emptied = run("--db", url, "empty", "WHI-MAC18", "--bottle", "3", cwd=folder)
    assert emptied.stdout == (
        "finished #3 Macallan 18 Sherry Oak, 2006 release (WHI-MAC18 Macallan 18 Sherry Oak); "
        "245 ml left written off as waste\n"
    )
    states = {r["id"]: r["state"] for r in bottles(bar, "WHI-MAC18")}
    assert states == {3: "empty", 4: "sealed", 8: "open"}


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


def test_openings_report_json(bar: tuple[str, Path]) -> None:
    url, folder = bar
    done = run("--db", url, "openings", "report", "--format", "json", cwd=folder)
    assert done.returncode == 0, done.stderr
    [report] = json.loads(done.stdout, parse_float=Decimal)
    assert [(r["sku"], r["opened"], r["excess"]) for r in report["excess"]] == [
        ("AMA-APER", 2, 2000), ("AMA-CAMP", 2, 2000),
    ]  # fmt: skip
    assert [b["id"] for b in report["oxidised"]] == [3]
