"""ui/models/order_models.py: the reorder proposal by supplier, the orders and their lines.

Filled from a copy of the demo bar, as the Orders page fills them.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from inventory_app.db.engine import Database
from inventory_app.domain.ordering import line_total
from inventory_app.services.ordering.reorder import ProposalLine
from inventory_app.ui import order_operations, queries
from inventory_app.ui.context import AppContext, Changes
from inventory_app.ui.formatting import euros
from inventory_app.ui.models.order_models import (
    PACK_ROLE,
    OrderLineColumn,
    OrderLineModel,
    OrderModel,
    ProposalColumn,
    ProposalModel,
    SupplierHeading,
)
from tests.ui.conftest import DEMO_OWNER

Role = Qt.ItemDataRole
EDITABLE = Qt.ItemFlag.ItemIsEditable


def test_the_proposal_groups_lines_under_their_supplier(
    qtmodeltester: Any, demo_db: Database
) -> None:
    proposals = queries.load_proposal(demo_db)
    model = ProposalModel()
    model.set_proposals(proposals)
    qtmodeltester.check(model)
    headings = model.heading_rows()
    assert len(headings) == len(proposals) and headings[0] == 0
    assert model.rowCount() == len(proposals) + sum(len(p.lines) for p in proposals)
    first = proposals[0]
    assert str(model.index(0, ProposalColumn.SKU).data()).startswith(first.supplier)
    assert model.index(0, ProposalColumn.LINE_TOTAL).data() == euros(first.total)
    assert model.index(0, 0).data(Role.FontRole).bold()
    assert not model.flags(model.index(0, ProposalColumn.QUANTITY)) & EDITABLE
    line = model.row_at(1)
    assert isinstance(line, ProposalLine) and model.index(1, ProposalColumn.SKU).data() == line.sku
    assert model.flags(model.index(1, ProposalColumn.QUANTITY)) & EDITABLE
    assert not model.flags(model.index(1, ProposalColumn.ITEM)) & EDITABLE
    assert model.index(1, ProposalColumn.QUANTITY).data(Role.EditRole) == int(line.quantity)
    assert model.index(1, ProposalColumn.QUANTITY).data(PACK_ROLE) == line.pack_size


def test_a_typed_quantity_moves_the_line_and_supplier_totals(qtbot: Any, demo_db: Database) -> None:
    proposals = queries.load_proposal(demo_db)
    model = ProposalModel()
    model.set_proposals(proposals)
    line = model.row_at(1)
    assert isinstance(line, ProposalLine)
    typed = int(line.quantity) + 3
    assert not model.setData(model.index(1, ProposalColumn.QUANTITY), -1)
    assert not model.setData(model.index(1, ProposalColumn.ITEM), typed)
    assert not model.setData(model.index(0, ProposalColumn.QUANTITY), typed)
    with qtbot.waitSignal(model.dataChanged):
        assert model.setData(model.index(1, ProposalColumn.QUANTITY), typed)
    assert model.edited_quantities() == {(proposals[0].supplier, line.sku): Decimal(typed)}
    assert model.index(1, ProposalColumn.QUANTITY).data() == str(typed)
    assert model.index(1, ProposalColumn.LINE_TOTAL).data() == euros(
        line_total(Decimal(typed), line.unit_cost)
    )
    more = line_total(Decimal(3), line.unit_cost)
    assert model.index(0, ProposalColumn.LINE_TOTAL).data() == euros(proposals[0].total + more)
    model.set_proposals(proposals)  # a fresh proposal forgets what was typed
    assert model.edited_quantities() == {}


def test_orders_and_a_drafts_lines_hand_edits_to_the_page(
    qtmodeltester: Any, qtbot: Any, demo_db: Database
) -> None:
    context = AppContext(database=demo_db, user=DEMO_OWNER, changes=Changes())
    assert isinstance(order_operations.create_draft_orders(context, quantities={}), list)
    orders = OrderModel()
    orders.set_rows(queries.load_orders(demo_db, status=None))
    qtmodeltester.check(orders)
    draft = orders.row_at(0)
    assert orders.index(0, 0).data() == str(draft.order_id)
    assert orders.index(0, 1).data() == ""  # a draft has no order number yet
    assert orders.index(0, 3).data() == "Draft" and orders.index(0, 6).data() == euros(draft.total)
    lines = OrderLineModel()
    lines.set_rows(queries.load_order_lines(demo_db, draft.order_id))
    qtmodeltester.check(lines)
    first = lines.row_at(0)
    quantity = lines.index(0, OrderLineColumn.QUANTITY)
    assert quantity.data(Role.EditRole) == int(first.quantity)
    assert quantity.data(PACK_ROLE) == first.pack_size
    assert lines.index(0, OrderLineColumn.RECEIVED).data() == ""
    assert not lines.flags(quantity) & EDITABLE and not lines.setData(quantity, 4)
    lines.editable = True
    assert lines.flags(quantity) & EDITABLE
    assert not lines.setData(quantity, -1)
    assert not lines.setData(lines.index(0, OrderLineColumn.SKU), 4)
    with qtbot.waitSignal(lines.quantity_edited) as edited:
        assert lines.setData(quantity, 4)
    assert edited.args == [first.sku, Decimal(4)]


def test_a_heading_without_contact_is_just_the_supplier(demo_db: Database) -> None:
    [first, *_] = queries.load_proposal(demo_db)
    bare = replace(first, contact="", email="", phone="")
    model = ProposalModel()
    model.set_proposals([bare])
    assert isinstance(model.row_at(0), SupplierHeading)
    assert model.index(0, ProposalColumn.SKU).data() == first.supplier
