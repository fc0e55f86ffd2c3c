"""A till's CSV is read as UTF-8 (BOM or not), UTF-16 by its mark, else Windows-1252; bytes
that are none of these, or NUL bytes, are refused by the file's name."""

from __future__ import annotations

import codecs
import io
from pathlib import Path

import pytest

from inventory_app.domain.errors import InputError
from inventory_app.io import text_encoding
from inventory_app.io.sheet_stream import open_sheet_stream
from inventory_app.io.text_encoding import detect_encoding, encoding_name

# An à, a € and a ü: Windows-1252 has all three (Latin-1 has no €).
NAMES = ("Caffè à la carte", "Spritz €5", "Glühwein")
TEXT = "date,item,qty\n" + "".join(f"2026-03-06,{name},1\n" for name in NAMES)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),  # Python writes its BOM
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("cp1252"), "cp1252"),
        (b"date,item,qty\n2026-03-06,Negroni,1\n", "utf-8"),  # plain ASCII
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le", "utf-16-be", "windows-1252", "ascii"],
)
def test_the_encoding_is_found(data: bytes, expected: str) -> None:
    assert detect_encoding(io.BytesIO(data), "sales.csv") == expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le", "utf-16-be", "windows-1252"],
)
def test_each_encoding_reads_the_same_names(tmp_path: Path, data: bytes, expected: str) -> None:
    path = tmp_path / "sales.csv"
    path.write_bytes(data)
    with open_sheet_stream(path, encoding="auto") as sheet:
        assert sheet.header == ("date", "item", "qty")
        assert tuple(row.get(1) for row in sheet.rows) == NAMES
        assert sheet.encoding == expected


def test_a_utf8_character_split_across_two_chunks_is_still_utf8(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(text_encoding, "CHUNK", 3)
    data = "ab\u00e8cd".encode()  # è is two bytes: the first chunk ends inside it
    assert detect_encoding(io.BytesIO(data), "s.csv") == "utf-8"


def test_one_byte_that_is_not_utf8_late_in_the_file_makes_it_windows_1252(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The whole file is checked: a UTF-8 start does not decide for the rest."""
    monkeypatch.setattr(text_encoding, "CHUNK", 16)
    data = b"date,item,qty\n" + b"2026-03-06,Negroni,1\n" * 20 + "Caff\u00e8,1\n".encode("cp1252")
    assert detect_encoding(io.BytesIO(data), "s.csv") == "cp1252"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"date,item\x00,qty\n", "NUL bytes"),
        (TEXT.encode("utf-16-le"), "UTF-16 without its byte-order mark"),  # no BOM: NULs
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "NUL bytes"),
        (b"date,item,qty\n2026-03-06,\x81\x8d\x8f\x90\x9d,1\n", "neither UTF-8 nor Windows-1252"),
    ],
    ids=["nul", "utf-16-without-bom", "binary", "undefined-in-windows-1252"],
)
def test_bytes_that_are_no_text_are_refused_by_the_files_name(data: bytes, words: str) -> None:
    with pytest.raises(InputError) as caught:
        detect_encoding(io.BytesIO(data), "junk.csv")
    assert caught.value.file == "junk.csv"
    assert words in caught.value.detail


def test_the_file_is_left_at_its_start() -> None:
    binary = io.BytesIO(TEXT.encode("cp1252"))
    detect_encoding(binary, "s.csv")
    assert binary.tell() == 0


def test_encodings_are_named_for_people() -> None:
    assert [encoding_name(e) for e in ("utf-8", "utf-8-sig", "utf-16", "cp1252", "")] == [
        "UTF-8", "UTF-8 (BOM)", "UTF-16", "Windows-1252", "",
    ]  # fmt: skip


def test_a_chosen_encoding_is_not_second_guessed(tmp_path: Path) -> None:
    """A profile that says UTF-8 reads UTF-8 only: a Windows-1252 file is refused."""
    path = tmp_path / "sales.csv"
    path.write_bytes(TEXT.encode("cp1252"))
    with pytest.raises(InputError) as caught, open_sheet_stream(path, encoding="utf-8") as sheet:
        list(sheet.rows)
    assert "expected UTF-8 text, got a byte 0xe8" in caught.value.detail
    with open_sheet_stream(path, encoding="cp1252") as sheet:
        assert tuple(row.get(1) for row in sheet.rows) == NAMES
