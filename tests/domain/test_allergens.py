"""The 14 allergens of Annex II: numbered 1-14, named as the regulation names them."""

from __future__ import annotations

import pytest

from inventory_app.domain.allergens import (
    ANNEX_II,
    Allergen,
    allergen_codes,
    labelled,
    numbered,
    ordered,
    parse_allergens,
    stored_allergens,
)
from inventory_app.domain.errors import InputError

A = Allergen

# number, Italian short name, English short name: Annex II of Reg. (EU) 1169/2011
ANNEX = [
    (1, "Glutine", "Gluten"), (2, "Crostacei", "Crustaceans"), (3, "Uova", "Eggs"),
    (4, "Pesce", "Fish"), (5, "Arachidi", "Peanuts"), (6, "Soia", "Soybeans"),
    (7, "Latte", "Milk"), (8, "Frutta a guscio", "Nuts"), (9, "Sedano", "Celery"),
    (10, "Senape", "Mustard"), (11, "Semi di sesamo", "Sesame seeds"),
    (12, "Anidride solforosa e solfiti", "Sulphur dioxide and sulphites"),
    (13, "Lupini", "Lupin"), (14, "Molluschi", "Molluscs"),
]  # fmt: skip


def test_fourteen_allergens_numbered_in_the_regulations_order() -> None:
    assert [(a.number, a.name_in("it"), a.name_in("en")) for a in Allergen] == ANNEX
    assert len(ANNEX_II) == 14


def test_long_names_are_the_annexs_wording() -> None:
    assert A.MILK.name_in("it", long=True) == (
        "Latte e prodotti a base di latte (incluso lattosio)"
    )
    assert "10 mg/kg o 10 mg/litro" in A.SULPHITES.name_in("it", long=True)
    assert A.NUTS.name_in("en", long=True).startswith("Nuts, namely: almonds")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("uova|latte", (A.EGGS, A.MILK)),
        ("7|3", (A.EGGS, A.MILK)),
        ("Eggs|MILK", (A.EGGS, A.MILK)),
        ("  uova  |  |latte ", (A.EGGS, A.MILK)),
        ("Sédano", (A.CELERY,)),
        ("solfiti|12|Sulphites|anidride solforosa", (A.SULPHITES,)),
        ("frutta-a-guscio", (A.NUTS,)),
        ("Cereali contenenti glutine", (A.GLUTEN,)),
        ("molluscs|14|lupin", (A.LUPIN, A.MOLLUSCS)),
        ("", ()),
    ],
)
def test_a_cell_by_names_or_numbers(cell: str, expected: tuple[Allergen, ...]) -> None:
    assert parse_allergens(cell) == expected


@pytest.mark.parametrize("cell", ["uova|peanut butter", "0", "15", "uova,latte", "3.0"])
def test_an_unknown_token_is_named(cell: str) -> None:
    with pytest.raises(InputError, match="is none of the 14 allergens"):
        parse_allergens(cell)


def test_stored_as_codes_in_order_and_read_back() -> None:
    allergens = (A.SULPHITES, A.EGGS, A.EGGS)
    assert allergen_codes(allergens) == "eggs|sulphites"
    assert stored_allergens("eggs|sulphites") == (A.EGGS, A.SULPHITES)
    assert stored_allergens("") == () == ordered([])


def test_numbered_in_each_language() -> None:
    assert numbered((A.SULPHITES, A.EGGS), "it") == "3 Uova, 12 Anidride solforosa e solfiti"
    assert numbered((A.NUTS,), "en") == "8 Nuts"


def test_the_windows_labels_are_the_regulations_names(italian: None) -> None:
    """The checkboxes' Italian (the catalogue's) is the table's Italian, word for word."""
    assert [a.label for a in Allergen] == [a.name_in("it") for a in Allergen]
    assert labelled((A.NUTS, A.EGGS)) == "3 Uova, 8 Frutta a guscio"


def test_the_windows_labels_in_english() -> None:
    assert [a.label for a in Allergen] == [a.name_in("en") for a in Allergen]
