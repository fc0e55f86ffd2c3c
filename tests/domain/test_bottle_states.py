"""The bottle state machine: sealed -> open -> empty, and clear refusals otherwise."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from inventory_app.domain.bottle_states import (
    BottleState,
    Opening,
    add_months,
    check_bulk_finish,
    next_state,
    oxidised,
    state_before,
)
from inventory_app.domain.errors import InputError
from inventory_app.i18n.catalogue import ITALIAN, in_language

SEALED, OPEN, EMPTY = BottleState.SEALED, BottleState.OPEN, BottleState.EMPTY


@pytest.mark.parametrize(
    ("state", "action", "after"),
    [(SEALED, Opening.OPEN, OPEN), (OPEN, Opening.EMPTY, EMPTY)],
)
def test_allowed_steps(state: BottleState, action: Opening, after: BottleState) -> None:
    assert next_state(state, action, name="#1 Cask 7") is after


@pytest.mark.parametrize(
    ("state", "action", "message"),
    [
        (OPEN, Opening.OPEN, "#1 Cask 7 is already open"),
        (EMPTY, Opening.OPEN, "#1 Cask 7 is empty: an empty bottle cannot be opened again"),
        (SEALED, Opening.EMPTY, "#1 Cask 7 is still sealed: open it before finishing it"),
        (EMPTY, Opening.EMPTY, "#1 Cask 7 is already empty"),
    ],
)
def test_refused_steps(state: BottleState, action: Opening, message: str) -> None:
    with pytest.raises(InputError) as caught:
        next_state(state, action, name="#1 Cask 7")
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("state", "action", "before"),
    [(OPEN, Opening.OPEN, SEALED), (EMPTY, Opening.EMPTY, OPEN)],
)
def test_undo_steps_back(state: BottleState, action: Opening, before: BottleState) -> None:
    assert state_before(state, action, name="#1") is before


def test_undo_of_an_opening_after_the_finish_is_refused() -> None:
    with pytest.raises(InputError, match="#1 is finished now: undo what happened"):
        state_before(EMPTY, Opening.OPEN, name="#1")


@pytest.mark.parametrize(("open_count", "ok"), [(0, False), (1, True), (3, True)])
def test_bulk_finish_needs_an_open_container(open_count: int, ok: bool) -> None:
    if ok:
        check_bulk_finish(open_count, name="Campari")
    else:
        with pytest.raises(InputError, match="no open container of Campari to finish"):
            check_bulk_finish(open_count, name="Campari")


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (datetime(2025, 1, 31, 20), 1, datetime(2025, 2, 28, 20)),
        (datetime(2024, 2, 29), 12, datetime(2025, 2, 28)),
        (datetime(2025, 11, 15), 2, datetime(2026, 1, 15)),
        (datetime(2025, 3, 10), 0, datetime(2025, 3, 10)),
    ],
)
def test_add_months(start: datetime, months: int, expected: datetime) -> None:
    assert add_months(start, months) == expected


@pytest.mark.parametrize(
    ("now", "flagged"),
    [
        (datetime(2026, 3, 9, 23, 59), False),
        (datetime(2026, 3, 10, 12, 0), True),
        (datetime(2027, 1, 1), True),
    ],
)
def test_oxidised_from_the_day_twelve_months_on(now: datetime, flagged: bool) -> None:
    assert oxidised(datetime(2025, 3, 10, 12, 0), now, 12) is flagged


BOTTLE_STATE_LABELS = [
    (BottleState.SEALED, "sealed", "sigillata"),
    (BottleState.OPEN, "open", "aperta"),
    (BottleState.EMPTY, "empty", "finita"),
    (Opening.OPEN, "opened", "aperta"),
    (Opening.EMPTY, "finished", "finita"),
]


@pytest.mark.parametrize(("value", "english", "italiano"), BOTTLE_STATE_LABELS)
def test_bottle_state_labels_in_both_languages(value: Any, english: str, italiano: str) -> None:
    """A stored value reads as its label: English as it always read, Italian as a bar says it."""
    assert value.label == english
    with in_language(ITALIAN):
        assert value.label == italiano


def test_every_bottle_state_value_has_a_label() -> None:
    assert all(value.label for value in BottleState)
    assert all(value.label for value in Opening)
