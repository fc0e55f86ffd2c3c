"""Cells read by column: a remembered parser reads each text as the parser itself does."""

from __future__ import annotations

from decimal import Decimal

import pytest

from inventory_app.domain.errors import InputError
from inventory_app.domain.numbers import ExactNumberText
from inventory_app.domain.units import parse_decimal
from inventory_app.io.columns import Column, GivenCells, read_given_cells, remembered
from inventory_app.io.sheet_stream import SheetRow


def test_a_remembered_reading_is_the_parsers_own() -> None:
    calls: list[str] = []

    def parse(text: str) -> Decimal:
        calls.append(text)
        return parse_decimal(text)

    read = remembered(parse)
    assert [read("700"), read("700"), read("12,5"), read("700")] == [
        Decimal(700), Decimal(700), Decimal("12.5"), Decimal(700),
    ]  # fmt: skip
    assert calls == ["700", "12,5"]


def test_a_refused_text_is_refused_every_time() -> None:
    read = remembered(parse_decimal)
    for _ in range(2):
        with pytest.raises(InputError, match="may mean 1000"):
            read("1,000")


def test_a_workbook_number_cell_is_not_taken_for_the_same_text() -> None:
    """'1.000' typed is ambiguous; a workbook's number cell 1.000 is one (ExactNumberText)."""
    read = remembered(parse_decimal)
    with pytest.raises(InputError):
        read("1.000")
    assert read(ExactNumberText("1.000")) == 1
    with pytest.raises(InputError):
        read("1.000")


def test_at_most_limit_texts_are_kept() -> None:
    calls: list[str] = []

    def parse(text: str) -> str:
        calls.append(text)
        return text.upper()

    read = remembered(parse, limit=2)
    for text in ("a", "b", "c", "a", "b", "c"):
        read(text)
    assert calls == ["a", "b", "c", "c"]


def test_given_cells_skip_blanks_and_name_bad_ones() -> None:
    columns = {"size": Column(0, "Size"), "par": Column(2, "PAR")}
    parsers = {"size": parse_decimal, "par": parse_decimal}
    row = SheetRow(7, ("700", "x", "two"))
    values, problems = GivenCells(columns, parsers).read(row)
    assert values == {"size": Decimal(700)}
    [problem] = problems
    assert (problem.row, problem.column) == (7, "PAR")
    assert read_given_cells(SheetRow(8, ("", "x")), columns, parsers) == ({}, [])
