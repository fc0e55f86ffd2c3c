"""Taking back a ledger line: a compensating movement, and for an opening its bottle too.

The one door for every history list, the window's and the command line's: an opening or a
finish steps its bottle back (a wrong scan), anything else gets its compensating movement.
Who may is the same rule as for changes (`ledger/undo_rules.py`).
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inventory_app.db.models import Bottle, Item, Movement
from inventory_app.domain.bottle_states import BottleState, Opening, check_bulk_finish, state_before
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.errors import InputError, NotFoundError
from inventory_app.i18n.catalogue import N_, tr
from inventory_app.services.bottles.containers import open_count
from inventory_app.services.bottles.targets import bottle_name
from inventory_app.services.ledger.movements import undo
from inventory_app.services.ledger.undo_rules import require_undo_movement

# Notes written in the language of the person undoing, as they would write them by hand.
_UNDO_NOTES = {"open": N_("undo open"), "empty": N_("undo empty")}


def undo_opening(session: Session, movement_id: int, *, author: str) -> int:
    """Take back an opening or a finish (a wrong scan): the ledger and the bottle step back."""
    require_undo_movement(session, movement_id, author=author)
    original = session.get(Movement, movement_id)
    if original is None:
        raise NotFoundError(tr("no movement with id {id}").format(id=movement_id))
    if original.reason not in (Reason.OPEN, Reason.EMPTY):
        raise InputError(
            tr("movement {id} is a {reason}, not an opening").format(
                id=movement_id, reason=Reason(original.reason).label
            )
        )
    action = Opening(original.reason)
    done = session.scalar(select(Movement.id).where(Movement.undoes_id == movement_id))
    if done is not None:
        if action == Opening.OPEN:
            text = tr("this opening was already undone (movement {undo})")
        else:
            text = tr("this finish was already undone (movement {undo})")
        raise InputError(text.format(undo=done))
    item = session.get_one(Item, original.item_id)
    if original.bottle_id is not None:
        _step_back(session, original, action)
    elif action == Opening.OPEN:
        check_bulk_finish(open_count(session, item.id), name=item.name)
    undone = undo(session, movement_id, author=author, note=tr(_UNDO_NOTES[action.value]))
    settled = session.scalar(
        select(Movement.id).where(Movement.reference == f"empty:{movement_id}")
    )
    if settled is not None:
        undo(session, settled, author=author, note=tr("undo the write-off of a finished bottle"))
    return undone


def undo_movement(session: Session, movement_id: int, *, author: str) -> int:
    """Undo any movement from a history list; an opening or a finish steps its bottle back."""
    reason = session.scalar(select(Movement.reason).where(Movement.id == movement_id))
    if reason in (Reason.OPEN, Reason.EMPTY):
        return undo_opening(session, movement_id, author=author)
    return undo(session, movement_id, author=author)


def _step_back(session: Session, original: Movement, action: Opening) -> None:
    bottle = session.get_one(Bottle, original.bottle_id)
    name = bottle_name(bottle)
    if action == Opening.OPEN:
        state_before(BottleState(bottle.state), action, name=name)
        poured = session.scalar(
            select(func.sum(Movement.delta)).where(
                Movement.bottle_id == bottle.id, Movement.id > original.id
            )
        )
        if poured:
            raise InputError(
                tr("{name} has been poured from since it was opened: it stays open").format(
                    name=name
                )
            )

        bottle.state, bottle.opened_at = BottleState.SEALED.value, None
    else:
        bottle.state = state_before(BottleState(bottle.state), action, name=name).value
        bottle.emptied_at = None
