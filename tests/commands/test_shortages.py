"""`make` and `sell` warn on stderr of each item taken below zero, beside the record on stdout."""

from __future__ import annotations

from decimal import Decimal

import pytest

from inventory_app.commands.shortages import warn_shortages
from inventory_app.services.ledger.movements import Shortage


def test_one_line_per_item_now_below_zero(capsys: pytest.CaptureFixture[str]) -> None:
    warn_shortages([
        Shortage("GIN-TANQ", "Tanqueray London Dry", Decimal(-200), "ml"),
        Shortage("CUP-12", "Cups 12 oz", Decimal(-3), "pcs"),
    ])  # fmt: skip
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        "warning: GIN-TANQ (Tanqueray London Dry) is now at -200 ml: count it or record a delivery",
        "warning: CUP-12 (Cups 12 oz) is now at -3 pcs: count it or record a delivery",
    ]


def test_nothing_short_says_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    warn_shortages([])
    assert capsys.readouterr() == ("", "")
