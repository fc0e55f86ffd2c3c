"""Tables of the Orders page: the reorder proposal per supplier, the orders and their lines."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont

from inventory_app.domain.display import heading_word
from inventory_app.domain.ordering import OrderStatus, line_total
from inventory_app.i18n.catalogue import N_
from inventory_app.services.ordering.lead_times import LeadTime
from inventory_app.services.ordering.order_reads import OrderLineRow, OrderRow
from inventory_app.services.ordering.reorder import ProposalLine, SupplierProposal, with_quantities
from inventory_app.ui import formatting
from inventory_app.ui.formatting import euros
from inventory_app.ui.models.row_table_model import Index, Role, RowColumn, RowTableModel

PACK_ROLE = int(Role.UserRole) + 1  # containers per pack: the spin box steps by it
_HEADER_BACKGROUND = QColor("#e9edf3")
_DIFFERS = QColor("#fdf0d5")  # a received line unlike its order: amber, beside its words


@dataclass(frozen=True)
class SupplierHeading:
    """The row that opens a supplier's group: its name, contact and total."""

    proposal: SupplierProposal


ProposalRow = SupplierHeading | ProposalLine


class ProposalColumn(IntEnum):
    SKU = 0
    ITEM = 1
    ON_HAND = 2
    PAR = 3
    PACK = 4
    QUANTITY = 5
    UNIT_COST = 6
    LINE_TOTAL = 7


def _heading_text(heading: SupplierHeading, lead: LeadTime | None = None) -> str:
    """'Laguna — lead time 2 days, 3 days observed over 5 orders · Marco · +39 041 555 0142':
    the lead time first, where a narrow table still shows it; the person and the phone to
    call. The email is left to the documents' prepared email: with it the heading was cut at
    1280 px in Italian."""
    p = heading.proposal
    observed = f"{lead.configured_text()}, {lead.observed_text()}" if lead else ""
    contact = " · ".join(part for part in (observed, p.contact, p.phone) if part)
    return f"{p.supplier} — {contact}" if contact else p.supplier


class ProposalModel(RowTableModel[ProposalRow]):
    """Each supplier's heading row, then its lines; the order quantity is editable."""

    aligned_titles = True

    def __init__(self, parent: QObject | None = None) -> None:
        line = self._line_text
        columns = [
            RowColumn[ProposalRow](
                N_("SKU"),
                lambda r: self._heading(r) if isinstance(r, SupplierHeading) else line(r, 0),
            ),
            RowColumn[ProposalRow](N_("Item"), lambda r: line(r, 1)),
            RowColumn[ProposalRow](N_("On hand"), lambda r: line(r, 2), numeric=True),
            RowColumn[ProposalRow](N_("Par"), lambda r: line(r, 3), numeric=True),
            RowColumn[ProposalRow](N_("Pack"), lambda r: line(r, 4), numeric=True),
            RowColumn[ProposalRow](N_("Order qty"), lambda r: line(r, 5), numeric=True),
            RowColumn[ProposalRow](N_("Unit cost"), lambda r: line(r, 6), numeric=True),
            RowColumn[ProposalRow](N_("Line total"), self._total_text, numeric=True),
        ]
        super().__init__(columns, parent)
        self._quantities: dict[tuple[str, str], Decimal] = {}
        self._proposals: list[SupplierProposal] = []
        self._suppliers: dict[int, str] = {}  # item id -> its supplier, asked for every cell
        self._lead_times: dict[str, LeadTime] = {}

    def set_proposals(
        self, proposals: list[SupplierProposal], lead_times: Sequence[LeadTime] = ()
    ) -> None:
        """Show a fresh proposal (each supplier's heading with their lead time, as given and
        as observed); quantities edited earlier are forgotten."""
        self._lead_times = {x.supplier: x for x in lead_times}
        self._proposals = list(proposals)
        self._quantities = {}
        self._suppliers = {line.item_id: p.supplier for p in proposals for line in p.lines}
        rows: list[ProposalRow] = []
        for proposal in proposals:
            rows += [SupplierHeading(proposal), *proposal.lines]
        self.set_rows(rows)

    def _heading(self, heading: SupplierHeading) -> str:
        return _heading_text(heading, self._lead_times.get(heading.proposal.supplier))

    def heading_rows(self) -> list[int]:
        """Where each supplier's group starts (the page spans these rows)."""
        return [i for i, row in enumerate(self._rows) if isinstance(row, SupplierHeading)]

    @property
    def proposals(self) -> list[SupplierProposal]:
        return list(self._proposals)

    def edited_quantities(self) -> dict[tuple[str, str], Decimal]:
        """(supplier, SKU) → the quantity the owner typed over the proposal's."""
        return dict(self._quantities)

    def quantity(self, line: ProposalLine) -> Decimal:
        return self._quantities.get((self._supplier_of(line), line.sku), line.quantity)

    def _supplier_of(self, line: ProposalLine) -> str:
        return self._suppliers[line.item_id]

    def _line_text(self, row: ProposalRow, column: int) -> str:
        if isinstance(row, SupplierHeading):
            return ""
        values = (
            row.sku,
            row.name,
            formatting.containers(row.on_hand),
            formatting.grouped(row.par),
            formatting.count_text(row.pack_size),
            formatting.grouped(self.quantity(row)),
            euros(row.unit_cost),
        )
        return values[column]

    def edited(self, proposal: SupplierProposal) -> SupplierProposal:
        """The supplier's proposal with the owner's quantities: its totals are the core's."""
        typed = {sku: q for (supplier, sku), q in self._quantities.items()
                 if supplier == proposal.supplier}  # fmt: skip
        return with_quantities(proposal, typed)

    def _total_text(self, row: ProposalRow) -> str:
        if isinstance(row, SupplierHeading):
            return euros(self.edited(row.proposal).total)
        return euros(line_total(self.quantity(row), row.unit_cost))

    def cell_data(self, row: ProposalRow, column: int, role: int) -> Any:
        """Headings in bold on a tint; the quantity cell knows its pack size."""
        if isinstance(row, SupplierHeading):
            if role == Role.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Role.BackgroundRole:
                return _HEADER_BACKGROUND
            return None
        if role == Role.EditRole and column == ProposalColumn.QUANTITY:
            return int(self.quantity(row))
        if role == PACK_ROLE:
            return row.pack_size
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Only a line's order quantity is editable."""
        flags = super().flags(index)
        editable = index.isValid() and index.column() == ProposalColumn.QUANTITY
        if editable and not isinstance(self.row_at(index.row()), SupplierHeading):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:
        """Keep the typed quantity; the line and supplier totals follow."""
        row = self.row_at(index.row()) if index.isValid() else None
        if role != Role.EditRole or not isinstance(row, ProposalLine):
            return False
        if index.column() != ProposalColumn.QUANTITY or int(value) < 0:
            return False
        self._quantities[(self._supplier_of(row), row.sku)] = Decimal(int(value))
        self.dataChanged.emit(index, self.index(index.row(), ProposalColumn.LINE_TOTAL))
        heading = max(i for i, r in enumerate(self._rows[: index.row()]) if _is_heading(r))
        total = self.index(heading, ProposalColumn.LINE_TOTAL)
        self.dataChanged.emit(total, total)
        return True


