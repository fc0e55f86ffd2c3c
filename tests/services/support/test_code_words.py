"""The English codes the database keeps read as words, in the reader's language."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from inventory_app.domain.bottle_states import BottleState
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.levels import Status
from inventory_app.services.support.code_words import (
    action_words,
    bottle_state_words,
    entity_words,
    order_status_words,
    reason_words,
    status_words,
)

Words = Callable[[str], str]

CASES: list[tuple[Words, str, str, str]] = [
    (reason_words, Reason.WASTE, "waste", "scarto"),
    (reason_words, Reason.BREAKAGE, "breakage", "rottura"),
    (reason_words, Reason.COMP, "comp", "omaggio"),
    (reason_words, Reason.CORRECTION, "correction", "rettifica"),
    (reason_words, Reason.SALE, "sale", "vendita"),
    (reason_words, Reason.COUNT, "count", "conta"),
    (reason_words, Reason.PREP_USE, "prep use", "uso in preparazione"),
    (reason_words, Reason.OPEN, "open", "apertura"),
    (reason_words, "update", "update", "modifica"),  # a change's action on the same column
    (action_words, "set_secret", "set secret", "PIN impostato"),
    (entity_words, "item", "item", "articolo"),
    (entity_words, "stock", "stock", "giacenza"),
    (status_words, Status.LOW, "low", "sottoscorta"),
    (status_words, Status.OUT, "out", "esaurito"),
    (order_status_words, "draft", "draft", "bozza"),
    (bottle_state_words, BottleState.SEALED, "sealed", "sigillata"),
    (bottle_state_words, BottleState.OPEN, "open", "aperta"),
    (action_words, "some_new_code", "some new code", "some new code"),  # unknown: as it is
]


@pytest.mark.parametrize(("words", "code", "english", "in_italian"), CASES)
def test_a_code_in_english(words: Words, code: str, english: str, in_italian: str) -> None:
    assert words(code) == english


@pytest.mark.usefixtures("italian")
@pytest.mark.parametrize(("words", "code", "english", "in_italian"), CASES)
def test_a_code_in_italian(words: Words, code: str, english: str, in_italian: str) -> None:
    assert words(code) == in_italian
