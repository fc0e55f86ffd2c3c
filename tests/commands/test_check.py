"""`check` and `check --repair` on a real SQLite file whose kept on hand was altered by raw SQL."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.commands.running import TRACEBACK, run

SKU = "WHI-MONKEY"
NAME = "Monkey Shoulder Blended Malt"
DRIFT = 67_100_000  # 67.1 ml in stored millionths, as one flipped run of bits would add


def _alter_on_hand(folder: Path) -> tuple[int, int]:
    """Behind the app's back: on hand moves, the ledger does not. (kept, ledger) in units."""
    with sqlite3.connect(folder / "bar.sqlite3") as conn:
        (item_id,) = conn.execute("SELECT id FROM items WHERE sku = ?", (SKU,)).fetchone()
        conn.execute(
            "UPDATE stock_levels SET on_hand = on_hand + ? WHERE item_id = ?", (DRIFT, item_id)
        )
        (kept,) = conn.execute(
            "SELECT on_hand FROM stock_levels WHERE item_id = ?", (item_id,)
        ).fetchone()
        (ledger,) = conn.execute(
            "SELECT SUM(delta) FROM movements WHERE item_id = ?", (item_id,)
        ).fetchone()
    conn.close()
    return kept, ledger


def _ml(units: int) -> str:
    whole, part = divmod(units, 10**6)
    return f"{whole}.{str(part).zfill(6).rstrip('0')}".rstrip(".") + " ml"


def test_a_sound_bar_passes(bar: tuple[str, Path]) -> None:
    url, folder = bar
    done = run("--db", url, "check", cwd=folder)
    assert done.returncode == 0, done.stderr
    assert "agree with the ledger" in done.stdout


def test_an_altered_on_hand_is_named_and_refuses_writes_until_repaired(
    bar: tuple[str, Path],
) -> None:
    url, folder = bar
    kept, ledger = _alter_on_hand(folder)

    checked = run("--db", url, "check", cwd=folder)
    assert checked.returncode == 1
    assert f"{NAME} ({SKU}): kept {_ml(kept)}, ledger {_ml(ledger)}" in checked.stderr
    assert TRACEBACK not in checked.stderr

    sold = run("--db", url, "sell", "negroni", cwd=folder)
    assert sold.returncode == 1
    assert f"disagrees with the ledger for {NAME}" in sold.stderr
    assert "check --repair" in sold.stderr

    refused = run("--db", url, "--user", "giulia", "check", "--repair", cwd=folder)
    assert refused.returncode == 3, refused.stderr

    repaired = run("--db", url, "check", "--repair", cwd=folder)
    assert repaired.returncode == 0, repaired.stderr
    assert f"rebuilt from the ledger: {NAME} ({SKU})" in repaired.stdout

    assert run("--db", url, "check", cwd=folder).returncode == 0
    assert run("--db", url, "sell", "negroni", cwd=folder).returncode == 0
    with sqlite3.connect(folder / "bar.sqlite3") as conn:
        before, after, author = conn.execute(
            "SELECT before, after, author FROM audit_log WHERE action = 'rebuild'"
        ).fetchone()
    conn.close()
    assert (json.loads(before), json.loads(after), author) == (
        {"on_hand": _ml(kept).removesuffix(" ml")},
        {"on_hand": _ml(ledger).removesuffix(" ml")},
        "owner",
    )


@pytest.mark.usefixtures("italian")
def test_check_and_repair_in_italian(bar: tuple[str, Path]) -> None:
    url, folder = bar
    assert run("--db", url, "check", cwd=folder).stdout == "Le giacenze tornano con i movimenti.\n"
    assert run("--db", url, "check", "--repair", cwd=folder).stdout == (
        "Le giacenze tornano con i movimenti: niente da ricostruire.\n"
    )
    _alter_on_hand(folder)
    repaired = run("--db", url, "check", "--repair", cwd=folder)
    assert repaired.returncode == 0, repaired.stderr
    assert repaired.stdout.startswith(f"ricostruito dai movimenti: {NAME} ({SKU})")
