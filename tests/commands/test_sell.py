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
