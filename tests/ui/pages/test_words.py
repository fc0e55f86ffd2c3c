"""The labels of stored values: English as stored (with spaces), Italian as a bar says them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from inventory_app.domain.catalogue import Reason
from inventory_app.i18n.catalogue import ITALIAN, in_language
from inventory_app.ui.pages.words import (
    REASON_WORDS,
    bottle_state_word,
    entity_word,
    order_status_word,
    reason_word,
    status_word,
)

Word = Callable[[str], str]


@pytest.mark.parametrize(
    ("word", "stored", "english", "italian"),
    [
        (reason_word, "receive", "receive", "carico"),
        (reason_word, "prep_use", "prep use", "uso in preparazione"),
        (reason_word, "waste", "waste", "scarto"),
        (reason_word, "breakage", "breakage", "rottura"),
        (reason_word, "comp", "comp", "omaggio"),
        (reason_word, "correction", "correction", "rettifica"),
        (reason_word, "set_secret", "set PIN", "PIN impostato"),
        (reason_word, "a_new_one", "a new one", "a new one"),  # unknown: as stored, readable
        (entity_word, "stock_level", "stock level", "giacenza"),
        (entity_word, "supplier", "supplier", "fornitore"),
        (status_word, "out", "Out", "Esaurito"),
        (status_word, "low", "Low", "Sottoscorta"),
        (order_status_word, "draft", "Draft", "Bozza"),
        (order_status_word, "cancelled", "Cancelled", "Annullato"),
        (bottle_state_word, "sealed", "Sealed", "Sigillata"),
        (bottle_state_word, "open", "Open", "Aperta"),
    ],
)
def test_each_stored_value_reads_in_each_language(
    word: Word, stored: str, english: str, italian: str
) -> None:
    assert word(stored) == english
    with in_language(ITALIAN):
        assert word(stored) == italian


def test_every_ledger_reason_has_a_word() -> None:
    assert {r.value for r in Reason} <= set(REASON_WORDS)
