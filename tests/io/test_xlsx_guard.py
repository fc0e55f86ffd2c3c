"""Hostile workbooks are refused before openpyxl unpacks them: zip bombs, huge claims, entities.

Each file is built here, a few KB on disk; what it claims or expands to is the attack.
"""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import openpyxl.xml
import pytest
from openpyxl import Workbook

from inventory_app.domain.errors import InputError
from inventory_app.io import xlsx_guard
from inventory_app.io.sheet_stream import MAX_LINE_CHARS, open_sheet_records, open_sheet_stream
from inventory_app.io.tabular import read_sheet

SHEET = "xl/worksheets/sheet1.xml"
LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'
        for n in range(1, 10)
    )
    + "]>"
)


def small_workbook(path: Path, rows: int = 3) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["sku", "name"])
    for n in range(rows - 1):
        sheet.append([f"SKU-{n}", f"Item {n}"])
    book.save(path)
    return path


def replace_part(path: Path, name: str, data: bytes) -> Path:
    """The same workbook with one part's bytes replaced (deflated, as Excel writes)."""
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    parts[name] = data
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for part, content in parts.items():
            target.writestr(part, content)
    return path


def claim_size(path: Path, name: str, size: int) -> Path:
    """Patch the central directory so a part claims to unpack to `size` bytes."""
    data = bytearray(path.read_bytes())
    start = 0
    while (start := data.find(b"PK\x01\x02", start)) != -1:
        name_length = struct.unpack_from("<H", data, start + 28)[0]
        if data[start + 46 : start + 46 + name_length] == name.encode():
            struct.pack_into("<I", data, start + 24, size)
        start += 4
    path.write_bytes(bytes(data))
    return path


def without_declaration(xml: str) -> str:
    return xml.split("?>", 1)[1] if xml.startswith("<?xml") else xml


def refusal(path: Path) -> str:
    with pytest.raises(InputError) as caught:
        read_sheet(path)
    assert caught.value.file == path.name
    return caught.value.detail


def test_openpyxl_parses_with_defusedxml() -> None:
    assert openpyxl.xml.DEFUSEDXML


def test_a_part_that_claims_gigabytes_is_refused_unread(tmp_path: Path) -> None:
    path = claim_size(small_workbook(tmp_path / "bomb.xlsx"), SHEET, 3_000_000_000)
    assert "zip bomb" in refusal(path)


def test_a_part_that_expands_a_thousand_times_is_refused(tmp_path: Path) -> None:
    padding = b"<!--" + b"0" * 4_000_000 + b"-->"
    path = small_workbook(tmp_path / "ratio.xlsx")
    with zipfile.ZipFile(path) as source:
        sheet_xml = source.read(SHEET)
    replace_part(path, SHEET, sheet_xml.replace(b"<sheetData>", padding + b"<sheetData>"))
    assert path.stat().st_size < 100_000
    assert "expands" in refusal(path)


def test_shared_strings_read_whole_are_held_to_a_smaller_size(tmp_path: Path) -> None:
    path = claim_size(small_workbook(tmp_path / "strings.xlsx"), "xl/styles.xml", 500_000_000)
    assert "at most 100 MB" in refusal(path)


def test_a_sheet_declaring_a_hundred_million_rows_is_refused(tmp_path: Path) -> None:
    path = small_workbook(tmp_path / "tall.xlsx")
    with zipfile.ZipFile(path) as source:
        sheet_xml = source.read(SHEET)
    replace_part(path, SHEET, sheet_xml.replace(b'ref="A1:B3"', b'ref="A1:B100000000"'))
    assert "declares 100000000 rows" in refusal(path)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_rows_past_the_cap_are_refused_naming_the_row(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"long{suffix}"
    if suffix == ".csv":
        path.write_text("sku,name\n" + "".join(f"S{n},N\n" for n in range(9)), encoding="utf-8")
    else:  # no declared size: the rows themselves are counted
        small_workbook(path, rows=10)
        with zipfile.ZipFile(path) as source:
            sheet_xml = source.read(SHEET)
        replace_part(path, SHEET, sheet_xml.replace(b'<dimension ref="A1:B10" />', b""))
    with pytest.raises(InputError) as caught, open_sheet_records(path, max_rows=5) as sheet:
        list(sheet.records)
    assert caught.value.row == 6
    assert "more than 5 rows" in caught.value.detail


def test_a_sheet_with_a_billion_laughs_is_refused(tmp_path: Path) -> None:
    path = small_workbook(tmp_path / "laughs.xlsx")
    with zipfile.ZipFile(path) as source:
        sheet_xml = source.read(SHEET).decode()
    body = without_declaration(sheet_xml).replace("SKU-0", "&lol9;")
    replace_part(path, SHEET, (LAUGHS + body).encode())
    assert refusal(path).startswith("cannot read the")


def test_a_workbook_part_with_entities_is_refused(tmp_path: Path) -> None:
    path = small_workbook(tmp_path / "laughs-book.xlsx")
    with zipfile.ZipFile(path) as source:
        book_xml = source.read("xl/workbook.xml").decode()
    replace_part(path, "xl/workbook.xml", (LAUGHS + without_declaration(book_xml)).encode())
    assert refusal(path) == "cannot read the file as an .xlsx workbook"


def test_a_part_that_unpacks_past_its_claim_is_cut_and_refused(tmp_path: Path) -> None:
    path = small_workbook(tmp_path / "liar.xlsx")
    with zipfile.ZipFile(path) as source:
        sheet_xml = source.read(SHEET)
    claim_size(path, SHEET, len(sheet_xml) // 2)
    with pytest.raises(InputError) as caught, open_sheet_stream(path) as sheet:
        list(sheet.rows)
    assert caught.value.file == path.name


@pytest.mark.parametrize(
    "data", [b"not a zip at all", b"PK\x03\x04" + b"\x00" * 40], ids=["text", "torn"]
)
def test_a_file_that_is_no_workbook_is_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_bytes(data)
    assert refusal(path) == "cannot read the file as an .xlsx workbook"


def test_a_workbook_too_large_on_disk_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(xlsx_guard, "MAX_FILE_BYTES", 1024)
    assert "save it as CSV" in refusal(small_workbook(tmp_path / "big.xlsx"))


def test_a_csv_of_one_gigantic_line_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "line.csv"
    path.write_text("sku,name\n" + "x" * (MAX_LINE_CHARS + 10), encoding="utf-8")
    detail = refusal(path)
    assert f"more than {MAX_LINE_CHARS} characters" in detail
