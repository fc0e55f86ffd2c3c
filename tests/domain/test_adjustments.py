"""The bounds of one manual adjustment (domain/adjustments.py)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from inventory_app.domain.adjustments import MAX_CONTAINERS, check_adjustment
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.errors import InputError
from inventory_app.domain.units import BaseUnit

D = Decimal
BOTTLE = D(700)


@pytest.mark.parametrize(
    ("reason", "delta", "on_hand"),
    [
        (Reason.WASTE, "-40", "2800"),
        (Reason.BREAKAGE, "-3500", "2800"),  # on hand plus one bottle, exactly
        (Reason.COMP, "-700", "0"),  # a bottle broken before its delivery was entered
        (Reason.WASTE, "-700", "-120"),  # on hand below zero counts as none
        (Reason.CORRECTION, "-700000", "0"),  # the owner puts the books right, within size
        (Reason.CORRECTION, "700000", "0"),
    ],
)
def test_within_the_bounds(reason: Reason, delta: str, on_hand: str) -> None:
    check_adjustment(reason, D(delta), on_hand=D(on_hand), size=BOTTLE, unit=BaseUnit.ML)


@pytest.mark.parametrize(
    ("reason", "delta", "on_hand", "message"),
    [
        (Reason.COMP, "-999999999", "2800",
         "comp of 999999999 ml is more than 1000 containers of 700 ml (700000 ml): check the "
         "quantity and its unit"),
        (Reason.WASTE, "-3500.5", "2800",
         "waste of 3500.5 ml is more than the 2800 ml on hand plus one container (700 ml); "
         "if the stock is wrong, count it (or the owner records a correction)"),
        (Reason.BREAKAGE, "-701", "-50",
         "breakage of 701 ml is more than the 0 ml on hand plus one container (700 ml)"),
        (Reason.CORRECTION, "700001", "0", "correction of 700001 ml is more than 1000 containers"),
        (Reason.CORRECTION, "-700001", "0", "correction of 700001 ml is more than 1000 containers"),
    ],
)  # fmt: skip
def test_beyond_the_bounds(reason: Reason, delta: str, on_hand: str, message: str) -> None:
    with pytest.raises(InputError, match=re.escape(message)) as caught:
        check_adjustment(reason, D(delta), on_hand=D(on_hand), size=BOTTLE, unit=BaseUnit.ML)
    assert caught.value.column == "by"


def test_the_size_bound_scales_with_the_container() -> None:
    cups = D(MAX_CONTAINERS)  # 1000 cups of one piece each
    check_adjustment(Reason.CORRECTION, cups, on_hand=D(0), size=D(1), unit=BaseUnit.PCS)
    with pytest.raises(InputError, match="1001 pcs is more than 1000 containers of 1 pcs"):
        check_adjustment(Reason.CORRECTION, cups + 1, on_hand=D(0), size=D(1), unit=BaseUnit.PCS)
