"""The demo bar's rare bottles and a week of openings, loaded through the real services.

The demo needs a past: bottles opened weeks or months ago (one for over a year, to
show the oxidation flag). The services take that through their documented `at`
parameter, meant for loading history; the bar's own use always records now.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from inventory_app.db.models import utcnow
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.money import parse_money
from inventory_app.domain.units import parse_decimal
from inventory_app.i18n.catalogue import tr
from inventory_app.io.tabular import read_sheet, rows_as_dicts
from inventory_app.resources import resource_path
from inventory_app.services.bottles.containers import add_bottle, empty_container, open_container
from inventory_app.services.catalogue.items import find_item
from inventory_app.services.ledger.movements import record_movement

RECEIVED_BEFORE_OPENING = timedelta(days=30)
SEALED_RECEIVED = timedelta(days=45)


def load_demo_bottles(session: Session, *, author: str, now: datetime | None = None) -> int:
    """Each bottle is received, opened on its day, and measured at its demo level."""
    moment = now or utcnow()
    sheet = read_sheet(resource_path("demo", "bottles.csv"))
    for _, row in rows_as_dicts(sheet):
        days = row.get("opened_days_ago", "")
        opened = moment - timedelta(days=int(days)) if days else None
        received = opened - RECEIVED_BEFORE_OPENING if opened else moment - SEALED_RECEIVED
        bottle_id = add_bottle(
            session, row["sku"], label=row["label"], author=author, at=received,
            cost=parse_money(row["cost"]), barcode=row.get("barcode") or None,
            abv=parse_decimal(row["abv"]) if row.get("abv") else None,
            vintage=int(row["vintage"]) if row.get("vintage") else None,
            cask=row.get("cask", ""), bottle_number=row.get("bottle_number", ""),
        )  # fmt: skip
        if opened is not None:
            open_container(session, f"#{bottle_id}", author=author, at=opened)
            _measure(session, row["sku"], bottle_id, Decimal(row["remaining_ml"]), author)
    return len(sheet.rows)


def _measure(session: Session, sku: str, bottle_id: int, remaining: Decimal, author: str) -> None:
    """The open bottle's level today, as a count of that bottle would record it."""
    item = find_item(session, sku)
    record_movement(
        session, item.id, remaining - item.size, Reason.COUNT, author=author,
        bottle_id=bottle_id, note=tr("demo bar: level of the open bottle"),
    )  # fmt: skip


def load_demo_openings(session: Session, *, author: str, now: datetime | None = None) -> int:
    """A week of bulk openings and finishes, oldest first, for the control report."""
    moment = now or utcnow()
    sheet = read_sheet(resource_path("demo", "openings.csv"))
    events = sorted(rows_as_dicts(sheet), key=lambda pair: -int(pair[1]["days_ago"]))
    for _, row in events:
        step = open_container if row["action"] == "open" else empty_container
        step(session, row["sku"], author=author, at=moment - timedelta(days=int(row["days_ago"])))
    return len(events)
