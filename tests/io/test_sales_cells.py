"""One cell of a sales export: drink counts, dates and transaction ids (io/sales_cells.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from inventory_app.domain.errors import InputError
from inventory_app.io.sales_cells import (
    parse_amount,
    parse_channel,
    parse_clock,
    parse_count,
    parse_day,
    parse_transaction_id,
)


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
    with pytest.raises(InputError, match=r"^serve una data come AAAA-MM-GG, non '20/11/"):
        parse_day("20/11/2026")
    with pytest.raises(InputError, match=r"^al massimo 10000 drink per riga"):
        parse_count("20000")


REFUSED_IN_ITALIAN = [
    (parse_count, "abc", "serve un numero intero positivo di drink, per esempio 1, non 'abc'"),
    (parse_count, "0", "serve un numero intero positivo di drink, per esempio 1, non '0'"),
    (parse_count, "20000", "al massimo 10000 drink per riga, non '20000'"),
    (parse_day, "2026/01/01", "serve una data come AAAA-MM-GG, non '2026/01/01'"),
    (parse_day, "1800-01-01", "serve una data tra il 1900 e il 2999, non '1800-01-01'"),
    (parse_clock, "25", "serve un'ora come HH:MM o HH:MM:SS, non '25'"),
    (parse_channel, "bar", "serve takeaway o speakeasy, non 'bar'"),
    (parse_amount, "x", "serve un importo come €8,00 o -€8,00, non 'x'"),
    (
        parse_transaction_id,
        "x" * 130,
        "l'id della transazione può avere al massimo 120 caratteri, non 130",
    ),
]


@pytest.mark.usefixtures("italian")
@pytest.mark.parametrize(("parse", "text", "message"), REFUSED_IN_ITALIAN)
def test_a_refused_cell_reads_in_italian_without_an_english_fragment(
    parse: Callable[[str], object], text: str, message: str
) -> None:
    with pytest.raises(InputError) as refused:
        parse(text)
    assert str(refused.value) == message
