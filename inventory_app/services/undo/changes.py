"""Taking back a change of the audit log: the before values put back, as a new entry.

Undo is a new entry pointing at the one it reverses (`undoes_id` is unique, so twice is
impossible even for two terminals racing) and is refused when the record has moved on since.
It sits above the catalogue, recipe and settings services whose records it puts back, so
the audit log below them only records.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from inventory_app.domain.errors import ConflictError, InputError
from inventory_app.i18n.catalogue import tr
from inventory_app.services.audit_log.entries import (
    UNDOABLE,
    get_change,
    plain,
    record_change,
    undone_by,
)
from inventory_app.services.ledger.undo_rules import require_undo
from inventory_app.services.support.code_words import entity_words
from inventory_app.services.undo.restorers import restorer


def undo_change(session: Session, entry_id: int, *, author: str) -> int:
    """Put back the before values, if the record still holds the after values.

    Returns the id of the `undo` entry. Who may undo what is checked here: one's own
    change within the shift, or, for an owner, any change.
    """
    change = get_change(session, entry_id)
    require_undo(session, author, done_by=change.author, at=change.at)
    if change.action not in UNDOABLE:
        raise InputError(
            tr("change {id} is a {action}; it cannot be undone").format(
                id=entry_id, action=change.action
            )
        )
    done = undone_by(session, entry_id)
    if done is not None:
        raise InputError(
            tr("change {id} was already undone (change {undo})").format(id=entry_id, undo=done)
        )
    restore = restorer(change.entity)
    current = restore.current(session, change.entity_id, list((change.after or {}).keys()))
    if change.after is not None and plain(current) != change.after:
        raise ConflictError(
            tr(
                "{what} has been changed again since change {id}; undo the later change "
                "first, or edit it by hand"
            ).format(what=change.label or entity_words(change.entity), id=entry_id)
        )

    if change.before is None:
        restore.remove(session, change.entity_id, author=author)
    else:
        restore.put_back(session, change.entity_id, change.before, author=author)
    return record_change(
        session, author=author, entity=change.entity, entity_id=change.entity_id,
        label=change.label, action="undo", before=change.after, after=change.before,
        note=tr("undo change {id}").format(id=entry_id), undoes_id=entry_id,
    )  # fmt: skip
