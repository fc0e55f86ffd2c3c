"""ui/models/count_model.py: the open count's rows, each entry saved at once as it is typed.

The model saves through ui/operations.set_count_line, as the Count page does, on the test
bar's real SQLite file (walking order: Angostura, Tanqueray, Campari, cups).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt

from inventory_app.domain.errors import InventoryError
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.services.catalogue.items import save_item
from inventory_app.services.counts.view import CountRow
from inventory_app.ui import operations, queries
from inventory_app.ui.context import AppContext
from inventory_app.ui.models.count_model import CountColumn, CountModel
from tests.ui.conftest import Bar

D = Decimal
Role = Qt.ItemDataRole
ANGOSTURA, GIN, CAMPARI, CUPS = range(4)


@pytest.fixture
def model(context: AppContext, bar: Bar) -> CountModel:
    """An open count of the whole bar; Tanqueray can be weighed (tare 540 g, full 1,205 g)."""
    with context.database.transaction() as s:
        save_item(
            s, ItemSpec(sku="GIN-TANQ", tare_g=D(540), full_g=D(1205), cost=D(21)), author="owner"
        )
    assert operations.start_count(context, locations=()) is None

    def save(row: CountRow, texts: Mapping[str, str]) -> CountRow | InventoryError:
        return operations.set_count_line(context, item_id=row.item_id, sku=row.sku, texts=texts)

    counting = CountModel(save)
    state = queries.load_count_state(context.database)
    counting.update_rows(state.rows, editable=state.count_id is not None)
    return counting


def text(model: CountModel, row: int, column: CountColumn, role: Role = Role.DisplayRole) -> Any:
    return model.index(row, column).data(role)


def test_an_entry_is_saved_at_once_and_counted(
    qtmodeltester: Any, context: AppContext, model: CountModel
) -> None:
    assert model.flags(model.index(GIN, CountColumn.FULL)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(GIN, CountColumn.SKU)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(GIN, CountColumn.SKU), "2")
    assert model.setData(model.index(ANGOSTURA, CountColumn.FULL), "2")
    assert text(model, ANGOSTURA, CountColumn.COUNTED) == "400 ml"
    assert text(model, ANGOSTURA, CountColumn.STATUS) == "✓"
    saved = queries.load_count_state(context.database).rows[ANGOSTURA]
    assert (saved.full, saved.counted) == (D(2), D(400))
    qtmodeltester.check(model)


def test_a_refused_weight_stays_on_its_row_until_a_good_one(model: CountModel) -> None:
    assert model.setData(model.index(GIN, CountColumn.WEIGHT), "1380")
    assert text(model, GIN, CountColumn.WEIGHT) == "1380"
    assert model.error_at(GIN).startswith("1,380 g is above the full weight of 1,205 g")
    assert text(model, GIN, CountColumn.STATUS) == "⚠ " + model.error_at(GIN)
    assert text(model, GIN, CountColumn.COUNTED) == "not counted"
    assert text(model, GIN, CountColumn.WEIGHT, Role.BackgroundRole) is not None
    assert text(model, GIN, CountColumn.WEIGHT, Role.EditRole) == "1380"
    assert model.setData(model.index(GIN, CountColumn.WEIGHT), "905")
    assert model.error_at(GIN) == "" and text(model, GIN, CountColumn.STATUS) == "✓"
    assert text(model, GIN, CountColumn.COUNTED) == "384.2 ml"
    assert text(model, GIN, CountColumn.WEIGHT, Role.BackgroundRole) is None


def test_the_preview_shows_what_is_typed_before_it_is_saved(model: CountModel) -> None:
    model.preview(CUPS, CountColumn.QUANTITY, "120")
    assert text(model, CUPS, CountColumn.COUNTED) == "120 pcs"
    font = text(model, CUPS, CountColumn.COUNTED, Role.FontRole)
    assert font.italic()
    model.preview(CUPS, CountColumn.QUANTITY, "lots")
    assert text(model, CUPS, CountColumn.COUNTED) == "?"
    assert text(model, CUPS, CountColumn.COUNTED, Role.ToolTipRole)
    model.clear_preview()
    assert text(model, CUPS, CountColumn.COUNTED) == ""
    assert not text(model, CUPS, CountColumn.COUNTED, Role.FontRole).italic()


def test_a_code_finds_its_row_and_locations_are_not_repeated(model: CountModel) -> None:
    assert model.row_of_code(" camp-1l ") == CAMPARI
    assert model.row_of_code("8000000000017") == GIN
    assert model.row_of_code("NO-SUCH") is None
    locations = [text(model, n, CountColumn.LOCATION) for n in range(model.rowCount())]
    assert locations == ["Under the counter", "Back bar", "Fridge", "Store"]
    assert text(model, GIN, CountColumn.LOCATION, Role.FontRole).bold()


def test_new_rows_of_the_same_items_change_cells_not_the_table(
    qtbot: Any, context: AppContext, model: CountModel
) -> None:
    assert operations.set_count_line(
        context, item_id=model.row_at(CUPS).item_id, sku="CUP-12", texts={"quantity": "80"}
    ) is not None  # fmt: skip
    rows = queries.load_count_state(context.database).rows
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        model.update_rows(rows, editable=True)
    assert text(model, CUPS, CountColumn.COUNTED) == "80 pcs"
    with qtbot.waitSignal(model.modelReset):
        model.update_rows(rows, editable=False)
    assert not model.flags(model.index(GIN, CountColumn.FULL)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(GIN, CountColumn.FULL), "1")
