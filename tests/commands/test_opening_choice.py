"""`open` and `empty` ask which bottle on a terminal; `describe` says what was done."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest

from inventory_app import cli
from inventory_app.commands.opening_choice import describe
from inventory_app.domain.bottle_states import Opening
from inventory_app.services.bottles.containers import OpeningResult
from tests.commands.running import DEMO_OWNER


class Terminal(io.StringIO):
    """Typed answers on a terminal (so the command asks instead of refusing)."""

    def isatty(self) -> bool:
        return True


def test_on_a_terminal_the_bottle_is_asked_until_one_fits(
    bar: tuple[str, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, _ = bar
    for variable, value in DEMO_OWNER.items():
        monkeypatch.setenv(variable, value)
    added = ["--db", url, "bottle", "add", "WHI-MAC18", "--label", "2023 release"]
    assert cli.main(added) == 0
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", Terminal("#9\n8\n"))  # #9 is no Macallan; #8 is
    assert cli.main(["--db", url, "open", "WHI-MAC18"]) == 0
    out, err = capsys.readouterr()
    assert (
        out == "bottle id: bottle id: opened #8 2023 release (WHI-MAC18 Macallan 18 Sherry Oak)\n"
    )
    assert err.splitlines() == [
        "Which bottle?",
        "  #4 Macallan 18 Sherry Oak, 2022 release",
        "  #8 2023 release",
        "  one of #4, #8",
    ]


def result(**fields: object) -> OpeningResult:
    values: dict[str, object] = dict(
        movement_id=1, action=Opening.OPEN, sku="AMA-CYNAR", name="Cynar 1 L", bottle_id=None,
        bottle="", open_containers=1, written_off=Decimal(0), unit="ml",
    )  # fmt: skip
    values.update(fields)
    return OpeningResult(**values)  # type: ignore[arg-type]


EMPTY = Opening.EMPTY
CASK_3 = {"action": EMPTY, "bottle_id": 3, "bottle": "#3 Cask 3"}


@pytest.mark.parametrize(
    ("fields", "line"),
    [
        ({}, "opened AMA-CYNAR (Cynar 1 L); 1 open now"),
        ({"action": EMPTY, "open_containers": 0}, "finished AMA-CYNAR (Cynar 1 L); 0 open now"),
        ({**CASK_3, "written_off": Decimal(245)},
         "finished #3 Cask 3 (AMA-CYNAR Cynar 1 L); 245 ml left written off as waste"),
        ({**CASK_3, "written_off": Decimal(-20)},
         "finished #3 Cask 3 (AMA-CYNAR Cynar 1 L); 20 ml poured beyond its level, corrected"),
    ],
)  # fmt: skip
def test_describe(fields: dict[str, object], line: str) -> None:
    assert describe(result(**fields)) == line


@pytest.mark.parametrize(
    ("fields", "line"),
    [
        ({}, "aperta AMA-CYNAR (Cynar 1 L); ora 1 aperta"),
        ({"open_containers": 2}, "aperta AMA-CYNAR (Cynar 1 L); ora 2 aperte"),
        ({"action": EMPTY, "open_containers": 0}, "finita AMA-CYNAR (Cynar 1 L); ora 0 aperte"),
        ({**CASK_3, "written_off": Decimal("245.5")},
         "finita #3 Cask 3 (AMA-CYNAR Cynar 1 L); 245,5 ml rimasti segnati come scarto"),
        ({**CASK_3, "written_off": Decimal(-20)},
         "finita #3 Cask 3 (AMA-CYNAR Cynar 1 L); 20 ml versati oltre il livello, rettificato"),
    ],
)  # fmt: skip
def test_describe_in_italian(fields: dict[str, object], line: str, italian: None) -> None:
    assert describe(result(**fields)) == line


def test_the_bottle_is_asked_in_italian(
    bar: tuple[str, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    italian: None,
) -> None:  # fmt: skip
    url, _ = bar
    for variable, value in DEMO_OWNER.items():
        monkeypatch.setenv(variable, value)
    assert cli.main(["--db", url, "bottle", "add", "WHI-MAC18", "--label", "2023 release"]) == 0
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", Terminal("#9\n8\n"))
    assert cli.main(["--db", url, "open", "WHI-MAC18"]) == 0
    out, err = capsys.readouterr()
    assert out == (
        "id bottiglia: id bottiglia: aperta #8 2023 release (WHI-MAC18 Macallan 18 Sherry Oak)\n"
    )
    assert err.splitlines()[0] == "Quale bottiglia?" and err.splitlines()[-1] == "  una tra #4, #8"
