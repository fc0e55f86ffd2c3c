"""The suppliers' table: lead time given beside the one observed, this year's orders."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt

from inventory_app.services.catalogue.places import SupplierSpec
from inventory_app.services.ordering.lead_times import LeadTime
from inventory_app.services.ordering.supplier_records import SupplierRecord
from inventory_app.ui.models.supplier_model import SupplierModel

RECORDS = [
    SupplierRecord(SupplierSpec("Laguna Spirits", contact="Marco", email="o@l.example",
                                lead_time_days=2), LeadTime("Laguna Spirits", 2, D(3), 5), 7),
    SupplierRecord(SupplierSpec("Rialto", lead_time_days=1), LeadTime("Rialto", 1, None, 0), 0),
]  # fmt: skip


def texts(model: SupplierModel) -> list[list[str]]:
    return [
        [model.index(r, c).data(Qt.ItemDataRole.DisplayRole) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_each_supplier_one_row(qtmodeltester: object) -> None:
    model = SupplierModel()
    model.set_rows(RECORDS)
    assert texts(model) == [
        ["Laguna Spirits", "Marco", "o@l.example", "2 days", "3 days observed over 5 orders", "7"],
        ["Rialto", "", "", "1 day", "none received yet", "0"],
    ]
    assert (model.row_of("rialto"), model.row_of("Nobody")) == (1, None)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


@pytest.mark.usefixtures("italian")
def test_in_italian() -> None:
    model = SupplierModel()
    model.set_rows(RECORDS)
    assert texts(model)[0][3:5] == ["2 giorni", "3 giorni osservati su 5 ordini"]
    assert texts(model)[1][4] == "nessuno ricevuto finora"
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert titles[3:] == ["Consegna indicata", "Consegna osservata", "Ordini quest'anno"]
