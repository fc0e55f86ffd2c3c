"""A bad option value is reported with its flag, whatever parser read it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from inventory_app.commands.options import option_value
from inventory_app.domain.errors import InputError


def whole(text: str) -> int:
    if not text.isdigit():
        raise InputError(f"expected a whole number, got {text!r}")
    return int(text)


def test_a_good_value_is_returned_parsed() -> None:
    assert option_value("--qty", whole, "12") == 12
    assert option_value("--cost", Decimal, "3.50") == Decimal("3.50")


def test_a_bad_value_names_its_flag() -> None:
    with pytest.raises(InputError) as refused:
        option_value("--qty", whole, "two")
    assert str(refused.value) == "--qty: expected a whole number, got 'two'"
