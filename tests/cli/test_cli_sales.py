"""Selling, undoing and importing sales from the command line, as real processes."""

from __future__ import annotations

from pathlib import Path

import pytest

from inventory_app.resources import resource_path
from tests.cli.test_cli import TRACEBACK, run, stock_json

SAMPLE = resource_path("demo", "square_sample.csv")


def on_hand(bar: tuple[str, Path], sku: str) -> object:
    return next(row["on_hand"] for row in stock_json(*bar) if row["sku"] == sku)


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


def test_sell_warns_of_shortages(bar: tuple[str, Path]) -> None:
    url, folder = bar
    sold = run("--db", url, "sell", "Negroni (to go)", "--qty", "100", cwd=folder)
    assert sold.returncode == 0, sold.stderr
    assert sold.stdout.startswith("sale 1: 100 x Negroni (takeaway)\n")
    assert sold.stderr.splitlines()[0] == (
        "warning: GIN-TANQ (Tanqueray London Dry) is now at -200 ml: count it or record a delivery"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("sell", "Spritz"), "no recipe or POS name 'Spritz'"),
        (
            ("sell", "Negroni", "--qty", "two"),
            "--qty: expected a whole number of drinks such as 2, got 'two'",
        ),
        (
            ("sell", "Simple syrup"),
            "Simple syrup is a prep recipe: record it with `make`, not `sell`",
        ),
    ],
)
def test_sell_refuses(bar: tuple[str, Path], args: tuple[str, ...], message: str) -> None:
    done = run("--db", bar[0], *args, cwd=bar[1])
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f"inventory-app: error: {message}\n"


def test_import_square_sample_twice(bar: tuple[str, Path]) -> None:
    url, folder = bar
    dry = run("--db", url, "import", "sales", str(SAMPLE), "--dry-run", cwd=folder)
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.splitlines()[0] == "checked square_sample.csv (square)"
    assert dry.stdout.splitlines()[-1] == "(dry run: nothing was written)"
    assert on_hand(bar, "GIN-TANQ") == 2800
    first = run("--db", url, "import", "sales", str(SAMPLE), cwd=folder)
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines()[1:] == dry.stdout.splitlines()[1:-1]
    assert "  refunds:             6" in first.stdout.splitlines()
    after = on_hand(bar, "GIN-TANQ")
    second = run("--db", url, "import", "sales", str(SAMPLE), cwd=folder)
    assert second.returncode == 0, second.stderr
    lines = second.stdout.splitlines()
    assert lines[0].startswith("imported square_sample.csv (square, import ")
    read = lines[1].split()[-1]
    assert lines[2:] == [
        "  new sales imported:  0",
        f"  already known:       {read}",
        "  refunds:             0",
        "  skipped unknown:     0",
        "  drinks:              0",
        "  movements:           0",
    ]
    assert on_hand(bar, "GIN-TANQ") == after


def test_import_unknown_names(bar: tuple[str, Path]) -> None:
    url, folder = bar
    sales = folder / "sales.csv"
    sales.write_text("date,item,qty\n2026-03-06,Spritz,1\n2026-03-06,Hugo,1\n2026-03-06,Spritz,2\n")
    done = run("--db", url, "import", "sales", str(sales), cwd=folder)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        'inventory-app: error: sales.csv: 2 unknown items; nothing was imported: "Spritz" '
        '(2 lines), "Hugo" (1 line); add them as recipes or POS names, or use --skip-unknown\n'
    )
    assert TRACEBACK not in done.stderr
    skipped = run("--db", url, "import", "sales", str(sales), "--skip-unknown", cwd=folder)
    assert skipped.returncode == 0, skipped.stderr
    assert '  skipped unknown:     3 ("Spritz" 2, "Hugo" 1)' in skipped.stdout.splitlines()
