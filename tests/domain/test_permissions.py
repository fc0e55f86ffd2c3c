"""The role table: the owner may do everything, a bartender the work of an evening."""

from __future__ import annotations

from typing import Any

import pytest

from inventory_app.domain.permissions import (
    BARTENDER_ACTIONS,
    PHRASES,
    Action,
    Role,
    allowed,
    refusal,
)
from inventory_app.i18n.catalogue import ITALIAN, in_language

EVENING = {"sell", "open_bottle", "finish_bottle", "waste", "make_prep", "count_line",
           "import_sales", "undo_own"}  # fmt: skip


@pytest.mark.parametrize("action", list(Action))
def test_the_table(action: Action) -> None:
    assert allowed(Role.OWNER, action)
    assert allowed(Role.BARTENDER, action) == (action.value in EVENING)
    assert action in PHRASES


def test_only_the_evening_for_a_bartender() -> None:
    assert {a.value for a in BARTENDER_ACTIONS} == EVENING


def test_refusal_message() -> None:
    assert refusal("giulia", Role.BARTENDER, Action.EDIT_COSTS) == (
        "Only the owner may change costs (you are signed in as giulia, bartender)."
    )


ROLE_LABELS = [
    (Role.OWNER, "owner", "titolare"),
    (Role.BARTENDER, "bartender", "barista"),
]


@pytest.mark.parametrize(("value", "english", "italiano"), ROLE_LABELS)
def test_role_labels_in_both_languages(value: Any, english: str, italiano: str) -> None:
    """A stored value reads as its label: English as it always read, Italian as a bar says it."""
    assert value.label == english
    with in_language(ITALIAN):
        assert value.label == italiano


def test_every_role_value_has_a_label() -> None:
    assert all(value.label for value in Role)
