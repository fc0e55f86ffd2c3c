"""Who may take back what: one's own slip within the shift, or anything for an owner.

The shift is the last `shift_hours` hours (a setting, 12 by default): long enough for
an evening, short enough that yesterday's figures are the owner's to correct.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.models import Movement, utcnow
from inventory_app.domain.errors import NotFoundError
from inventory_app.domain.permissions import Action
from inventory_app.i18n.catalogue import tr
from inventory_app.services.people.permissions import require, user_key
from inventory_app.services.settings import shift_hours


def within_shift(session: Session, at: datetime, *, now: datetime | None = None) -> bool:
    return at >= (now or utcnow()) - timedelta(hours=shift_hours(session))


def require_undo(
    session: Session, author: str, *, done_by: str, at: datetime, now: datetime | None = None
) -> None:
    """Refuse unless `author` did it within the shift, or may undo anyone's action."""
    own = user_key(done_by) == user_key(author)
    if own and within_shift(session, at, now=now):
        require(session, author, Action.UNDO_OWN)
    else:
        require(session, author, Action.UNDO_OTHERS)


def require_undo_movement(
    session: Session, movement_id: int, *, author: str, now: datetime | None = None
) -> None:
    """The same rule for a ledger line; an unknown id is NotFound, not a refusal."""
    row = session.execute(
        select(Movement.author, Movement.at).where(Movement.id == movement_id)
    ).one_or_none()
    if row is None:
        raise NotFoundError(tr("no movement with id {id}").format(id=movement_id))

    require_undo(session, author, done_by=row.author, at=row.at, now=now)
