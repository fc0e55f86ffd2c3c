"""What no imported cell may hold: control characters and over-long text, by row and column."""

from __future__ import annotations

import pytest

from inventory_app.domain.errors import InputError
from inventory_app.io.sheet_cells import MAX_CELL_CHARS, check_cells, checked_cells, column_name


@pytest.mark.parametrize(
    ("cell", "words"),
    [
        ("a\x00b", "NUL byte"),
        ("\x07", "control character (0x07)"),
        ("\x1b[31mred", "control character (0x1b)"),
        ("x" * (MAX_CELL_CHARS + 1), f"at most {MAX_CELL_CHARS} characters"),
    ],
)
def test_a_bad_cell_is_named_by_its_column(cell: str, words: str) -> None:
    records = iter([(1, ("sku", "name")), (2, ("GIN", cell))])
    with pytest.raises(InputError) as caught:
        list(checked_cells("bar.csv", records))
    assert (caught.value.file, caught.value.row, caught.value.column) == ("bar.csv", 2, "name")
    assert words in caught.value.detail


@pytest.mark.parametrize(
    "cell", ["tab\there", "two\nlines", "crlf\r\n", "€ 3", "\u202egin", "=1+1"]
)
def test_text_people_write_passes(cell: str) -> None:
    check_cells(("GIN", cell), "bar.csv", 2, ("sku", "name"))


@pytest.mark.parametrize(
    ("header", "index", "name"),
    [(("sku", ""), 1, "B"), ((), 0, "A"), ((), 25, "Z"), ((), 26, "AA"), ((), 701, "ZZ")],
)
def test_a_column_without_a_header_is_named_by_its_letter(
    header: tuple[str, ...], index: int, name: str
) -> None:
    assert column_name(header, index) == name


def test_long_cells_that_are_each_within_the_limit_pass() -> None:
    """The row is checked in one search when it is short; a long row is checked cell by cell."""
    half = "x" * (MAX_CELL_CHARS // 2 + 1)
    check_cells((half, half, half), "bar.csv", 2)
    with pytest.raises(InputError) as caught:
        check_cells((half, half, half + "\x07"), "bar.csv", 2, ("a", "b", "c"))
    assert caught.value.column == "c"
