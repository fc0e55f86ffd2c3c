"""A batch's label in the bar's language (or the one asked for): see domain/batch_label.py.

The allergens are the flask's own and its prep's ingredients' (services/recipes/allergens.py,
through preps of preps), named as Annex II names them in that language; the storage note
is the flask item's notes (where the bar writes 'fridge, 2-4 °C'), so no second field has
to be kept in step with it.
"""

from __future__ import annotations

import math
from decimal import Decimal

from sqlalchemy.orm import Session

from inventory_app.db.models import Item
from inventory_app.domain.allergens import numbered
from inventory_app.domain.batch_label import BatchLabel
from inventory_app.i18n.catalogue import in_language, tr
from inventory_app.i18n.formats import date_text
from inventory_app.services.batches.batches import find_batch, local_date
from inventory_app.services.recipes.allergens import AllergenBook
from inventory_app.services.settings import bar_language


def batch_label(session: Session, code: str, *, language: str | None = None) -> BatchLabel:
    batch = find_batch(session, code)
    item = session.get(Item, batch.item_id)
    assert item is not None
    found = AllergenBook(session).of_item(item)
    wanted = language or bar_language(session)
    with in_language(wanted):
        made = local_date(batch.made_at) if batch.made_at else None
        return BatchLabel(
            code=batch.code, name=item.name,
            made_on=tr("Made on {date}").format(date=date_text(made)) if made
            else tr("Made on: not known"),
            use_by=tr("Use by {date}").format(date=date_text(batch.use_by)) if batch.use_by
            else "",
            allergens=tr("Allergens: {allergens}").format(
                allergens=numbered(found, wanted) if found else tr("none of the 14")
            ),
            storage=tr("Storage: {note}").format(note=" ".join(item.notes.split()))
            if item.notes.strip() else "",
            made_by=tr("Made by {person}").format(person=batch.made_by) if batch.made_by else "",
            language=wanted,
        )  # fmt: skip


def flasks_filled(session: Session, code: str) -> int:
    """How many flasks a batch filled (at least one): a label for each, by default."""
    batch = find_batch(session, code)
    item = session.get(Item, batch.item_id)
    assert item is not None
    if batch.quantity <= 0 or item.size <= 0:
        return 1
    return max(1, math.ceil(batch.quantity / item.size - Decimal("0.05")))
