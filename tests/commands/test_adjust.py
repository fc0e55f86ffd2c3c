"""`adjust SKU --by`: a movement with reason and author, and what a bartender may not write off.

The tests share one demo bar and run in order: the second reads what the first wrote.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.commands.running import copy_demo, run


@pytest.fixture(scope="module")
def bar(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    """One copy of the demo bar for this module; the tests below add to it in order."""
    return copy_demo(demo_template, tmp_path_factory.mktemp("adjust"))


def test_adjust_then_history(bar: tuple[str, Path]) -> None:
    url, folder = bar
    done = run("--db", url, "--user", "giulia", "adjust", "GIN-TANQ", "--by=-40ml",
               "--reason", "waste", "--note", "spilled", cwd=folder)  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == (
        "GIN-TANQ (Tanqueray London Dry): -40 ml waste; on hand now 2760 ml (3.94 containers)\n"
    )
    done = run("--db", url, "history", "5000281000220", "--format", "json", cwd=folder)
    assert done.returncode == 0, done.stderr
    newest, counted = json.loads(done.stdout)
    assert {k: v for k, v in newest.items() if k != "when"} == {
        "sku": "GIN-TANQ", "item": "Tanqueray London Dry", "reason": "waste", "delta": "-40 ml",
        "author": "giulia", "reference": "", "note": "spilled", "undone": False,
        "kind": "stock", "bottle": "",
    }  # fmt: skip
    assert newest["when"].endswith("+00:00")
    assert (counted["reason"], counted["delta"], counted["reference"]) == (
        "count", "+2800 ml", "import:1",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("by", "reason", "message"),
    [
        ("-999999999ml", "comp",
         "column 'by': comp of 999999999 ml is more than 1000 containers of 700 ml (700000 ml): "
         "check the quantity and its unit"),
        ("-10l", "waste",
         "column 'by': waste of 10000 ml is more than the 2760 ml on hand plus one container "
         "(700 ml); if the stock is wrong, count it (or the owner records a correction)"),
    ],
)  # fmt: skip
def test_a_bartender_cannot_write_off_more_than_the_bar_has(
    bar: tuple[str, Path], by: str, reason: str, message: str
) -> None:
    url, folder = bar
    done = run("--db", url, "--user", "giulia", "adjust", "GIN-TANQ", f"--by={by}",
               "--reason", reason, cwd=folder)  # fmt: skip
    assert (done.returncode, done.stdout, done.stderr) == (
        2,
        "",
        f"inventory-app: error: {message}\n",
    )
    level = run("--db", url, "stock", "--format", "json", cwd=folder)
    gin = next(row for row in json.loads(level.stdout) if row["sku"] == "GIN-TANQ")
    assert gin["on_hand"] == 2760, "nothing was written off"


@pytest.fixture
def fresh_bar(demo_template: Path, tmp_path: Path) -> tuple[str, Path]:
    """A copy of the demo bar of its own, outside the ordered tests above."""
    return copy_demo(demo_template, tmp_path)


@pytest.mark.usefixtures("italian")
def test_adjust_in_italian(fresh_bar: tuple[str, Path]) -> None:
    url, folder = fresh_bar
    done = run("--db", url, "adjust", "GIN-TANQ", "--by=-40,5ml", "--reason", "breakage",
               cwd=folder)  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == (
        "GIN-TANQ (Tanqueray London Dry): -40,5 ml rottura; giacenza ora 2759,5 ml "
        "(3,94 contenitori)\n"
    )


@pytest.mark.usefixtures("italian")
def test_an_unsigned_quantity_is_refused_in_italian(fresh_bar: tuple[str, Path]) -> None:
    url, folder = fresh_bar
    done = run("--db", url, "adjust", "GIN-TANQ", "--by=40ml", "--reason", "waste", cwd=folder)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.endswith(
        "--by: serve una quantità con il segno, come -40ml o +2pcs; hai scritto '40ml'\n"
    )


@pytest.mark.parametrize("asked", [("--lang", "it"), ()], ids=["--lang it", "italian env"])
def test_help_in_italian(
    fresh_bar: tuple[str, Path], asked: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    if not asked:
        monkeypatch.setenv("INVENTORY_APP_LANG", "it")
    done = run(*asked, "adjust", "--help", cwd=fresh_bar[1])
    assert done.returncode == 0, done.stderr
    assert "Scrivi una quantità negativa come --by=-40ml (con '=')." in done.stdout
    assert "con segno e unità: -40ml, +2pcs" in done.stdout
    assert "perché è cambiata la giacenza" in done.stdout
