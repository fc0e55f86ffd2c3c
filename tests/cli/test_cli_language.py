"""The language of a real process: $INVENTORY_APP_LANG, --lang over it, argparse's own words.

The environment is set here for each process (not through the `italian` fixture), so each
test says exactly what the shell would hold.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from inventory_app.i18n.language import LANG_ENV
from tests.commands.running import DEMO_OWNER


def run(*args: str, cwd: Path, lang: str | None) -> subprocess.CompletedProcess[str]:
    """`inventory-app ARGS` as the demo owner, with $INVENTORY_APP_LANG set to `lang` (or unset)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("INVENTORY_APP_")}
    env.update(DEMO_OWNER, LANG="C.UTF-8", LC_ALL="C.UTF-8")  # the system's says English
    if lang is not None:
        env[LANG_ENV] = lang
    return subprocess.run(
        [sys.executable, "-m", "inventory_app", *args],
        capture_output=True, text=True, cwd=cwd, env=env, timeout=60, check=False,
    )  # fmt: skip


def test_stock_in_italian_from_the_environment(bar: tuple[str, Path]) -> None:
    done = run("--db", bar[0], "stock", cwd=bar[1], lang="it")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split() == [
        "Codice", "Nome", "Posizione", "Giacenza", "Unità", "Contenitori", "Scorta", "ideale",
        "Punto", "di", "riordino", "Stato",
    ]  # fmt: skip
    honey = next(line for line in lines if line.startswith("FLK-HONEYG"))
    assert " 0,8 " in honey and honey.endswith("SOTTOSCORTA !")  # a decimal comma
    straws = next(line for line in lines if line.startswith("TA-STRAW"))
    assert " 900  pz " in straws
    assert lines[-1].startswith("69 articoli: sottoscorta ")


def test_lang_en_overrides_the_environment(bar: tuple[str, Path]) -> None:
    done = run("--lang", "en", "--db", bar[0], "stock", "--low", cwd=bar[1], lang="it")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[:3] == ["SKU", "Name", "Location"]
    assert " 0.8 " in next(line for line in done.stdout.splitlines() if "FLK-HONEYG" in line)


def test_a_mistyped_option_is_refused_in_italian(bar: tuple[str, Path]) -> None:
    done = run("--lang", "it", "--db", bar[0], "stock", "--format", "nonsense", cwd=bar[1],
               lang=None)  # fmt: skip
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.splitlines() == [
        "uso: inventory-app stock [-h] [--format {table,csv,json}] [--low]",
        "inventory-app stock: errore: argomento --format: scelta non valida: 'nonsense' "
        "(scegli tra 'table', 'csv', 'json')",
    ]


def test_help_in_italian(tmp_path: Path) -> None:
    done = run("--lang", "it", "--help", cwd=tmp_path, lang=None)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("uso: inventory-app [-h] [--version] [--lang {it,en}]")
    for words in ("argomenti posizionali:", "opzioni:", "mostra questo aiuto ed esce",
                  "mostra la versione del programma ed esce",
                  "elenca le giacenze in ordine di giro"):  # fmt: skip
        assert words in done.stdout
    assert "usage:" not in done.stdout and "show this help" not in done.stdout


def test_stock_json_is_the_same_in_both_languages(bar: tuple[str, Path]) -> None:
    english = run("--db", bar[0], "stock", "--format", "json", cwd=bar[1], lang="en")
    italian = run("--db", bar[0], "stock", "--format", "json", cwd=bar[1], lang="it")
    assert english.returncode == italian.returncode == 0
    assert italian.stdout == english.stdout
    assert json.loads(italian.stdout, parse_float=Decimal)[0]["containers"] == Decimal("1.5")
