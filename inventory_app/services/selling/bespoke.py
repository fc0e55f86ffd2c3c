"""A bespoke drink at the counter: made to the guest's taste, sold at a price typed in.

The speakeasy pours what the guest likes (issue 18). The sale is an ordinary `sales` row
with no recipe: its takings count wherever sales count (Dashboard, Variance, beverage
cost), its movements reference it as sale:<id> like any sale's, and undo_sale voids it
as any other. What was poured is in those movements; the note keeps whose or what it was.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.models import RecipeLine, Sale, utcnow
from inventory_app.domain.errors import InputError
from inventory_app.domain.money import format_money
from inventory_app.domain.permissions import Action
from inventory_app.domain.recipes import Channel, SaleKind
from inventory_app.i18n.catalogue import N_, tr
from inventory_app.services.ledger.movements import below_zero
from inventory_app.services.people.permissions import require
from inventory_app.services.selling.pours import PerDrink, PourSpec
from inventory_app.services.selling.sales import SaleResult, sale_reference
from inventory_app.services.settings import default_channel

BESPOKE = N_("Bespoke drink")
NOTE_LENGTH = 400


def sell_bespoke(
    session: Session,
    pours: list[PourSpec],
    *,
    price: Decimal,
    author: str,
    channel: Channel | None = None,
    note: str = "",
    at: datetime | None = None,
) -> SaleResult:
    """One drink of these pours at this price: the sale and a `sale` movement per item.

    The sale keeps the words "Bespoke drink" in the seller's language as its name (a
    sale's name is kept as sold), and goes through when stock runs short: it was poured.
    """
    require(session, author, Action.SELL)
    if price < 0:
        raise InputError(
            tr("expected a price of zero or more, got {text}").format(text=format_money(price))
        )
    note = note.strip()
    if len(note) > NOTE_LENGTH:
        raise InputError(tr("a note is at most {count} characters").format(count=NOTE_LENGTH))
    per_drink = PerDrink(session, pours)
    channel = channel or bespoke_channel(session)
    recorded = utcnow()
    now = at or recorded
    sale = Sale(
        at=now, recipe_id=None, recipe_name=tr(BESPOKE), quantity=Decimal(1),
        channel=channel.value, kind=SaleKind.SALE.value, gross_amount=price, author=author,
        recorded_at=recorded, note=note,
    )  # fmt: skip
    session.add(sale)
    session.flush()
    written = per_drink.deduct(
        session, drinks=Decimal(1), reference=sale_reference(sale.id), at=now, author=author
    )
    return SaleResult(
        sale_id=sale.id,
        recipe=sale.recipe_name,
        quantity=sale.quantity,
        channel=channel,
        movements=len(written),
        shortages=below_zero(session, sorted(per_drink.amounts)),
        unassigned=per_drink.unassigned(written),
    )


def bespoke_channel(session: Session) -> Channel:
    """Where a bespoke drink goes unless told: the speakeasy when the bar has one.

    A bar has one when it says so (its default channel), or a recipe line or a sale
    names it; a take-away-only bar sells its specials to go.
    """
    fallback = default_channel(session)
    if fallback == Channel.SPEAKEASY:
        return fallback
    speakeasy = Channel.SPEAKEASY.value
    named = session.scalar(
        select(RecipeLine.id).where(RecipeLine.channel == speakeasy).limit(1)
    ) or session.scalar(select(Sale.id).where(Sale.channel == speakeasy).limit(1))
    return Channel.SPEAKEASY if named is not None else fallback
