"""`undo-sale [SALE]`: a void that returns what the sale drew; never twice."""

from __future__ import annotations

from pathlib import Path

from tests.commands.running import run


def test_sell_then_undo(bar: tuple[str, Path]) -> None:
    url, folder = bar
    sold = run("--db", url, "sell", "negroni", "--qty", "2", "--channel", "speakeasy", cwd=folder)
    assert sold.returncode == 0, sold.stderr
    assert sold.stdout.splitlines()[:2] == [
        "sale 1: 2 x Negroni (speakeasy)",
        "  -60 ml GIN-TANQ (Tanqueray London Dry), on hand 2740 ml",
    ]
    assert sold.stderr == ""
    undone = run("--db", url, "undo-sale", cwd=folder)
    assert undone.returncode == 0, undone.stderr
    assert undone.stdout.splitlines()[:3] == [
        "undid sale 1 (2 x Negroni, speakeasy) with void 2",
        "returned to stock:",
        "  +60 ml GIN-TANQ (Tanqueray London Dry), on hand 2800 ml",
    ]
    again = run("--db", url, "undo-sale", "1", cwd=folder)
    assert (again.returncode, again.stdout) == (2, "")
    assert again.stderr == "inventory-app: error: sale 1 (Negroni) was already undone\n"
    none_left = run("--db", url, "undo-sale", cwd=folder)
    assert none_left.stderr == "inventory-app: error: no sale to undo\n"


def test_sell_then_undo_in_italian(bar: tuple[str, Path], italian: None) -> None:
    url, folder = bar
    sold = run("--db", url, "sell", "Old Fashioned", "--channel", "speakeasy", cwd=folder)
    assert sold.returncode == 0, sold.stderr
    lines = sold.stdout.splitlines()
    assert lines[0] == "vendita 1: 1 x Old Fashioned (speakeasy)"
    assert "  -1,84 ml BIT-ANGO (Angostura Aromatic Bitters 200 ml), giacenza 438,16 ml" in lines
    undone = run("--db", url, "undo-sale", cwd=folder)
    assert undone.stdout.splitlines()[:2] == [
        "annullata la vendita 1 (1 x Old Fashioned, speakeasy) con lo storno 2",
        "tornato in giacenza:",
    ]
    assert "  +1,84 ml BIT-ANGO (Angostura Aromatic Bitters 200 ml), giacenza 440 ml" in (
        undone.stdout.splitlines()
    )
    again = run("--db", url, "undo-sale", "1", cwd=folder)
    assert again.returncode == 2 and again.stderr.startswith("inventory-app: errore: ")
