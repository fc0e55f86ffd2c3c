"""`sell RECIPE`: a sale drawn from stock, shortages warned of, bad input refused. In process."""

from __future__ import annotations

from pathlib import Path

import pytest

from inventory_app.resources import resource_path
from tests.commands.running import run, stock_json

SAMPLE = resource_path("demo", "square_sample.csv")


def on_hand(bar: tuple[str, Path], sku: str) -> object:
    return next(row["on_hand"] for row in stock_json(*bar) if row["sku"] == sku)


def test_sell_warns_of_shortages(bar: tuple[str, Path]) -> None:
    url, folder = bar
    sold = run("--db", url, "sell", "Negroni (to go)", "--qty", "100", cwd=folder)
    assert sold.returncode == 0, sold.stderr
    assert sold.stdout.startswith("sale 1: 100 x Negroni (take-away)\n")
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


def test_a_take_away_sale_and_its_shortages_in_italian(
    bar: tuple[str, Path], italian: None
) -> None:
    sold = run("--db", bar[0], "sell", "Negroni (to go)", "--qty", "100", cwd=bar[1])
    assert sold.returncode == 0, sold.stderr
    assert sold.stdout.startswith("vendita 1: 100 x Negroni (asporto)\n")
    assert "  -100 pz TA-LID12 (Take-away lid 12 oz, sip-through), giacenza 320 pz\n" in sold.stdout
    assert sold.stderr.splitlines()[0] == (
        "attenzione: GIN-TANQ (Tanqueray London Dry) ora è a -200 ml: contalo o registra un carico"
    )


def test_a_bespoke_drink_deducts_its_pours_and_keeps_the_price(bar: tuple[str, Path]) -> None:
    url, folder = bar
    gin, campari = on_hand(bar, "GIN-TANQ"), on_hand(bar, "AMA-CAMP")
    sold = run(
        "--db", url, "sell", "--bespoke", "--pour", "GIN-TANQ=4.5cl", "AMA-CAMP=20ml",
        "--price", "14,50", "--channel", "speakeasy", "--note", "Marco: bitter", cwd=folder,
    )  # fmt: skip
    assert sold.returncode == 0, sold.stderr
    head, *lines = sold.stdout.splitlines()
    assert head.endswith(": 1 x Bespoke drink (speakeasy)")
    assert lines[0].startswith("  -45 ml GIN-TANQ") and lines[1].startswith("  -20 ml AMA-CAMP")
    assert on_hand(bar, "GIN-TANQ") == gin - 45  # type: ignore[operator]
    assert on_hand(bar, "AMA-CAMP") == campari - 20  # type: ignore[operator]
    sale = head.split()[1].rstrip(":")
    undone = run("--db", url, "undo-sale", sale, cwd=folder)
    assert undone.returncode == 0, undone.stderr
    assert (on_hand(bar, "GIN-TANQ"), on_hand(bar, "AMA-CAMP")) == (gin, campari)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("sell",), "name the recipe sold, or sell --bespoke with --pour and --price"),
        (
            ("sell", "--bespoke", "--price", "14"),
            "sell --bespoke needs --pour SKU=QTY ... and --price",
        ),
        (("sell", "Negroni", "--price", "14"), "--pour, --price and --note go with --bespoke"),
        (
            ("sell", "--bespoke", "--pour", "GIN-TANQ", "--price", "14"),
            "column '--pour': expected SKU=QTY such as GIN-1=50ml, got 'GIN-TANQ'",
        ),
        (
            ("sell", "--bespoke", "--pour", "GIN-TANQ=4cl", "--price", "cheap"),
            "--price: expected a price such as 12.50, got 'cheap'",
        ),
        (
            ("sell", "--bespoke", "--pour", "NOPE=4cl", "--price", "14"),
            "no item with SKU 'NOPE'",
        ),
    ],
)  # fmt: skip
def test_a_bespoke_drink_refuses(
    bar: tuple[str, Path], args: tuple[str, ...], message: str
) -> None:
    done = run("--db", bar[0], *args, cwd=bar[1])
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f"inventory-app: error: {message}\n"
