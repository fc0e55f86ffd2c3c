"""The week the Control page and its models are tested on, staged once for both.

Campari opened three times with nothing sold; Tanqueray opened once then undone; a whisky
bottle open since 2024 (past the 12-month oxidation age); a flask past its shelf life.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from inventory_app.domain.catalogue import ItemKind, Reason, Tracking
from inventory_app.services.bottles.containers import add_bottle, open_container
from inventory_app.services.ledger import movements as stock
from inventory_app.services.undo.movements import undo_opening
from tests.conftest import AUTHOR, make_item

WEDNESDAY_EVENING = datetime(2026, 3, 4, 18, 0)  # naive UTC, Wednesday or Thursday anywhere


def stage_control_week(s: Session) -> None:
    for _ in range(3):
        open_container(s, "CAMP-1L", author=AUTHOR, at=WEDNESDAY_EVENING)
    wrong = open_container(s, "GIN-TANQ", author=AUTHOR, at=WEDNESDAY_EVENING)
    undo_opening(s, wrong.movement_id, author=AUTHOR)
    make_item(s, "WHI-MAC18", name="Macallan 18", tracking=Tracking.SERIAL)
    add_bottle(s, "WHI-MAC18", label="Cask 7", author=AUTHOR, at=datetime(2023, 12, 1))
    open_container(s, "#1", author=AUTHOR, at=datetime(2024, 1, 1))
    flask = make_item(
        s, "FL-NEG", name="Batched Negroni", kind=ItemKind.FLASK, size=Decimal(500),
        shelf_life_days=14,
    )  # fmt: skip
    stock.record_movement(
        s, flask, Decimal(500), Reason.PREP_MAKE, author=AUTHOR, at=datetime(2026, 1, 5)
    )
