"""`levels`: on hand against par, days of cover and what runs out before delivery; `suggest`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.commands.running import run
from tests.commands.test_marked_texts import used_last_week


def test_levels_as_json_and_as_a_table(bar: tuple[str, Path]) -> None:
    url, folder = bar
    done = run("--db", url, "levels", "--format", "json", cwd=folder)
    assert done.returncode == 0, done.stderr
    levels = json.loads(done.stdout)
    assert len(levels) == 69
    altos = next(r for r in levels if r["sku"] == "AGV-ALTOS")
    assert (altos["on_hand"], altos["par"], altos["reorder_at"], altos["status"]) == (
        1400, 4, 2, "low",
    )  # fmt: skip
    table = run("--db", url, "levels", cwd=folder)
    assert table.stdout.splitlines()[0].split()[:3] == ["SKU", "Name", "Supplier"]
    assert any(line.startswith("AGV-ALTOS") for line in table.stdout.splitlines())


def test_suggest_needs_usage(bar: tuple[str, Path]) -> None:
    done = run("--db", bar[0], "levels", "suggest", cwd=bar[1])
    assert (done.returncode, done.stdout) == (
        0, "no usage in the last 6 weeks to suggest levels from\n",
    )  # fmt: skip


def test_levels_in_italian_and_json_in_both_languages(
    bar: tuple[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, folder = bar
    english = run("--db", url, "levels", "--format", "json", cwd=folder)
    monkeypatch.setenv("INVENTORY_APP_LANG", "it")
    italian = run("--db", url, "levels", "--format", "json", cwd=folder)
    assert (italian.returncode, italian.stdout) == (0, english.stdout)
    table = run("--db", url, "levels", cwd=folder)
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0].split()[:4] == ["Codice", "Nome", "Fornitore", "Contenitori"]
    assert "Scorta ideale" in lines[0] and "Punto di riordino" in lines[0]
    fortaleza = next(line for line in lines if line.startswith("AGV-FORT"))
    altos = next(line for line in lines if line.startswith("AGV-ALTOS"))
    assert " 0,8 " in fortaleza and fortaleza.endswith("ok")
    assert altos.endswith("sottoscorta")
    assert lines[-1].startswith("finisce prima della consegna: ")


@pytest.mark.usefixtures("italian")
def test_suggest_needs_usage_in_italian(bar: tuple[str, Path]) -> None:
    done = run("--db", bar[0], "levels", "--weeks", "1", "suggest", cwd=bar[1])
    assert (done.returncode, done.stdout) == (
        0, "nessun consumo in 1 settimana da cui suggerire i livelli\n",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("language", "said"),
    [("en", "accepted 1 suggestion, 1 item changed"),
     ("it", "1 suggerimento accettato, 1 articolo cambiato")],
)  # fmt: skip
def test_accepting_a_suggestion_counts_it_in_words(
    bar: tuple[str, Path], monkeypatch: pytest.MonkeyPatch, language: str, said: str
) -> None:
    url, folder = bar
    used_last_week(url)
    monkeypatch.setenv("INVENTORY_APP_LANG", language)
    done = run("--db", url, "levels", "suggest", "--accept", "GIN-TANQ", cwd=folder)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == said
