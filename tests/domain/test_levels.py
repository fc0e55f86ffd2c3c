"""The one rule for out / low / ok."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from inventory_app.domain.levels import Status, containers, stock_status
from inventory_app.i18n.catalogue import ITALIAN, in_language

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


STOCK_STATUS_LABELS = [
    (Status.LOW, "low", "sottoscorta"),
    (Status.OUT, "out", "esaurito"),
    (Status.OK, "ok", "ok"),
]


@pytest.mark.parametrize(("value", "english", "italiano"), STOCK_STATUS_LABELS)
def test_stock_status_labels_in_both_languages(value: Any, english: str, italiano: str) -> None:
    """A stored value reads as its label: English as it always read, Italian as a bar says it."""
    assert value.label == english
    with in_language(ITALIAN):
        assert value.label == italiano


def test_every_stock_status_value_has_a_label() -> None:
    assert all(value.label for value in Status)
