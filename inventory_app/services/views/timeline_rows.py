"""The lines of the timeline and the questions asked of it: plain values, no SQL.

services/views/timeline_sql.py builds the statement that answers a `TimelineFilter`;
services/views/timeline.py runs it and is what the History page and `history` call.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, NamedTuple

from inventory_app.domain import display
from inventory_app.domain.units import BaseUnit, plain_quantity
from inventory_app.services.support.code_words import entity_words, reason_words
from inventory_app.services.views.change_words import change_sentence

PAGE = 200


class Kind(StrEnum):
    MOVEMENT = "movement"  # a line of the stock ledger
    CHANGE = "change"  # an entry of the audit log


class Sort(StrEnum):
    """Orders the database can give cheaply; ties always fall back to the date."""

    AT = "at"
    AUTHOR = "author"
    REASON = "reason"
    WHAT = "what"


@dataclass(frozen=True)
class TimelineFilter:
    """What the History page and `history` ask for; empty fields filter nothing.

    `since` and `until` are naive UTC like the stored times; `until` is exclusive.
    `entity` narrows changes to one kind of thing (item, recipe, user, ...).
    """

    item_id: int | None = None
    person: str = ""
    reason: str = ""
    kind: Kind | None = None
    entity: str = ""
    since: datetime | None = None
    until: datetime | None = None
    search: str = ""


class TimelineRow(NamedTuple):
    """One line of the timeline; a named tuple: a page builds 200 of them (a frozen
    dataclass took four times as long to build, a third of the page's Python time)."""

    kind: Kind
    entry_id: int
    at: datetime
    author: str
    item_id: int | None
    sku: str
    what: str  # the item's name, or what the changed thing is called
    entity: str  # "" for a movement
    reason: str  # a movement's reason, or a change's action
    delta: Decimal | None
    unit: str
    bottle: str  # '#12 Cask 1234, bottle 56/300' for a bottle's movements, else ""
    reference: str
    note: str
    before: str | None
    after: str | None
    undoes_id: int | None
    undone: bool
    detail: str = ""  # a sale line's drink: 'Sale: Negroni ×2, take-away' (`described`)

    @property
    def is_undo(self) -> bool:
        return self.undoes_id is not None

    @property
    def delta_text(self) -> str:
        """'+700 ml', '-30 ml'; a change shows what it changed: 'cost: 21 → 23'."""
        if self.delta is None:
            return change_text(self.before, self.after)
        sign = "+" if self.delta > 0 else ""
        return sign + plain_quantity(self.delta, BaseUnit(self.unit))

    @property
    def change_shown(self) -> str:
        """What a person reads: '+13,666.6 ml', or 'cost of Campari 1 L: €13.90 → €14.50'."""
        if self.delta is None:
            return change_sentence(self.entity, self.what, self.reason, self.before, self.after)
        return display.quantity_text(self.delta, self.unit, signed=True)

    @property
    def reference_shown(self) -> str:
        """A sale line names its drink and keeps its reference: 'Sale: Negroni ×2 (sale:7)'."""
        return f"{self.detail} ({self.reference})" if self.detail else self.reference

    @property
    def kind_text(self) -> str:
        """The kind as a code ('stock', 'item'): JSON output and filters keep it."""
        return "stock" if self.kind == Kind.MOVEMENT else self.entity

    @property
    def kind_shown(self) -> str:
        """The kind as a person reads it: 'stock' / 'giacenza', 'item' / 'articolo'."""
        return entity_words(self.kind_text)

    @property
    def reason_shown(self) -> str:
        """The reason (or a change's action) as a person reads it: 'waste' / 'scarto'."""
        return reason_words(self.reason)


def change_text(before: str | None, after: str | None) -> str:
    """The changed fields of an audit entry, old value to new, in one line."""
    old: dict[str, Any] = json.loads(before) if before else {}
    new: dict[str, Any] = json.loads(after) if after else {}
    parts = []
    for field in dict.fromkeys([*old, *new]):
        if field in old and field in new:
            parts.append(f"{field}: {old[field]} → {new[field]}")
        elif field in new:
            parts.append(f"{field}: {new[field]}")
        else:
            parts.append(f"{field}: {old[field]} removed")
    return "; ".join(parts)
