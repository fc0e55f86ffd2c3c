"""$INVENTORY_APP_LANG=it in a real process: messages, tables and errors in Italian, JSON as
in English (each command's Italian is tested in process in tests/commands)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.cli.test_cli import run


@pytest.mark.usefixtures("italian")
def test_the_bar_in_italian_from_the_environment(bar: tuple[str, Path]) -> None:
    url, folder = bar
    wasted = run("--db", url, "adjust", "GIN-TANQ", "--by=-22,5ml", "--reason", "waste",
                 cwd=folder)  # fmt: skip
    assert (wasted.returncode, wasted.stderr) == (0, "")
    assert wasted.stdout == (
        "GIN-TANQ (Tanqueray London Dry): -22,5 ml scarto; giacenza ora 2777,5 ml "
        "(3,97 contenitori)\n"
    )
    history = run("--db", url, "history", "GIN-TANQ", "--limit", "1", cwd=folder)
    heading, _rule, line = history.stdout.splitlines()
    assert heading.split()[:2] == ["Quando", "Codice"]
    assert re.split(r"  +", line)[2:5] == ["Tanqueray London Dry", "scarto", "-22,5 ml"]
    refused = run("--db", url, "adjust", "GIN-TANQ", "--by=22,5ml", "--reason", "waste",
                  cwd=folder)  # fmt: skip
    assert (refused.returncode, refused.stdout) == (2, "")
    assert refused.stderr.endswith("hai scritto '22,5ml'\n")


def test_json_is_the_same_in_either_language(
    bar: tuple[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, folder = bar
    english = run("--db", url, "history", "--format", "json", cwd=folder)
    monkeypatch.setenv("INVENTORY_APP_LANG", "it")
    italian = run("--db", url, "history", "--format", "json", cwd=folder)
    assert (italian.returncode, italian.stdout) == (0, english.stdout)
    assert '"reason": "count"' in italian.stdout
