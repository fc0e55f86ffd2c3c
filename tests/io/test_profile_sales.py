"""A till's export through its profile: auto picks by the header, extra columns are fine,
voided lines are no sale, and a header close to a profile but short of a column is drift."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from inventory_app.domain.errors import ImportErrors
from inventory_app.domain.recipes import SaleKind
from inventory_app.io.sales_file import SalesFormat, choose_profile, open_sales
from inventory_app.io.sales_profile import DateOrder, DecimalMark, SalesProfile
from inventory_app.io.till_profiles import GENERIC, SQUARE, SUMUP
from tests.services.sales_fixtures import utc, write

D = Decimal
SUMUP_EN = (
    "Account,Date,Time,Type,Transaction ID,Receipt Number,Payment Method,Quantity,Description,"
    "Currency,Price (Gross),Price (Net),Tax,Tax rate,Transaction refunded"
)
SUMUP_DE = (
    "Datum,Typ,Transaktionsnummer,Zahlungsmethode,Menge,Beschreibung,Category,Sku,Währung,"
    "Preis vor Rabatt,Rabatt,Preis (brutto),Preis (netto),Steuer,Steuersatz,Konto"
)
TILL = SalesProfile(
    name="till",
    title="Till",
    columns={
        "datetime": ("When",),
        "item": ("Product",),
        "quantity": ("Qty",),
        "line_type": ("Kind",),
        "channel": ("Service",),
        "net_amount": ("Net",),
    },
    required=frozenset({"date", "item", "quantity", "line_type"}),
    line_types={"sold": SaleKind.SALE, "back": SaleKind.REFUND, "void": SaleKind.VOID},
    decimal=DecimalMark.COMMA,
    date_order=DateOrder.DMY,
    separator="|",
    encoding="cp1252",
)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (SUMUP_EN, SUMUP),
        (SUMUP_DE, SUMUP),
        ("Data;Ora;Tipo;ID transazione;Quantità;Descrizione;Extra", SUMUP),
        ("Date,Time,Item,Qty,Event Type", SQUARE),
        ("date,item,qty", GENERIC),
        ("Something,Else", GENERIC),
    ],
)
def test_auto_picks_the_profile_by_the_header(header: str, expected: SalesProfile) -> None:
    assert choose_profile("s.csv", tuple(header.replace(";", ",").split(","))) is expected


def test_the_owners_profile_wins_a_tie_and_the_fuller_match_wins() -> None:
    mine = replace(SUMUP, name="mine", title="Mine")
    header = tuple(SUMUP_EN.split(","))
    assert choose_profile("s.csv", header, [mine]) is mine
    fewer = replace(mine, columns={k: v for k, v in SUMUP.columns.items() if k != "net_amount"})
    assert choose_profile("s.csv", header, [fewer]) is SUMUP


def test_a_header_near_a_profile_is_reported_as_its_drift() -> None:
    header = tuple(SUMUP_DE.replace("Menge", "Anzahl").split(","))
    with pytest.raises(ImportErrors) as caught:
        choose_profile("s.csv", header)
    [problem] = caught.value.errors
    assert "'SumUp sales report'" in problem.detail
    assert "'Quantity', 'Menge' or 'Quantità'" in problem.detail


def test_a_profiles_separator_encoding_words_and_extra_columns(tmp_path: Path) -> None:
    path = tmp_path / "till.csv"
    path.write_bytes(
        "When|Product|Qty|Kind|Service|Net|Città\n"
        "06.03.2026 21:00|Negroni|1|Sold|Asporto|1.234,50|Milano\n"
        "06.03.2026 21:05|Shot|2|Void|Bar|10,00|Milano\n"
        "06.03.2026 21:10|Negroni|-1|Back|Bar|9,50|Milano\n".encode("cp1252")
    )
    with open_sales(path, TILL) as stream:
        lines = list(stream.lines)
    assert stream.format == "till"
    assert [(ln.row, ln.at, ln.item, ln.quantity, ln.kind, ln.net_sales) for ln in lines] == [
        (2, utc("2026-03-06 21:00"), "Negroni", D(1), SaleKind.SALE, D("1234.50")),
        (4, utc("2026-03-06 21:10"), "Negroni", D(1), SaleKind.REFUND, D("-9.50")),
    ]
    assert [ln.channel.value if ln.channel else None for ln in lines] == ["takeaway", "speakeasy"]


def test_a_negative_sale_is_refused(tmp_path: Path) -> None:
    path = write(
        tmp_path / "s.csv", SUMUP_EN + "\nbar,06.03.2026,21:00,Sale,T1,1,Card,-2,Shot,,,,,,\n"
    )
    with pytest.raises(ImportErrors) as caught, open_sales(path) as stream:
        list(stream.lines)
    assert [(p.row, p.column) for p in caught.value.errors] == [(2, "Quantity")]


def test_square_and_generic_keep_their_formats(tmp_path: Path) -> None:
    path = write(tmp_path / "s.csv", "date,item,qty\n2026-03-06,Shot,1\n")
    with open_sales(path, SalesFormat.AUTO) as stream:
        assert stream.format is SalesFormat.GENERIC and stream.profile is GENERIC


@pytest.mark.parametrize(
    ("word", "takeaway"),
    [("Asporto", True), ("Außer Haus", True), ("Zum Mitnehmen", True), ("To go", True),
     ("Al tavolo", False), ("", False)],
)  # fmt: skip
def test_the_channel_words_of_three_languages(tmp_path: Path, word: str, takeaway: bool) -> None:
    path = tmp_path / "till.csv"
    path.write_bytes(
        f"When|Product|Qty|Kind|Service\n06.03.2026 21:00|Shot|1|Sold|{word}\n".encode()
    )
    with open_sales(path, replace(TILL, encoding="utf-8")) as stream:
        [line] = list(stream.lines)
    assert (line.channel is not None and line.channel.value == "takeaway") is takeaway


def test_a_profiles_variant_and_modifiers(tmp_path: Path) -> None:
    """Split on commas, trimmed, empty ones dropped; no column reads as none."""
    with_modifiers = replace(
        TILL, columns={**TILL.columns, "variant": ("Size",), "modifiers": ("Extras",)}
    )
    path = tmp_path / "till.csv"
    path.write_bytes(
        "When|Product|Qty|Kind|Size|Extras\n"
        "06.03.2026 21:00|Negroni|1|Sold| Double |Oat milk, ,2 x Extra shot,\n"
        "06.03.2026 21:05|Shot|2|Sold||\n".encode("cp1252")
    )
    with open_sales(path, with_modifiers) as stream:
        lines = [(ln.variant, ln.modifiers) for ln in stream.lines]
    assert lines == [("Double", ("Oat milk", "2 x Extra shot")), ("", ())]
    with open_sales(path, TILL) as stream:
        assert [(ln.variant, ln.modifiers) for ln in stream.lines] == [("", ()), ("", ())]
