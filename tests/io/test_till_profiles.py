"""`auto` picks each till by its own header and never one till's profile for another's file,
though their headers share words (Date, Item, Quantity); a profile forced on another till's
file refuses it or deducts exactly what its own profile does, never otherwise."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from inventory_app.domain.errors import ImportErrors, InputError
from inventory_app.io.sales_file import SalesLine, choose_profile, open_sales
from inventory_app.io.sales_profile import SalesProfile
from inventory_app.io.sheet_stream import open_sheet_stream
from inventory_app.io.till_profiles import BUILT_IN, LOYVERSE
from tests.io.till_samples import SAMPLES, profile_of

PROFILES = {profile.name: profile for profile in BUILT_IN}


def sample_file(tmp_path: Path, key: str) -> Path:
    path = tmp_path / f"{key}.csv"
    path.write_text(SAMPLES[key][0], encoding="utf-8")
    return path


def header_of(path: Path) -> tuple[str, ...]:
    with open_sheet_stream(path, encoding="auto") as sheet:
        return sheet.header


def lines(path: Path, profile: SalesProfile) -> list[SalesLine]:
    with open_sales(path, profile) as stream:
        return list(stream.lines)


def deductions(read: list[SalesLine]) -> list[tuple[object, ...]]:
    """What decides the stock a line moves: when, what, how many, sale or refund, channel."""
    return [(line.row, line.at, line.item, line.quantity, line.kind, line.channel) for line in read]


def test_every_built_in_profile_has_a_sample() -> None:
    assert {profile_of(key) for key in SAMPLES} == set(PROFILES)


@pytest.mark.parametrize("key", list(SAMPLES))
def test_auto_picks_each_till_by_its_header(tmp_path: Path, key: str) -> None:
    header = header_of(sample_file(tmp_path, key))
    assert choose_profile(f"{key}.csv", header).name == profile_of(key)


PAIRS = [
    (reader, key)
    for reader, key in itertools.product(PROFILES, SAMPLES)
    if reader != profile_of(key)
]


@pytest.mark.parametrize(("reader", "key"), PAIRS, ids=[f"{r}-on-{k}" for r, k in PAIRS])
def test_no_profile_reads_another_tills_file_otherwise(
    tmp_path: Path, reader: str, key: str
) -> None:
    path = sample_file(tmp_path, key)
    assert choose_profile(path.name, header_of(path)).name != reader
    own = deductions(lines(path, PROFILES[profile_of(key)]))
    try:
        forced = deductions(lines(path, PROFILES[reader]))
    except InputError:
        return  # refused, naming what it missed
    # Only Square forced on a generic sheet reads (Date, Item, Qty are its own names too).
    assert (reader, key) == ("square", "generic")
    assert forced == own, f"{reader} misread a {key} file"


def test_each_profiles_own_header_is_its_own() -> None:
    """A header of only one profile's names (its first name for each field) picks it."""
    for profile in BUILT_IN:
        header = tuple(names[0] for names in profile.columns.values())
        assert choose_profile("x.csv", header) is profile


def test_loyverse_reads_sales_refunds_and_leaves_out_a_cancelled_receipt(tmp_path: Path) -> None:
    read = lines(sample_file(tmp_path, "loyverse"), LOYVERSE)
    assert [(line.row, line.kind.value, line.quantity) for line in read] == [
        (2, "sale", 2), (3, "refund", 1),
    ]  # fmt: skip
    assert [line.transaction_id for line in read] == ["1-1001", "1-1002"]
    assert read[1].net_sales is not None and read[1].net_sales < 0
    assert read[1].note == "wrong drink"
    assert (read[0].variant, read[0].modifiers) == ("Regular", ("Senza ghiaccio",))
    assert read[0].at.minute == 0 and read[1].at.minute == 30


def test_a_new_status_word_stops_loyverse_naming_row_column_and_word(tmp_path: Path) -> None:
    path = tmp_path / "loyverse.csv"
    path.write_text(SAMPLES["loyverse"][0].replace("Cancelled", "Voided"), encoding="utf-8")
    with pytest.raises(ImportErrors) as caught:
        lines(path, LOYVERSE)
    [problem] = caught.value.errors
    assert (problem.row, problem.column) == (4, "Status")
    assert "'Voided'" in problem.detail and "'Loyverse receipts by item'" in problem.detail


def test_a_few_shared_words_do_not_make_a_drifted_export() -> None:
    """Date, Item and Quantity are every till's words: a header holding only these is no
    drifted Loyverse or SumUp export (it is refused as a generic sheet short of qty)."""
    assert choose_profile("x.csv", ("Date", "Quantity", "Item")).name == "generic"
    drifted = ("Date", "Receipt number", "Receipt type", "Product", "Quantity", "Status")
    with pytest.raises(InputError) as caught:
        choose_profile("x.csv", drifted)
    assert "'Loyverse receipts by item'" in str(caught.value) and "'Item'" in str(caught.value)
