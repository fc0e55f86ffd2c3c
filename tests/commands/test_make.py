"""`make RECIPE`: batches drawn from stock, a shortage warned of, bad input refused."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.commands.running import copy_demo, run
from tests.commands.test_recipes import on_hand


def today() -> str:
    """The middle of today's batch codes: YYMMDD on the bar's clock."""
    return date.today().strftime("%y%m%d")


@pytest.fixture(scope="module")
def bar(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    """One copy of the demo bar for this module; the tests below add to it in order."""
    return copy_demo(demo_template, tmp_path_factory.mktemp("make"))


def test_make_with_batches(bar: tuple[str, Path]) -> None:
    url, folder = bar
    assert on_hand(url, folder, "FLK-LIME") == 1250
    done = run("--db", url, "--user", "giulia", "make", "fresh lime juice", "--batches", "1,5",
               cwd=folder)  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == (
        "made 1.5 batches of Fresh lime juice (production 1): +750 ml FLK-LIME\n"
        f"  batch LIM-{today()}-1\n"
        "  used 24 pcs FRE-LIME (Limes)\n"
    )
    assert (on_hand(url, folder, "FLK-LIME"), on_hand(url, folder, "FRE-LIME")) == (2000, 56)


def test_make_warns_on_shortage_but_succeeds(bar: tuple[str, Path]) -> None:
    done = run("--db", bar[0], "make", "Honey and ginger syrup", "--batches", "9", cwd=bar[1])
    assert done.returncode == 0
    assert done.stderr == (
        "warning: DRY-HONEY (Acacia honey 1 kg) is now at -1100 g: "
        "count it or record a delivery\n"
        "warning: FRE-GINGER (Fresh ginger root) is now at -100 g: "
        "count it or record a delivery\n"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["make", "Negroni"], "Negroni is a cocktail: sell it, don't make it"),
        (["make", "Simple syrup", "--batches", "0"],
         "--batches: expected batches above zero, got 0"),
        (["make", "Simple syrup", "--batches", "two"],
         "--batches: expected a number of batches such as 1 or 0.5, got 'two'"),
    ],
)  # fmt: skip
def test_make_errors_exit_2(bar: tuple[str, Path], args: list[str], message: str) -> None:
    done = run("--db", bar[0], *args, cwd=bar[1])
    assert (done.returncode, done.stdout, done.stderr) == (
        2,
        "",
        f"inventory-app: error: {message}\n",
    )


@pytest.mark.usefixtures("italian")
def test_make_in_italian(demo_template: Path, tmp_path: Path) -> None:
    url, folder = copy_demo(demo_template, tmp_path)
    done = run("--db", url, "make", "fresh lime juice", "--batches", "1,5", cwd=folder)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == (
        "fatti 1,5 lotti di Fresh lime juice (produzione 1): +750 ml FLK-LIME\n"
        f"  lotto LIM-{today()}-1\n"
        "  usati 24 pz FRE-LIME (Limes)\n"
    )
    done = run("--db", url, "make", "fresh lime juice", cwd=folder)
    assert done.stdout.splitlines()[0] == (
        "fatto 1 lotto di Fresh lime juice (produzione 2): +500 ml FLK-LIME"
    )
