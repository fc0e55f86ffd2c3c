"""The timeline's story: Friday's receipt, Saturday's openings and sale, a change and its undo."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from inventory_app.db.engine import Database
from inventory_app.db.models import AuditEntry
from inventory_app.domain.catalogue import Reason
from inventory_app.services.bottles import containers as bottles
from inventory_app.services.ledger import movements as stock
from inventory_app.services.views.timeline import TimelineFilter, timeline
from tests.services.bottle_fixtures import make_shelf

D = Decimal
SATURDAY = datetime(2026, 11, 21, 18, 0)


@dataclass(frozen=True)
class Story:
    campari: int
    whisky: int
    bottle: int
    sale: int  # Bob's sale of Campari on Saturday
    opening: int  # Ann's third opening of Campari on Saturday
    change: int  # the owner's cost change


def add_audit(session: Session, at: datetime, **fields: object) -> int:
    entry = AuditEntry(at=at, **fields)
    session.add(entry)
    session.flush()
    return entry.id


def make_story(db: Database) -> Story:
    """Friday's receipt, Saturday's three Campari openings and a sale, a change, an undo."""
    with db.transaction() as s:
        shelf = make_shelf(s)
        stock.record_movement(
            s, shelf.campari, D(3000), Reason.RECEIVE, author="owner", reference="order:7",
            at=SATURDAY - timedelta(days=1),
        )  # fmt: skip
        for hour in (0, 1):
            at = SATURDAY + timedelta(hours=hour)
            stock.record_movement(s, shelf.campari, D(0), Reason.OPEN, author="Bob", at=at)
        opening = stock.record_movement(
            s, shelf.campari, D(0), Reason.OPEN, author="Ann", at=SATURDAY + timedelta(hours=3)
        )
        sale = stock.record_movement(
            s, shelf.campari, D(-30), Reason.SALE, author="Bob", reference="sale:9",
            note="Negroni", at=SATURDAY + timedelta(hours=4),
        )  # fmt: skip
        bottles.open_container(s, "MAC-1", author="Ann", at=SATURDAY + timedelta(hours=2))
        change = add_audit(
            s, SATURDAY + timedelta(hours=5), author="owner", entity="item",
            entity_id=str(shelf.campari), label="Campari", action="update",
            before=json.dumps({"cost": "21.00"}), after=json.dumps({"cost": "23.50"}),
        )  # fmt: skip
        add_audit(
            s, SATURDAY + timedelta(hours=6), author="owner", entity="item",
            entity_id=str(shelf.campari), label="Campari", action="undo", undoes_id=change,
            before=json.dumps({"cost": "23.50"}), after=json.dumps({"cost": "21.00"}),
        )  # fmt: skip
        add_audit(
            s, SATURDAY, author="owner", entity="user", entity_id="2", label="Bob", action="create"
        )
    return Story(shelf.campari, shelf.whisky, shelf.bottles[0], sale, opening, change)


def read(db: Database, where: TimelineFilter = TimelineFilter(), **kw: object) -> list:  # noqa: B008
    with db.reading() as s:
        return timeline(s, where, **kw)  # type: ignore[arg-type]
