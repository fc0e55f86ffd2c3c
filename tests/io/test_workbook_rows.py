"""A workbook's rows as the text a person sees in each cell (io/workbook_rows.py)."""

from __future__ import annotations

from contextlib import ExitStack
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from inventory_app.domain.errors import InputError
from inventory_app.domain.numbers import ExactNumberText
from inventory_app.io.workbook_rows import MAX_COLUMNS, Record, cell_text, xlsx_records


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (12.5, "12.5"),
        (0.1 + 0.2, "0.30000000000000004"),
        (6.0, "6"),
        (700, "700"),
        (1e-7, "0.0000001"),
        (1e20, "100000000000000000000"),
        (True, "TRUE"),
        (datetime(2026, 1, 2, 3, 4), "2026-01-02T03:04:00"),
        ("Gin", "Gin"),
    ],
)
def test_cell_text(value: object, text: str) -> None:
    assert cell_text(value) == text


def records(path: Path, max_rows: int = 1000) -> tuple[list[Record], int]:
    """Every record of the workbook's first sheet, and the rows the sheet declares."""
    with ExitStack() as stack:
        handle = stack.enter_context(path.open("rb"))
        rows, done, declared = xlsx_records(path.name, handle, stack, max_rows)
        read = list(rows)
        assert done() == len(read)  # progress counts the rows read
    return read, declared


def workbook(path: Path, *rows: list[object]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_cells_read_as_a_person_sees_them_and_numbers_stay_exact(tmp_path: Path) -> None:
    path = workbook(tmp_path / "count.xlsx", ["sku", "full", "weight g"], ["GIN", 2, 905.5])
    read, declared = records(path)
    assert (read, declared) == ([(1, ("sku", "full", "weight g")), (2, ("GIN", "2", "905.5"))], 2)
    assert isinstance(read[1][1][1], ExactNumberText)  # '2' is a number cell's text


def test_a_row_missing_from_the_sheet_reads_blank_and_keeps_the_numbering(
    tmp_path: Path,
) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"], sheet["B1"] = "sku", "name"
    sheet["A3"], sheet["B3"] = "GIN", "Gin"
    book.save(tmp_path / "gap.xlsx")
    read, _ = records(tmp_path / "gap.xlsx")
    assert read == [(1, ("sku", "name")), (2, ("", "")), (3, ("GIN", "Gin"))]


def test_a_formula_saved_without_its_value_is_refused_by_row_and_column(tmp_path: Path) -> None:
    path = workbook(tmp_path / "count.xlsx", ["sku", "full"], ["GIN", 1], ["RUM", "=1+1"])
    with pytest.raises(InputError) as caught:
        records(path)
    assert (caught.value.file, caught.value.row, caught.value.column) == ("count.xlsx", 3, "full")
    assert caught.value.detail.startswith("the cell holds the formula =1+1 but no computed value")


def test_a_sheet_declaring_more_rows_than_are_read_is_refused_before_reading(
    tmp_path: Path,
) -> None:
    path = workbook(tmp_path / "tall.xlsx", ["sku"], ["A"], ["B"], ["C"])
    with pytest.raises(InputError, match="the sheet declares 4 rows; at most 3 are read"):
        records(path, max_rows=3)


def test_columns_past_the_last_read_one_are_left_out(tmp_path: Path) -> None:
    path = workbook(tmp_path / "wide.xlsx", [f"c{n}" for n in range(MAX_COLUMNS + 5)])
    [(_, cells)], _ = records(path)
    assert len(cells) == MAX_COLUMNS and cells[-1] == f"c{MAX_COLUMNS - 1}"


def test_a_file_that_is_no_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_bytes(b"sku,name\nGIN,Gin\n")
    with pytest.raises(InputError) as caught:
        records(path)
    assert str(caught.value) == "fake.xlsx: cannot read the file as an .xlsx workbook"
