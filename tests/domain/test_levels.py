"""The one rule for out / low / ok."""

from __future__ import annotations

from decimal import Decimal

import pytest

from inventory_app.domain.levels import Status, containers, stock_status

D = Decimal


@pytest.mark.parametrize(
    ("on_hand", "size", "reorder_at", "status"),
    [
        ("0", "700", "1", Status.OUT),
        ("-40", "700", "1", Status.OUT),
        ("700", "700", "1", Status.LOW),
        ("700.000001", "700", "1", Status.OK),
        ("350", "700", "0.5", Status.LOW),
        ("1400", "700", "1", Status.OK),
        ("5", "1", None, Status.OK),
        ("1", "1", "0", Status.OK),
    ],
)
def test_stock_status(on_hand: str, size: str, reorder_at: str | None, status: Status) -> None:
    reorder = D(reorder_at) if reorder_at is not None else None
    assert stock_status(D(on_hand), D(size), reorder) is status


def test_containers() -> None:
    assert containers(D(1050), D(700)) == D("1.5")
    assert containers(D(5), D(0)) == D(0)
