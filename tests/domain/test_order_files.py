"""Where order documents go and their names (domain/order_files.py): a folder per month,
names safe on Windows, nothing written over."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from inventory_app.domain.order_files import (
    NAME_MAX,
    document_stem,
    free_stem,
    month_folder,
    safe_name,
)


def test_a_numbered_order_is_named_by_its_number_and_supplier() -> None:
    stem = document_stem(
        number="2026-0042", supplier="Rossi Distribuzione", day=date(2026, 12, 8),
        draft_word="bozza",
    )  # fmt: skip
    assert stem == "2026-0042 Rossi Distribuzione"


def test_a_draft_has_no_number_yet_and_says_so_with_its_day() -> None:
    stem = document_stem(
        number="", supplier="Rossi Distribuzione", day=date(2026, 12, 8), draft_word="bozza"
    )
    assert stem == "bozza 2026-12-08 Rossi Distribuzione"


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ('Rossi: "Vini/Liquori" <Milano>?', "Rossi- -Vini-Liquori- -Milano--"),
        ("Bar*Tab|Co\\", "Bar-Tab-Co-"),
        ("Fratelli  Branca\tS.p.A.", "Fratelli Branca-S.p.A"),
        ("Caffè Città…", "Caffè Città…"),
        ("CON", "CON-"),
        ("com1.pdf", "com1.pdf-"),
        ("...", "-"),
        ("", "-"),
    ],
)
def test_names_are_safe_on_windows(text: str, safe: str) -> None:
    assert safe_name(text) == safe


def test_a_long_supplier_name_is_cut_to_a_name_windows_takes() -> None:
    assert len(safe_name("Distribuzione " * 30)) <= NAME_MAX


@pytest.mark.parametrize(
    ("day", "folder"),
    [
        (date(2026, 11, 30), "2026-11"),
        (date(2026, 12, 1), "2026-12"),
        (date(2026, 12, 31), "2026-12"),
        (date(2027, 1, 1), "2027-01"),
    ],
)
def test_each_month_has_its_folder(tmp_path: Path, day: date, folder: str) -> None:
    assert month_folder(tmp_path, day) == tmp_path / folder


def test_a_name_taken_by_either_format_gets_a_number(tmp_path: Path) -> None:
    stem = "2026-0042 Rossi"
    suffixes = (".pdf", ".xlsx")
    assert free_stem(tmp_path, stem, suffixes) == stem
    (tmp_path / f"{stem}.xlsx").write_bytes(b"")  # only the workbook is there
    assert free_stem(tmp_path, stem, suffixes) == "2026-0042 Rossi (2)"
    (tmp_path / "2026-0042 Rossi (2).pdf").write_bytes(b"")
    assert free_stem(tmp_path, stem, suffixes) == "2026-0042 Rossi (3)"
    assert free_stem(tmp_path, stem, (".pdf",)) == "2026-0042 Rossi"
