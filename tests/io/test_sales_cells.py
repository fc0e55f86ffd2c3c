"""One cell of a sales export: drink counts, dates and transaction ids (io/sales_cells.py)."""

from __future__ import annotations

import pytest

from inventory_app.domain.errors import InputError
from inventory_app.io.sales_cells import parse_count, parse_day, parse_transaction_id


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("1" + "0" * 30, "at most 10000 drinks"),
        ("20000", "at most 10000 drinks"),
        ("-20000", "a positive whole number"),
    ],
)
def test_a_huge_drink_count_is_refused(text: str, words: str) -> None:
    with pytest.raises(InputError, match=words):
        parse_count(text)


def test_a_huge_refund_count_is_refused_too() -> None:
    with pytest.raises(InputError, match="at most 10000 drinks"):
        parse_count("-20000", signed=True)


@pytest.mark.parametrize("text", ["0001-01-01", "1899-12-31", "3000-01-01", "9999-12-31"])
def test_a_date_no_till_could_write_is_refused(text: str) -> None:
    """Year 1 or 9999 cannot be moved to UTC in every zone: refused as a cell, not a crash."""
    with pytest.raises(InputError, match="between 1900 and 2999"):
        parse_day(text)


def test_a_long_transaction_id_is_refused() -> None:
    assert parse_transaction_id("") is None
    assert parse_transaction_id("T" * 120) == "T" * 120
    with pytest.raises(InputError, match="at most 120 characters"):
        parse_transaction_id("T" * 121)


def test_in_italian_a_bad_cell_is_explained_in_italian(italian: None) -> None:
    with pytest.raises(InputError, match=r"^attesa una data come AAAA-MM-GG, trovato '20/11/"):
        parse_day("20/11/2026")
    with pytest.raises(InputError, match=r"^attesi al massimo 10000 drink su una riga"):
        parse_count("20000")
