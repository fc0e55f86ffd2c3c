"""Two finalised counts with a purchase, sales and waste between them: a report to read."""

from __future__ import annotations

from decimal import Decimal

from inventory_app.db.engine import Database
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.units import Unit
from inventory_app.services.counts import sessions as counts
from inventory_app.services.ledger.movements import adjust, record_movement
from inventory_app.services.selling.sales import sell
from tests.conftest import AUTHOR
from tests.services.count_fixtures import CountBar, make_count_bar

D = Decimal


def count(db: Database, **quantities: Decimal) -> int:
    """A whole-bar count with these quantities by SKU, finalised."""
    with db.transaction() as s:
        started = counts.start_count(s, author=AUTHOR)
        for sku, quantity in quantities.items():
            counts.set_line(s, sku.replace("_", "-"), author=AUTHOR, quantity=quantity)
        counts.finalise_count(s, author=AUTHOR)
        return started.id


def make_two_counts(db: Database) -> tuple[CountBar, int, int]:
    """Count 1 as on hand; then 1 l of Campari bought, 10 Negroni sold, 70 ml whisky wasted."""
    with db.transaction() as s:
        bar = make_count_bar(s)
    first = count(db, WHI_MONKEY=D(1400), AMA_CAMP=D(2000), CUP_12=D(100))
    with db.transaction() as s:
        record_movement(s, bar.campari, D(1000), Reason.RECEIVE, author=AUTHOR)
        sell(s, "Negroni", author=AUTHOR, quantity=D(10))
        adjust(s, "WHI-MONKEY", D(-70), Unit.ML, Reason.WASTE, author=AUTHOR)
    second = count(db, WHI_MONKEY=D(1190), AMA_CAMP=D(2640), CUP_12=D(90))
    return bar, first, second
