"""A change of the audit log reads as a sentence, never as a dump of fields."""

from __future__ import annotations

import pytest

from inventory_app.services.views.change_words import change_sentence


@pytest.mark.parametrize(
    ("entity", "label", "action", "before", "after", "sentence"),
    [
        ("item", "Campari 1 L", "update", '{"cost": "13.9"}', '{"cost": "14.50"}',
         "cost of Campari 1 L: €13.90 → €14.50"),
        ("item", "Campari 1 L", "update", '{"par": "6.0", "reorder_at": "2"}',
         '{"par": "8", "reorder_at": "3.5"}',
         "par of Campari 1 L: 6 → 8; reorder point of Campari 1 L: 2 → 3.5"),
        ("item", "Campari 1 L", "update", '{"location": "Back wall"}', '{"location": null}',
         "location of Campari 1 L: Back wall → none"),
        ("item", "Campari 1 L", "update", "{}", '{"notes": "keep cold"}',
         "notes of Campari 1 L: keep cold"),
        ("recipe", "Negroni", "update", '{"price": "10"}', '{"price": "11"}',
         "price of Negroni: €10.00 → €11.00"),
        ("recipe", "Negroni", "update", '{"lines": [1]}', '{"lines": [1, 2, 3]}',
         "lines of Negroni: 1 line → 3 lines"),
        ("user", "owner", "set_secret", '{"secret": false}', '{"secret": true}',
         "PIN of owner: no → set"),
        ("setting", "dash_ml", "update", '{"value": "0.92"}', '{"value": "1"}',
         "value of dash_ml: 0.92 → 1"),
        ("recipe", "Garibaldi", "create", None, '{"kind": "cocktail"}',
         "added recipe Garibaldi"),
        ("item", "Campari 1 L", "delete", '{"sku": "AMA-CAMP"}', None,
         "removed item Campari 1 L"),
        ("item", "X", "update", '{"supplier_code": "=1+1"}', '{"supplier_code": "NaN"}',
         "supplier's code of X: =1+1 → NaN"),
        ("item", "Sugar", "update", '{"allergens": []}', '{"allergens": ["sulphites", "eggs"]}',
         "allergens of Sugar: none → 3 Eggs, 12 Sulphur dioxide and sulphites"),
    ],
)  # fmt: skip
def test_change_sentence(
    entity: str, label: str, action: str, before: str | None, after: str | None, sentence: str
) -> None:
    assert change_sentence(entity, label, action, before, after) == sentence


@pytest.mark.usefixtures("italian")
@pytest.mark.parametrize(
    ("entity", "label", "action", "before", "after", "sentence"),
    [
        ("item", "Campari 1 L", "update", '{"par": "6.0", "reorder_at": "2"}',
         '{"par": "8", "reorder_at": "3.5"}',
         "scorta ideale di Campari 1 L: 6 → 8; punto di riordino di Campari 1 L: 2 → 3,5"),
        ("recipe", "Negroni", "update", '{"price": "10"}', '{"price": "11.5"}',
         "prezzo di Negroni: 10,00\u00a0€ → 11,50\u00a0€"),
        ("recipe", "Negroni", "update", '{"lines": [1]}', '{"lines": [1, 2, 3]}',
         "righe di Negroni: 1 riga → 3 righe"),
        ("recipe", "Garibaldi", "create", None, '{"kind": "cocktail"}',
         "inserimento ricetta Garibaldi"),
        ("item", "Campari 1 L", "update", '{"location": "Back wall"}', '{"location": null}',
         "posizione di Campari 1 L: Back wall → vuoto"),
        ("supplier", "Laguna", "update", '{"language": null}', '{"language": "en"}',
         "lingua di Laguna: vuoto → en"),
        ("item", "Zucchero", "update", '{"allergens": ["eggs"]}', '{"allergens": []}',
         "allergeni di Zucchero: 3 Uova → vuoto"),
    ],
)  # fmt: skip
def test_change_sentence_in_italian(
    entity: str, label: str, action: str, before: str | None, after: str | None, sentence: str
) -> None:
    assert change_sentence(entity, label, action, before, after) == sentence
