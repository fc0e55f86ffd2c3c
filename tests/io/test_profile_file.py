"""The owner's TOML profile: read strictly, every mistake named by its file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from inventory_app.domain.errors import InputError
from inventory_app.domain.recipes import SaleKind
from inventory_app.io.profile_file import load_profile
from inventory_app.io.sales_profile import DateOrder, DecimalMark

GOOD = """
name = "cassa"
title = "Cassa in Cloud, bar"
separator = ";"
encoding = "cp1252"
decimal = "comma"
date_order = "dmy"
required = ["date", "item", "quantity", "line_type"]
takeaway = ["Asporto"]

[columns]
date = ["Data", "Datum"]
item = "Prodotto"
quantity = "Quantità"
line_type = "Tipo"

[line_types]
sale = ["Vendita"]
refund = ["Reso", "Rimborso"]
void = "Annullato"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "till.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_profile_is_read_whole(tmp_path: Path) -> None:
    profile = load_profile(write(tmp_path, GOOD))
    assert (profile.name, profile.title, profile.separator, profile.encoding) == (
        "cassa", "Cassa in Cloud, bar", ";", "cp1252",
    )  # fmt: skip
    assert (profile.decimal, profile.date_order) == (DecimalMark.COMMA, DateOrder.DMY)
    assert profile.columns["date"] == ("Data", "Datum")
    assert profile.columns["item"] == ("Prodotto",)
    assert profile.required == {"date", "item", "quantity", "line_type"}
    assert profile.line_types == {
        "vendita": SaleKind.SALE, "reso": SaleKind.REFUND, "rimborso": SaleKind.REFUND,
        "annullato": SaleKind.VOID,
    }  # fmt: skip
    assert profile.takeaway == {"asporto"}
    assert profile.shown_title == "Cassa in Cloud, bar"


@pytest.mark.parametrize(
    ("change", "key", "words"),
    [
        (('name = "cassa"', 'name = "Cassa Bar"'), "'name'", "lower-case"),
        (('name = "cassa"\n', ""), "'name'", "missing"),
        (('date_order = "dmy"', 'date_order = "ymd"'), "'date_order'", "'dmy'"),
        (('decimal = "comma"', "decimal = 1"), "'decimal'", "'comma'"),
        (('separator = ";"', 'separator = "|"'), "'separator'", "';'"),
        (('encoding = "cp1252"', 'encoding = "utf-32"'), "'encoding'", "'latin-1'"),
        (('item = "Prodotto"', 'articolo = "Prodotto"'), "'columns.articolo'", "unknown field"),
        (('item = "Prodotto"', "item = []"), "'columns.item'", "at least one"),
        (('item = "Prodotto"', "item = 3"), "'columns.item'", "a list of texts"),
        (('"line_type"]', '"line_type", "colour"]'), "'required'", "'colour'"),
        (('quantity = "Quantità"\n', ""), "'required'", "'quantity' has no column"),
        (('void = "Annullato"', 'storno = "Annullato"'), "'line_types.storno'", "sale, refund"),
        (('name = "cassa"', 'colour = 1\nname = "cassa"'), "'colour'", "unknown key"),
    ],
)
def test_a_bad_key_is_named_with_its_file(
    tmp_path: Path, change: tuple[str, str], key: str, words: str
) -> None:
    assert change[0] in GOOD
    with pytest.raises(InputError) as caught:
        load_profile(write(tmp_path, GOOD.replace(*change, 1)))
    assert caught.value.file == "till.toml"
    assert key in caught.value.detail and words in caught.value.detail


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b'name = "x\n', "not a TOML file"),
        (b'name = "caf\xe9"', "UTF-8"),
        (b"#" * 70_000, "at most"),
    ],
)
def test_a_file_that_is_no_profile_is_named(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "till.toml"
    path.write_bytes(content)
    with pytest.raises(InputError, match=words) as caught:
        load_profile(path)
    assert caught.value.file == "till.toml"


def test_a_missing_profile_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read the profile") as caught:
        load_profile(tmp_path / "none.toml")
    assert caught.value.file == "none.toml"
