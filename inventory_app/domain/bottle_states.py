"""The life of a container: a bottle goes sealed -> open -> empty, and only that way."""

from __future__ import annotations

import calendar
from datetime import datetime
from enum import StrEnum

from inventory_app.domain.errors import InputError
from inventory_app.i18n.catalogue import N_, NC_, tr, trc


class BottleState(StrEnum):
    SEALED = "sealed"
    OPEN = "open"
    EMPTY = "empty"

    @property
    def label(self) -> str:
        """The state as a person reads it ('sealed', 'sigillata'); the value is stored."""
        return trc("bottle state", _STATE_LABELS[self])


class Opening(StrEnum):
    """What the bartender does to a container; each is a ledger reason of the same name."""

    OPEN = "open"
    EMPTY = "empty"

    @property
    def label(self) -> str:
        """What the opening log says was done ('opened', 'finita'); the value is stored."""
        return trc("opening log", _OPENING_LABELS[self])


_OPENING_LABELS = {
    Opening.OPEN: NC_("opening log", "opened"),
    Opening.EMPTY: NC_("opening log", "finished"),
}
_STATE_LABELS = {
    BottleState.SEALED: NC_("bottle state", "sealed"),
    BottleState.OPEN: NC_("bottle state", "open"),
    BottleState.EMPTY: NC_("bottle state", "empty"),
}
_NEXT = {
    (BottleState.SEALED, Opening.OPEN): BottleState.OPEN,
    (BottleState.OPEN, Opening.EMPTY): BottleState.EMPTY,
}
_REFUSED = {
    (BottleState.OPEN, Opening.OPEN): N_("{name} is already open"),
    (BottleState.EMPTY, Opening.OPEN): N_(
        "{name} is empty: an empty bottle cannot be opened again"
    ),
    (BottleState.SEALED, Opening.EMPTY): N_("{name} is still sealed: open it before finishing it"),
    (BottleState.EMPTY, Opening.EMPTY): N_("{name} is already empty"),
}
# "Undo what happened to it after this <opening/finishing> first", one sentence per case.
_LATER = {
    (BottleState.SEALED, Opening.OPEN): N_(
        "{name} is sealed now: undo what happened to it after this open first"
    ),
    (BottleState.EMPTY, Opening.OPEN): N_(
        "{name} is finished now: undo what happened to it after this open first"
    ),
    (BottleState.SEALED, Opening.EMPTY): N_(
        "{name} is sealed now: undo what happened to it after this empty first"
    ),
    (BottleState.OPEN, Opening.EMPTY): N_(
        "{name} is open now: undo what happened to it after this empty first"
    ),
}


def next_state(state: BottleState, action: Opening, *, name: str) -> BottleState:
    """The state after the action, or a clear refusal naming the bottle."""
    after = _NEXT.get((state, action))
    if after is None:
        raise InputError(tr(_REFUSED[(state, action)]).format(name=name))
    return after


def state_before(state: BottleState, action: Opening, *, name: str) -> BottleState:
    """The state an undo of the action returns to; only the latest step can be undone."""
    before = {Opening.OPEN: BottleState.SEALED, Opening.EMPTY: BottleState.OPEN}[action]
    if _NEXT[(before, action)] != state:
        raise InputError(tr(_LATER[(state, action)]).format(name=name))
    return before


def check_bulk_finish(open_containers: int, *, name: str) -> None:
    """Finishing a bulk container needs one that is open (the count never goes below zero)."""
    if open_containers < 1:
        raise InputError(
            tr("no open container of {name} to finish: open one first").format(name=name)
        )


def add_months(moment: datetime, months: int) -> datetime:
    """The same day `months` later (the month's last day when it is shorter)."""
    total = moment.month - 1 + months
    year, month = moment.year + total // 12, total % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def oxidised(opened_at: datetime, now: datetime, months: int) -> bool:
    """An open bottle of a rare spirit loses its nose after months: flag it from that day."""
    return add_months(opened_at, months) <= now
