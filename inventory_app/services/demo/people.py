"""The demo's people and their PINs, and whether the sign-in screen may still say them.

Apart from services/demo/bar.py (which loads the whole demo bar and imports the importers):
the sign-in screen asks demo_pins on every lock and must stay light.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.models import AuditEntry
from inventory_app.domain.permissions import Role
from inventory_app.i18n.catalogue import tr
from inventory_app.services.people.permissions import find_user
from inventory_app.services.people.roster import add_user, needs_first_owner, set_secret


def load_demo_people(session: Session, *, author: str) -> None:
    """The demo's owner signs in with PIN 1234, its bartender giulia with 1111 (README).

    A line in the audit log marks the moment: until anyone's PIN or the people change
    after it, the sign-in screen may say the demo PINs (demo_pins below).
    """
    if find_user(session, author) is not None and not needs_first_owner(session):
        return  # the bar already has its own PINs: never reset them
    set_secret(session, author, DEMO_PINS[Role.OWNER], author=author)
    if find_user(session, DEMO_BARTENDER) is None:
        add_user(
            session, DEMO_BARTENDER, Role.BARTENDER, author=author, secret=DEMO_PINS[Role.BARTENDER]
        )
    else:
        set_secret(session, DEMO_BARTENDER, DEMO_PINS[Role.BARTENDER], author=author)
    session.add(
        AuditEntry(
            author=author, entity=DEMO_MARK_ENTITY, entity_id="", label=tr("the demo bar"),
            action=DEMO_MARK_ACTION, note=tr("the demo's people have the demo PINs (README)"),
        )
    )  # fmt: skip
    session.flush()


def demo_pins(session: Session) -> list[tuple[str, str]]:
    """(name, PIN) of the demo's people while they still have the demo PINs, else nothing.

    Read from the audit log, never from the hashes: only a bar the demo gave its PINs
    to, with no person added, switched or given a PIN since, is answered. A real bar's
    PINs (even a real owner who chose 1234) are never said.
    """
    mark = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == DEMO_MARK_ENTITY, AuditEntry.action == DEMO_MARK_ACTION)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    if mark is None:
        return []
    changed = select(AuditEntry.id).where(
        AuditEntry.entity == "user",
        AuditEntry.id > mark.id,
        AuditEntry.action.not_in(SIGN_IN_LINES),
    )
    if session.scalar(changed.limit(1)) is not None:
        return []
    people = {(mark.author, Role.OWNER), (DEMO_BARTENDER, Role.BARTENDER)}
    found = [(find_user(session, name), role) for name, role in people]
    return sorted(
        (user.name, DEMO_PINS[role])
        for user, role in found
        if user is not None and user.active and user.secret_hash is not None
    )


DEMO_BARTENDER = "giulia"
DEMO_PINS = {Role.OWNER: "1234", Role.BARTENDER: "1111"}
DEMO_MARK_ENTITY, DEMO_MARK_ACTION = "bar", "demo_pins"
SIGN_IN_LINES = ("sign_in_failed", "locked")  # what signing in logs: no PIN changes by it
