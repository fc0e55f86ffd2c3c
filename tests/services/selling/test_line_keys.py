"""A sales line's identity: transaction and position (refunds apart), else file and row."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from inventory_app.domain.recipes import SaleKind
from inventory_app.io.sales_line import SalesLine
from inventory_app.services.selling import line_keys
from inventory_app.services.selling.line_keys import LineKeys

AT = datetime(2026, 3, 6, 20, 0)


def line(row: int, transaction: str | None, kind: SaleKind = SaleKind.SALE) -> SalesLine:
    return SalesLine(row, AT, "Negroni", Decimal(1), None, transaction, None, None, kind)


def test_lines_of_a_transaction_are_numbered_in_order() -> None:
    keys = LineKeys("square", "abc123")
    got = [keys.key(line(r, t)) for r, t in [(2, "T1"), (3, "T1"), (4, "T2"), (5, "T1")]]
    assert got == ["square:T1#1", "square:T1#2", "square:T2#1", "square:T1#3"]


def test_refunds_are_numbered_apart_from_sold_lines() -> None:
    """A refund added to a later export of the same transaction shifts no sold line."""
    first = LineKeys("square", "d1")
    before = [first.key(line(2, "T1")), first.key(line(3, "T1"))]
    later = LineKeys("square", "d2")
    after = [
        later.key(line(2, "T1")),
        later.key(line(3, "T1", SaleKind.REFUND)),
        later.key(line(4, "T1")),
    ]
    assert before == ["square:T1#1", "square:T1#2"]
    assert after == ["square:T1#1", "square:T1#refund-1", "square:T1#2"]


def test_a_line_without_transaction_is_its_file_and_row() -> None:
    keys = LineKeys("generic", "f00d")
    assert keys.key(line(7, None)) == "file:f00d#7"
    assert keys.key(line(7, None)) == "file:f00d#7"  # no counting: the row is the identity


def test_only_recent_transactions_are_remembered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Memory stays bounded: a transaction seen long ago starts over at one."""
    monkeypatch.setattr(line_keys, "RECENT_TRANSACTIONS", 2)
    keys = LineKeys("square", "d")
    got = [keys.key(line(r, t)) for r, t in enumerate(["A", "B", "A", "C", "D", "A"], 2)]
    assert got == ["square:A#1", "square:B#1", "square:A#2", "square:C#1", "square:D#1",
                   "square:A#1"]  # fmt: skip
