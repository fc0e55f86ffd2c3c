"""Reading sheets: CSV dialects, real .xlsx files, exact numbers, unreadable files."""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from inventory_app.domain.errors import InputError
from inventory_app.io.tabular import file_sha256, read_sheet


def write(path: Path, data: str | bytes) -> Path:
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "content",
    [
        "SKU,Name,Cost\nGIN-1,Gin,12.50\n",
        "\ufeffsku,name,cost\r\nGIN-1,Gin,12.50\r\n",
        " sku ; NAME ;cost\nGIN-1;Gin;12.50\n",
        "sku,name,cost\n\n,,\nGIN-1,Gin,12.50\n",
    ],
    ids=["comma", "bom-crlf", "semicolon", "blank-rows"],
)
def test_csv_header_and_rows(tmp_path: Path, content: str) -> None:
    sheet = read_sheet(write(tmp_path / "c.csv", content))
    assert sheet.header == ("sku", "name", "cost")
    assert [row.cells for row in sheet.rows] == [("GIN-1", "Gin", "12.50")]


def test_row_numbers_count_blank_rows_like_a_spreadsheet(tmp_path: Path) -> None:
    sheet = read_sheet(write(tmp_path / "c.csv", 'sku,note\n\nA,"two\nlines"\nB,x\n'))
    assert [(r.number, r.cells) for r in sheet.rows] == [(3, ("A", "two\nlines")), (4, ("B", "x"))]


def test_semicolon_file_keeps_decimal_commas(tmp_path: Path) -> None:
    sheet = read_sheet(write(tmp_path / "c.csv", "sku;cost\nGIN-1;12,50\n"))
    assert sheet.rows[0].cells == ("GIN-1", "12,50")


def test_xlsx_cells_become_exact_text(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["SKU", "Cost", "Size", "On_hand", "Barcode", "Notes"])
    sheet.append([None, None, None, None, None, None])
    sheet.append(["GIN-1", 12.5, 700, 0.3, 8001234567890, datetime(2026, 1, 2, 3, 4)])
    book.save(tmp_path / "c.xlsx")
    read = read_sheet(tmp_path / "c.xlsx")
    assert read.header == ("sku", "cost", "size", "on_hand", "barcode", "notes")
    assert [(r.number, r.cells) for r in read.rows] == [
        (3, ("GIN-1", "12.5", "700", "0.3", "8001234567890", "2026-01-02T03:04:00"))
    ]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("bar.ods", b"x", "bar.ods: expected a .csv or .xlsx file, got '.ods'"),
        ("bar", b"x", "bar: expected a .csv or .xlsx file, got 'no extension'"),
        ("fake.xlsx", b"sku,name\n", "fake.xlsx: cannot read the file as an .xlsx workbook"),
        ("empty.csv", b"", "empty.csv: the file is empty (0 bytes)"),
        (
            "blank.csv",
            b"\n ,\n",
            "blank.csv: the file is empty: expected a header row such as sku,name",
        ),
        (
            "latin1.csv",
            "sku,name\nA,Génépi\n".encode("latin-1"),
            "latin1.csv: expected UTF-8 text, got a byte 0xe9 that is not UTF-8 "
            "(save the sheet as 'CSV UTF-8')",
        ),
    ],
)
def test_unreadable_files(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    with pytest.raises(InputError) as caught:
        read_sheet(write(tmp_path / name, data))
    assert str(caught.value) == message


@pytest.mark.parametrize("name", ["missing.csv", "missing.xlsx"])
def test_missing_file(tmp_path: Path, name: str) -> None:
    with pytest.raises(InputError, match=rf"^{name}: no such file$"):
        read_sheet(tmp_path / name)


def test_file_sha256(tmp_path: Path) -> None:
    path = write(tmp_path / "c.csv", "sku\nA\n")
    assert file_sha256(path) == hashlib.sha256(b"sku\nA\n").hexdigest()
