"""The variance model: worst loss first, leaking rows highlighted, Qt's model rules kept."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from inventory_app.db.engine import Database
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.services.catalogue.items import save_item
from inventory_app.services.counts import sessions as counts
from inventory_app.services.counts.report import count_report
from inventory_app.ui.models.variance_model import BAND_FILL, VarianceColumn, VarianceModel
from tests.conftest import AUTHOR
from tests.ui.conftest import Bar

D = Decimal


def test_variance_rows_and_colours(db: Database, bar: Bar) -> None:
    with db.transaction() as s:
        save_item(s, ItemSpec(sku="GIN-TANQ", cost=D(100)), author="owner")
        counts.start_count(s, author=AUTHOR)
        counts.set_line(s, "GIN-TANQ", author=AUTHOR, quantity=D(1300))
        counts.set_line(s, "CAMP-1L", author=AUTHOR, quantity=D(1000))
        counts.finalise_count(s, author=AUTHOR)
        report = count_report(s)
    model = VarianceModel()
    model.set_rows(report.lines)
    texts = [[model.index(r, c).data() for c in VarianceColumn] for r in range(model.rowCount())]
    assert texts == [
        ["GIN-TANQ", "Tanqueray", "Back bar", "1,400 ml",
         "1,300 ml", "-100 ml", "-€14.29", "no usage", "0 ml"],
        ["CAMP-1L", "Campari", "Fridge", "1,000 ml", "1,000 ml", "0 ml", "€0.00", "no usage",
         "0 ml"],
    ]  # fmt: skip
    red = model.index(0, VarianceColumn.SKU).data(Qt.ItemDataRole.BackgroundRole)
    assert red == BAND_FILL[report.lines[0].band]
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
