"""A .csv or .xlsx sheet read one row at a time (io/sheet_stream.py): the header, the
non-blank rows with their spreadsheet numbers, progress, and every refusal by row."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from inventory_app.domain.errors import InputError
from inventory_app.io.sheet_stream import (
    MAX_LINE_CHARS,
    SheetRow,
    check_utf8,
    data_rows,
    open_sheet_records,
    open_sheet_stream,
    sheet_header,
    sheet_limit,
)
from inventory_app.io.xlsx_guard import MAX_FILE_BYTES


def write(path: Path, data: str | bytes) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_a_row_reads_a_cell_past_its_end_as_blank() -> None:
    row = SheetRow(3, ("GIN", "Gin"))
    assert (row.get(0), row.get(1), row.get(5)) == ("GIN", "Gin", "")


def test_the_header_is_the_first_non_blank_row_without_its_trailing_blanks() -> None:
    records = iter([(1, ()), (2, ("", "")), (3, ("sku", "name", "", "")), (4, ("GIN", "Gin"))])
    assert sheet_header("bar.csv", records) == ("sku", "name")
    assert next(records) == (4, ("GIN", "Gin"))  # the rows below are left to read


def test_a_sheet_without_a_header_names_an_example() -> None:
    with pytest.raises(InputError) as caught:
        sheet_header("bar.csv", iter([(1, ("", ""))]), example="sku,name")
    assert str(caught.value) == "bar.csv: the file is empty: expected a header row such as sku,name"


def test_blank_records_are_not_rows_and_rows_keep_their_numbers() -> None:
    records = iter([(2, ("A", "1")), (3, ("", "")), (4, ()), (5, ("B", ""))])
    assert list(data_rows(records)) == [SheetRow(2, ("A", "1")), SheetRow(5, ("B", ""))]


def test_a_byte_that_is_not_utf8_is_named_with_its_row() -> None:
    check_utf8(("Génépi", "ok"), "bar.csv", 2)  # real UTF-8 passes
    latin1 = "Génépi".encode("latin-1").decode("utf-8", errors="surrogateescape")
    with pytest.raises(InputError) as caught:
        check_utf8(("GEN", latin1), "bar.csv", 7)
    assert (caught.value.file, caught.value.row) == ("bar.csv", 7)
    assert "got a byte 0xe9 that is not UTF-8" in caught.value.detail


def test_a_csv_stream_gives_header_rows_and_progress_in_bytes(tmp_path: Path) -> None:
    data = "\ufeffsku;name\n\nGIN;Gin\n ; \nRUM;Rum\n"
    path = write(tmp_path / "bar.csv", data)
    with open_sheet_stream(path) as sheet:
        assert (sheet.file_name, sheet.header) == ("bar.csv", ("sku", "name"))
        assert sheet.total == len(data.encode("utf-8"))
        rows = list(sheet.rows)
        assert sheet.done() == sheet.total
    assert rows == [SheetRow(3, ("GIN", "Gin")), SheetRow(5, ("RUM", "Rum"))]


def test_a_workbook_stream_counts_rows(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for values in (["sku", "full"], ["GIN", 2], [None, None], ["RUM", 1.5]):
        sheet.append(values)
    book.save(tmp_path / "count.xlsx")
    with open_sheet_stream(tmp_path / "count.xlsx") as stream:
        assert (stream.header, stream.total) == (("sku", "full"), 4)
        assert [(r.number, r.cells) for r in stream.rows] == [
            (2, ("GIN", "2")),
            (4, ("RUM", "1.5")),
        ]
        assert stream.done() == 4


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("bar.ods", b"sku\n", "bar.ods: expected a .csv or .xlsx file, got '.ods'"),
        ("bar.csv", "sku,name\n".encode("utf-16"),
         "bar.csv: expected UTF-8 text, got UTF-16 (save the sheet as 'CSV UTF-8')"),
        ("bar.csv", b'sku,name\nGIN,"Gin\n',
         'bar.csv, row 2: a quote (") opened on this row is never closed'),
        ("bar.csv", b'sku,name\nGIN,"Gin"x\n',
         "bar.csv, row 2: a quoted cell goes on after its closing quote"),
        ("bar.csv", b"sku\n" + b"x" * (MAX_LINE_CHARS + 1) + b"\n",
         f"bar.csv, row 2: a line holds more than {MAX_LINE_CHARS} characters"),
    ],
    ids=["suffix", "utf-16", "unclosed-quote", "after-quote", "long-line"],
)  # fmt: skip
def test_a_sheet_that_cannot_be_read_is_refused_by_row(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    path = write(tmp_path / name, data)
    with pytest.raises(InputError) as caught, open_sheet_stream(path) as sheet:
        list(sheet.rows)
    assert str(caught.value).startswith(message)


def test_rows_past_the_cap_are_refused_when_the_reader_gets_there(tmp_path: Path) -> None:
    path = write(tmp_path / "bar.csv", "sku\nA\nB\nC\n")
    with open_sheet_records(path, max_rows=3) as sheet:
        read = []
        with pytest.raises(InputError) as caught:
            for record in sheet.records:
                read.append(record)
    assert read == [(1, ("sku",)), (2, ("A",)), (3, ("B",))]
    assert str(caught.value) == (
        "bar.csv, row 4: the sheet has more than 3 rows; split it into smaller files"
    )


def test_a_file_over_its_size_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = write(tmp_path / "bar.csv", "sku\nGIN\n")
    with pytest.raises(InputError, match="the file is 8 bytes; at most 0 MB"):
        open_sheet_records(path, max_bytes=7).__enter__()


@pytest.mark.parametrize(
    ("name", "max_bytes", "limit", "advice"),
    [
        ("sales.xlsx", 1024 * 2**20, MAX_FILE_BYTES, "save it as CSV, which is read up to 1024 MB"),
        ("sales.XLSM", 1024 * 2**20, MAX_FILE_BYTES, "save it as CSV, which is read up to 1024 MB"),
        ("sales.csv", 1024 * 2**20, 1024 * 2**20, "split it into smaller files"),
        ("count.xlsx", 100 * 2**20, 100 * 2**20, "split it into smaller files"),
    ],
)  # fmt: skip
def test_a_workbook_is_unpacked_so_its_limit_is_lower(
    name: str, max_bytes: int, limit: int, advice: str
) -> None:
    found = sheet_limit(Path(name), max_bytes)
    assert (found.max_bytes, found.advice) == (limit, advice)
