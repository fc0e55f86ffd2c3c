"""A made-up till's CSV mapped as the assistant maps it: parsed values shown, profile built."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal
from pathlib import Path

import pytest

from inventory_app.domain.errors import InputError
from inventory_app.domain.recipes import Channel, SaleKind
from inventory_app.io.profile_mapping import (
    MappingChoice,
    build_profile,
    field_label,
    read_column,
    read_sample,
)
from inventory_app.io.sales_file import matches_no_profile, open_sales
from inventory_app.io.sales_profile import DateOrder, DecimalMark

# "Cassetta": a till nobody has documented, Italian headers, ';' and decimal commas.
CASSETTA = (
    "Quando;Articolo;Pezzi;Causale;Scontrino;Servizio;Netto;Nota\n"
    "05/11/2026 21:30;Negroni;2;Vendita;A1;Tavolo;16,40;\n"
    "05/11/2026 21:45;Spritz;1;Rimborso;A2;Asporto;6,50;rotto\n"
    "31/11/2026 22:00;Mule;1;Omaggio;A3;Tavolo;1.5;\n"
)


@pytest.fixture
def cassetta(tmp_path: Path) -> Path:
    path = tmp_path / "cassetta.csv"
    path.write_text(CASSETTA, encoding="utf-8")
    return path


def _choice(**columns: str) -> MappingChoice:
    return MappingChoice(name="cassetta", title="Cassetta", columns=columns, separator=";")


def test_no_profile_reads_the_made_up_till(cassetta: Path) -> None:
    sample = read_sample(cassetta)
    assert sample.header[:3] == ("Quando", "Articolo", "Pezzi")
    assert [row.number for row in sample.rows] == [2, 3, 4]
    assert matches_no_profile(sample.header)


def test_each_chosen_column_shows_its_first_values_read_or_why_not(cassetta: Path) -> None:
    sample = read_sample(cassetta, ";")
    choice = _choice(
        date="Quando", item="Articolo", quantity="Pezzi", line_type="Causale",
        channel="Servizio", net_amount="Netto", note="Nota",
    )  # fmt: skip
    when = read_column(choice, "date", sample)
    assert [c.value for c in when[:2]] == [
        (date(2026, 11, 5), time(21, 30)),
        (date(2026, 11, 5), time(21, 45)),
    ]
    assert when[2].value is None and "31/11/2026" in when[2].error
    kinds = read_column(choice, "line_type", sample)
    assert [c.value for c in kinds[:2]] == [SaleKind.SALE, SaleKind.REFUND]
    assert "Omaggio" in kinds[2].error
    net = read_column(choice, "net_amount", sample)
    assert [c.value for c in net[:2]] == [Decimal("16.40"), Decimal("6.50")]
    assert [c.value for c in read_column(choice, "channel", sample)][:2] == [
        Channel.SPEAKEASY,
        Channel.TAKEAWAY,
    ]
    assert [c.value for c in read_column(choice, "note", sample)] == ["", "rotto", ""]
    # Another date order reads the same cells another way: 05/11 is then May the 11th.
    mdy = MappingChoice(**{**choice.__dict__, "date_order": DateOrder.MDY})
    assert read_column(mdy, "date", sample)[0].value == (date(2026, 5, 11), time(21, 30))
    assert read_column(choice, "time", sample) == []  # no column chosen, nothing shown


def test_the_built_profile_imports_the_file_and_auto_picks_it(cassetta: Path) -> None:
    choice = _choice(date="Quando", item="Articolo", quantity="Pezzi", line_type="Causale")
    profile, text = build_profile(choice)
    assert 'name = "cassetta"' in text and 'item = ["Articolo"]' in text
    assert (profile.separator, profile.decimal) == (";", DecimalMark.AUTO)
    good = cassetta.with_name("good.csv")
    good.write_text("".join(CASSETTA.splitlines(keepends=True)[:3]), encoding="utf-8")
    header = read_sample(good).header
    assert not matches_no_profile(header, [profile])
    with open_sales(good, owned=[profile]) as stream:
        lines = list(stream.lines)
        assert stream.format == "cassetta"
    assert [(line.item, line.quantity, line.kind) for line in lines] == [
        ("Negroni", Decimal(2), SaleKind.SALE),
        ("Spritz", Decimal(1), SaleKind.REFUND),
    ]


def test_the_assistant_names_each_field_from_the_one_table_in_the_readers_language(
    italian: None,
) -> None:
    assert [field_label(f) for f in ("date", "quantity", "line_type", "transaction_id")] == [
        "Data (o data e ora)", "Quantità", "Tipo di riga (vendita, rimborso, storno)",
        "ID transazione",
    ]  # fmt: skip
    with pytest.raises(InputError, match="scegli una colonna per Articolo"):
        build_profile(_choice(date="Quando", quantity="Pezzi"))


def test_a_needed_field_without_a_column_or_a_bad_name_is_refused() -> None:
    with pytest.raises(InputError, match="choose a column for Item"):
        build_profile(_choice(date="Quando", quantity="Pezzi"))
    bad = MappingChoice(
        name="Cassa Bar", title="", columns={"date": "D", "item": "I", "quantity": "Q"}
    )
    with pytest.raises(InputError, match="key 'name'"):
        build_profile(bad)


def test_a_tills_own_line_type_word_reads_and_is_saved(cassetta: Path) -> None:
    sample = read_sample(cassetta, ";")
    choice = MappingChoice(
        name="cassetta",
        title="Cassetta",
        columns={"date": "Quando", "item": "Articolo", "quantity": "Pezzi", "line_type": "Causale"},
        separator=";",
        line_words={SaleKind.VOID: ("Omaggio",)},
    )
    kinds = read_column(choice, "line_type", sample)
    assert [c.value for c in kinds] == [SaleKind.SALE, SaleKind.REFUND, SaleKind.VOID]
    profile, text = build_profile(choice)
    assert 'void = ["omaggio"]' in text
    assert profile.line_types["omaggio"] is SaleKind.VOID


def test_a_windows_1252_file_of_a_new_till_is_shown_as_written(tmp_path: Path) -> None:
    """Excel's plain CSV on Windows: the assistant shows its accents, not an error."""
    path = tmp_path / "cassa.csv"
    path.write_bytes("Data;Prodotto;Quantità\n06/03/2026;Caffè €;1\n".encode("cp1252"))
    sample = read_sample(path)
    assert sample.header == ("Data", "Prodotto", "Quantità")
    assert sample.rows[0].cells == ("06/03/2026", "Caffè €", "1")
