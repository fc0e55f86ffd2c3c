"""`bottle add`, then `open` (choosing among sealed bottles) and `empty`: one bottle's life."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.commands.running import run
from tests.commands.test_bottles import bottles


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


@pytest.mark.usefixtures("italian")
def test_add_a_bottle_in_italian(bar: tuple[str, Path]) -> None:
    url, folder = bar
    added = run("--db", url, "bottle", "add", "WHI-MAC18", "--label", "Macallan 18, 2023",
                "--cost", "1.349,50", cwd=folder)  # fmt: skip
    assert (added.returncode, added.stderr) == (0, "")
    assert added.stdout == (
        "bottiglia #8: WHI-MAC18 (Macallan 18 Sherry Oak), Macallan 18, 2023, sigillata, "
        "costo 1.349,50\u00a0€\n"
    )
    bad = run("--db", url, "bottle", "add", "WHI-MAC18", "--label", "x", "--vintage", "'98",
              cwd=folder)  # fmt: skip
    assert (bad.returncode, bad.stdout) == (2, "")
    assert bad.stderr.endswith('--vintage: serve un anno come 1998; hai scritto "\'98"\n')
