"""Weeks of window sales for the demo bar, so days of cover and the dashboard have usage to read.

The sales go through the real POS import; afterwards every item is counted back to the
level the demo catalogue gives it, so the demo shows the same low and out items.
"""

from __future__ import annotations

import csv
import random
import tempfile
from datetime import date, time, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from inventory_app.i18n.catalogue import tr
from inventory_app.services.catalogue.items import get_item
from inventory_app.services.imports.sales import SalesFormat, import_sales
from inventory_app.services.ledger.movements import set_level
from inventory_app.services.selling.sales import menu
from inventory_app.services.views.stock import stock_rows

WEEKEND = (4, 5)  # Friday and Saturday evenings sell about five times a weekday
DRINKS = {True: 250, False: 50}
TAKEAWAY_SHARE = 0.85


def load_sales_history(
    session: Session, *, author: str, today: date | None = None, weeks: int = 4
) -> int:
    """Import `weeks` of evenings before today and count back to the demo's levels."""
    levels = {row.item_id: row.on_hand for row in stock_rows(session)}
    names = [entry.name for entry in menu(session)]
    if not names:
        return 0
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo-sales-history.csv"
        _write_evenings(path, names, today or date.today(), weeks)
        summary = import_sales(session, path, author=author, fmt=SalesFormat.GENERIC)
    for item_id, level in levels.items():
        set_level(
            session, get_item(session, item_id), level, author=author,
            note=tr("demo: counted after the weeks of sales"),
        )  # fmt: skip
    return summary.imported


def _write_evenings(path: Path, names: list[str], today: date, weeks: int) -> None:
    """A generic POS export: one line per drink, the popular ones more often."""
    rng = random.Random(2026)  # the same demo every time
    weights = [1 / (rank + 1) for rank in range(len(names))]
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["date", "time", "item", "qty", "channel", "transaction_id"])
        for back in range(weeks * 7, 0, -1):
            day = today - timedelta(days=back)
            for n in range(DRINKS[day.weekday() in WEEKEND]):
                minute = rng.randrange(18 * 60, 24 * 60)
                when = time(minute // 60, minute % 60)
                channel = "takeaway" if rng.random() < TAKEAWAY_SHARE else "speakeasy"
                name = rng.choices(names, weights)[0]
                out.writerow(
                    [day.isoformat(), when.strftime("%H:%M"), name, 1, channel,
                     f"demo-{day:%Y%m%d}-{n}"]
                )  # fmt: skip
