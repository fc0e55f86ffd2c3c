"""What the History page's filter bar offers: people, reasons, kinds of things and items."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inventory_app.db.models import AuditEntry, Item, Movement
from inventory_app.domain.catalogue import Reason


@dataclass(frozen=True)
class TimelineChoices:
    """What the History page's filter bar offers (the people come apart: they change more)."""

    items: list[tuple[int, str]]
    reasons: list[str]
    entities: list[str]


def timeline_choices(session: Session) -> TimelineChoices:
    """The items, reasons and kinds of things of the filter bar, read together."""
    return TimelineChoices(
        items=item_choices(session), reasons=reasons(session), entities=entities(session)
    )


def people(session: Session) -> list[str]:
    """Everyone who ever did something, for the person filter."""
    names = select(Movement.author).union(select(AuditEntry.author)).subquery()
    return sorted(session.scalars(select(names.c.author)), key=str.lower)


def reasons(session: Session) -> list[str]:
    """Every ledger reason and every change action seen so far."""
    actions = session.scalars(select(AuditEntry.action).distinct())
    return [*(r.value for r in Reason), *sorted(set(actions) - {r.value for r in Reason})]


def entities(session: Session) -> list[str]:
    """The kinds of things the audit log has seen changed."""
    return sorted(session.scalars(select(AuditEntry.entity).distinct()))


def item_choices(session: Session) -> list[tuple[int, str]]:
    """Every item (retired ones too: their history stays), as 'Campari (AMA-CAMP)'."""
    rows = session.execute(select(Item.id, Item.name, Item.sku).order_by(func.lower(Item.name)))
    return [(item_id, f"{name} ({sku})") for item_id, name, sku in rows]