def _is_heading(row: ProposalRow) -> bool:
    return isinstance(row, SupplierHeading)


class OrderModel(RowTableModel[OrderRow]):
    """The orders, newest first as the service lists them."""

    aligned_titles = True

    def __init__(self, parent: QObject | None = None) -> None:
        columns = [
            RowColumn[OrderRow](N_("#"), lambda r: str(r.order_id), numeric=True),
            RowColumn[OrderRow](N_("Number"), lambda r: r.number),  # 2026-0042 once sent
            RowColumn[OrderRow](N_("Supplier"), lambda r: r.supplier),
            RowColumn[OrderRow](N_("Status"), lambda r: heading_word(OrderStatus(r.status).label)),
            RowColumn[OrderRow](N_("Created"), lambda r: formatting.local_day_time(r.created_at)),
            RowColumn[OrderRow](
                N_("Lines"), lambda r: formatting.count_text(r.lines), numeric=True
            ),
            RowColumn[OrderRow](N_("Total"), lambda r: euros(r.total), numeric=True),
        ]
        super().__init__(columns, parent)


class OrderLineColumn(IntEnum):
    SKU = 0
    ITEM = 1
    PACK = 2
    QUANTITY = 3
    UNIT_COST = 4
    RECEIVED = 5
    RECEIVED_COST = 6
    OUTCOME = 7  # once received: short, over, substituted... (services' words)


class OrderLineModel(RowTableModel[OrderLineRow]):
    """One order's lines; a draft's quantities are edited through `quantity_edited`."""

    aligned_titles = True
    quantity_edited = Signal(str, object)  # SKU, Decimal: the page saves it and refreshes

    def __init__(self, parent: QObject | None = None) -> None:
        columns = [
            RowColumn[OrderLineRow](N_("SKU"), lambda r: r.sku),
            RowColumn[OrderLineRow](N_("Item"), lambda r: r.name),
            RowColumn[OrderLineRow](
                N_("Pack"), lambda r: formatting.count_text(r.pack_size), numeric=True
            ),
            RowColumn[OrderLineRow](
                N_("Qty"), lambda r: formatting.grouped(r.quantity), numeric=True
            ),
            RowColumn[OrderLineRow](N_("Unit cost"), lambda r: euros(r.unit_cost), numeric=True),
            RowColumn[OrderLineRow](
                N_("Received"), lambda r: formatting.optional(r.received_quantity), numeric=True
            ),
            RowColumn[OrderLineRow](N_("Paid"), lambda r: euros(r.received_cost), numeric=True),
            RowColumn[OrderLineRow](N_("Outcome"), lambda r: r.outcome_text()),
        ]
        super().__init__(columns, parent)
        self.editable = False

    def cell_data(self, row: OrderLineRow, column: int, role: int) -> Any:
        """The quantity as a whole number for the spin box, and the pack it steps by; a
        received line that differs from the order tinted (its Outcome cell says how)."""
        differs = row.outcome is not None and (row.outcome.differs or row.price_changed)
        if role == Role.BackgroundRole and column in (
            OrderLineColumn.RECEIVED,
            OrderLineColumn.OUTCOME,
        ):
            return _DIFFERS if differs else None
        if role == Role.ToolTipRole and row.outcome is not None:
            return row.outcome_text()  # the whole row says it, wherever the table is scrolled
        if role == Role.EditRole and column == OrderLineColumn.QUANTITY:
            return int(row.quantity)
        if role == PACK_ROLE:
            return row.pack_size
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """A draft's quantities are editable; other orders are read-only."""
        flags = super().flags(index)
        if self.editable and index.isValid() and index.column() == OrderLineColumn.QUANTITY:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:
        """Hand the new quantity to the page; the saved order comes back on refresh."""
        if not (self.editable and index.isValid() and role == Role.EditRole):
            return False
        if index.column() != OrderLineColumn.QUANTITY or int(value) < 0:
            return False
        self.quantity_edited.emit(self.row_at(index.row()).sku, Decimal(int(value)))
        return True
