"""`import sales` with each built-in till's export, into a copy of the demo bar: `auto` names
the profile it used, the deduction is exact, a refund moves no stock, the same file twice
changes nothing; a drifted export is refused by profile, column and value, changing nothing;
the file's text encoding is found (UTF-8, UTF-8 with BOM, UTF-16, Windows-1252)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.commands.running import TRACEBACK, run, stock_json
from tests.io.till_samples import LOYVERSE, SAMPLES, profile_of

POURED = ("GIN-TANQ", "AMA-CAMP", "VER-COCCHI")  # a Negroni: 3 cl of each


def levels(bar: tuple[str, Path]) -> dict[str, object]:
    return {row["sku"]: row["on_hand"] for row in stock_json(*bar)}  # type: ignore[misc]


@pytest.mark.parametrize("key", list(SAMPLES))
def test_each_tills_export_deducts_two_negroni_once(bar: tuple[str, Path], key: str) -> None:
    url, folder = bar
    text, refunds = SAMPLES[key]
    path = folder / f"{key}.csv"
    path.write_text(text, encoding="utf-8")
    before = levels(bar)
    done = run("--db", url, "import", "sales", str(path), cwd=folder)
    assert done.returncode == 0, done.stderr
    said = done.stdout.splitlines()
    assert said[0].startswith(f"imported {key}.csv ({profile_of(key)}, import "), said[0]
    assert f"  refunds:             {refunds}" in said
    after = levels(bar)
    for sku in POURED:
        assert before[sku] - after[sku] == 60, sku  # type: ignore[operator]
    again = run("--db", url, "import", "sales", str(path), "--profile", profile_of(key), cwd=folder)
    assert again.returncode == 0, again.stderr
    assert "  new sales imported:  0" in again.stdout.splitlines()
    assert levels(bar) == after


def refused(bar: tuple[str, Path], text: str, *args: str) -> str:
    """The import's error output; the bar is as it was."""
    url, folder = bar
    path = folder / "till.csv"
    path.write_text(text, encoding="utf-8")
    before = levels(bar)
    done = run("--db", url, "import", "sales", str(path), *args, cwd=folder)
    assert (done.returncode, done.stdout) == (2, ""), done.stderr
    assert TRACEBACK not in done.stderr
    assert levels(bar) == before, "a refused import changed the stock"
    return done.stderr


# The drink's column renamed in each till's export: (sample, its header name, renamed).
RENAMED = {
    "square": (",Item,", ",Article,", "the profile 'Square item sales' needs a column 'Item'"),
    "sumup": (",Description,", ",Article,", "needs a column 'Description', 'Beschreibung' or"),
    "sumup-de": (";Beschreibung;", ";Artikel;", "needs a column 'Description', 'Beschreibung'"),
    "loyverse": (",Item,", ",Product,", "the profile 'Loyverse receipts by item' needs a column"),
}


@pytest.mark.parametrize("key", list(RENAMED))
def test_a_renamed_column_names_profile_column_and_a_sample_value(
    bar: tuple[str, Path], key: str
) -> None:
    name, renamed, words = RENAMED[key]
    said = refused(bar, SAMPLES[key][0].replace(name, renamed, 1))
    assert "row 1" in said and words in said
    assert f"{renamed.strip(',;')!r} (e.g. 'Negroni')" in said  # the renamed column, its value
    assert "'Date' (e.g." not in said  # a column the profile reads needs no example


def test_a_renamed_column_of_the_generic_sheet_is_named(bar: tuple[str, Path]) -> None:
    said = refused(bar, SAMPLES["generic"][0].replace(",item,", ",drink,", 1))
    assert "the required column 'item' is missing" in said


def test_a_new_receipt_type_names_row_column_and_value(bar: tuple[str, Path]) -> None:
    said = refused(bar, LOYVERSE.replace(",Refund,", ",Return,", 1), "--profile", "loyverse")
    assert "row 3, column 'Receipt type'" in said
    assert "does not know the line type 'Return'" in said
    assert "'Loyverse receipts by item'" in said


@pytest.mark.usefixtures("italian")
def test_in_italian_the_missing_field_is_named_in_italian(bar: tuple[str, Path]) -> None:
    said = refused(bar, LOYVERSE.replace(",Quantity,", ",Pezzi,", 1), "--profile", "loyverse")
    assert "il profilo 'Scontrini per articolo di Loyverse' ha bisogno di una colonna" in said
    assert "'Quantity' per il campo quantità;" in said
    assert "quantity" not in said.replace("'Quantity'", "")


# An à, a € and a ü in the names; Windows-1252 has all three.
NAMES = ("Caffè à la carte", "Spritz €5", "Glühwein")
ACCENTED = "date,time,item,qty\n" + "".join(f"2026-11-22,21:0{n},{name},1\n" for n, name in
                                            enumerate(NAMES))  # fmt: skip


@pytest.mark.parametrize(
    ("encoding", "bom", "said"),
    [
        ("utf-8", b"", "(generic, import "),
        ("utf-8", b"\xef\xbb\xbf", "(generic, import "),
        ("utf-16", b"", "(generic, UTF-16, import "),
        ("cp1252", b"", "(generic, Windows-1252, import "),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "windows-1252"],
)
def test_the_text_encoding_is_found_and_named(
    bar: tuple[str, Path], encoding: str, bom: bytes, said: str
) -> None:
    url, folder = bar
    path = folder / "till.csv"
    path.write_bytes(bom + ACCENTED.encode(encoding))
    done = run("--db", url, "import", "sales", str(path), "--park-unknown", cwd=folder)
    assert done.returncode == 0, done.stderr
    assert said in done.stdout.splitlines()[0]
    parked = run("--db", url, "sales", "unmatched", "--format", "json", cwd=folder)
    assert parked.returncode == 0, parked.stderr
    assert sorted(row["item"] for row in json.loads(parked.stdout)) == sorted(NAMES)


def test_binary_junk_is_refused_naming_the_file(bar: tuple[str, Path]) -> None:
    url, folder = bar
    path = folder / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x04\x00" * 40)
    done = run("--db", url, "import", "sales", str(path), cwd=folder)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith("inventory-app: error: photo.csv: the file holds NUL bytes")
    assert TRACEBACK not in done.stderr
