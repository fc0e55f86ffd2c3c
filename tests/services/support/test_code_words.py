"""The audit log's codes read as words, in the reader's language; a movement's reason on the
same History column reads through its domain label."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from inventory_app.domain.catalogue import Reason
from inventory_app.services.support.code_words import (
    ACTION_WORDS,
    ENTITY_WORDS,
    action_words,
    entity_words,
    reason_words,
)

Words = Callable[[str], str]

CASES: list[tuple[Words, str, str, str]] = [
    (reason_words, Reason.RECEIVE, "receive", "carico"),
    (reason_words, Reason.WASTE, "waste", "scarto"),
    (reason_words, Reason.BREAKAGE, "breakage", "rottura"),
    (reason_words, Reason.COMP, "comp", "omaggio"),
    (reason_words, Reason.CORRECTION, "correction", "rettifica"),
    (reason_words, Reason.SALE, "sale", "vendita"),
    (reason_words, Reason.COUNT, "count", "conta"),
    (reason_words, Reason.PREP_USE, "prep use", "uso in preparazione"),
    (reason_words, Reason.PREP_MAKE, "prep make", "preparazione"),
    (reason_words, Reason.OPEN, "open", "apertura"),
    (reason_words, "update", "update", "modifica"),  # a change's action on the same column
    (reason_words, "set_secret", "set PIN", "PIN impostato"),
    (reason_words, "sign_in_failed", "sign-in failed", "accesso fallito"),
    (reason_words, "walk_order", "walk order", "walk order"),  # unknown: as stored
    (reason_words, "a_new_one", "a new one", "a new one"),
    (action_words, "set_secret", "set PIN", "PIN impostato"),
    (action_words, "create", "create", "creazione"),
    (action_words, "demo_pins", "demo PINs", "PIN della demo"),
    (action_words, "some_new_code", "some new code", "some new code"),  # unknown: as it is
    (entity_words, "item", "item", "articolo"),
    (entity_words, "supplier", "supplier", "fornitore"),
    (entity_words, "stock_level", "stock level", "giacenza"),
    (entity_words, "stock", "stock", "giacenza"),  # the Kind of a ledger line
]


@pytest.mark.parametrize(("words", "code", "english", "in_italian"), CASES)
def test_a_code_in_english(words: Words, code: str, english: str, in_italian: str) -> None:
    assert words(code) == english


@pytest.mark.usefixtures("italian")
@pytest.mark.parametrize(("words", "code", "english", "in_italian"), CASES)
def test_a_code_in_italian(words: Words, code: str, english: str, in_italian: str) -> None:
    assert words(code) == in_italian


def test_every_action_and_entity_the_services_record_has_a_word() -> None:
    """What services/ writes to the audit log (record_change and sign-in lines)."""
    recorded = {"create", "update", "undo", "rebuild", "refused", "set_secret", "enable",
                "disable", "sign_in_failed", "locked", "demo_pins"}  # fmt: skip
    changed = {"item", "recipe", "level", "stock_level", "supplier", "location", "setting",
               "user", "bottle", "permission", "bar", "prep_batch"}  # fmt: skip
    assert recorded <= set(ACTION_WORDS) and changed <= set(ENTITY_WORDS)
