"""The profile writer's TOML reads back, through the owner's profile reader, as the same profile."""

from __future__ import annotations

from pathlib import Path

import pytest

from inventory_app.domain.recipes import SaleKind
from inventory_app.io.profile_file import load_profile
from inventory_app.io.profile_writer import profile_toml, toml_string
from inventory_app.io.sales_profile import DateOrder, DecimalMark, SalesProfile
from inventory_app.io.till_profiles import LOYVERSE, SUMUP


def _round_trip(profile: SalesProfile, tmp_path: Path) -> SalesProfile:
    path = tmp_path / f"{profile.name}.toml"
    path.write_text(profile_toml(profile), encoding="utf-8")
    return load_profile(path)


def _same(read: SalesProfile, written: SalesProfile) -> None:
    assert read.name == written.name
    assert read.title == written.title
    assert dict(read.columns) == dict(written.columns)
    assert read.required == written.required
    assert dict(read.line_types) == dict(written.line_types)
    assert (read.decimal, read.date_order) == (written.decimal, written.date_order)
    assert (read.separator, read.encoding, read.takeaway) == (
        written.separator,
        written.encoding,
        written.takeaway,
    )


def test_sumups_built_in_profile_reads_back_whole(tmp_path: Path) -> None:
    _same(_round_trip(SUMUP, tmp_path), SUMUP)


def test_loyverses_profile_with_its_statuses_reads_back_whole(tmp_path: Path) -> None:
    """A copy of a built-in profile is where an owner starts (another date order, say)."""
    written = _round_trip(LOYVERSE, tmp_path)
    _same(written, LOYVERSE)
    assert written.statuses == {"closed": True, "cancelled": False}


@pytest.mark.parametrize(
    "header",
    ['Price "net"', "C:\\till\\qty", "Quantità", "tab\there", "new\nline", "bell\x07", "'single'"],
)
def test_awkward_header_names_read_back_exactly(tmp_path: Path, header: str) -> None:
    profile = SalesProfile(
        name="cassa-1",
        title='Cassa "bar" \\ Milano',
        columns={"date": ("Data",), "item": (header, "Prodotto"), "quantity": ("Qtà",)},
        required=frozenset({"date", "item", "quantity"}),
        line_types={"vendita": SaleKind.SALE, "reso": SaleKind.REFUND, "annullato": SaleKind.VOID},
        decimal=DecimalMark.COMMA,
        date_order=DateOrder.MDY,
        separator="\t",
        encoding="cp1252",
        takeaway=frozenset({"asporto", "via"}),
    )
    _same(_round_trip(profile, tmp_path), profile)


def test_a_string_is_escaped_as_toml_wants() -> None:
    assert toml_string('a"b\\c\n') == '"a\\"b\\\\c\\n"'
    assert toml_string("\x1f") == '"\\u001F"'
