"""The Orders page: what to order from each supplier, the orders, their sending and delivery."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inventory_app.domain.errors import ConflictError, InventoryError
from inventory_app.i18n.catalogue import NC_, ntr, tr, trc
from inventory_app.services.ordering.order_reads import OrderRow
from inventory_app.services.ordering.reorder import SupplierProposal
from inventory_app.ui import order_operations, queries
from inventory_app.ui.context import AppContext, Change
from inventory_app.ui.dialogs.receive_dialog import ReceiveDialog
from inventory_app.ui.file_choice import save_path
from inventory_app.ui.formatting import euros
from inventory_app.ui.models.order_models import (
    OrderLineColumn,
    OrderLineModel,
    OrderModel,
    ProposalColumn,
    ProposalModel,
)
from inventory_app.ui.pages.order_documents import DocumentActions
from inventory_app.ui.pages.order_widgets import (
    PackSpinDelegate,
    ReorderExport,
    confirm,
    lines_text,
    lines_title,
    proposal_summary,
    show_error,
    show_exported,
    table_view,
)
from inventory_app.ui.styling import named

ORDERS = "orders shown"
STATUS_FILTERS = (
    (NC_("orders shown", "Open orders"), "open"),
    (NC_("orders shown", "Drafts"), "draft"),
    (NC_("orders shown", "Sent"), "sent"),
    (NC_("orders shown", "Received"), "received"),
    (NC_("orders shown", "Cancelled"), "cancelled"),
    (NC_("orders shown", "All orders"), ""),
)
OPEN = ("draft", "sent")
ORDER_TOTAL = 6  # the orders table's money column
ORDERS_TAB = 1


class OrdersPage(QWidget):
    """Left the proposal per supplier; right the orders and the selected order's lines."""

    SHOWS = (
        Change.ORDERS | Change.STOCK | Change.SALES | Change.ITEMS | Change.SETTINGS
    )  # the changes it refreshes on

    status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.drafts: list[OrderRow] = []  # the drafts the internal workbook holds too
        self.documents = DocumentActions(self, context, self.status_message.emit)
        self._build()
        context.changes.watch(self, self.SHOWS, self.refresh)
        self.refresh()

    def _build(self) -> None:
        # Two tabs, each the page's whole width: at 1280 px in Italian the proposal beside
        # the orders cut every item name ("Olmeca …") and scrolled sideways.
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_proposal(), tr("To order, per supplier"))
        self.tabs.addTab(self._build_orders(), tr("Orders"))
        self.suppliers_button = QPushButton(tr("Suppliers…"))  # beside the tabs: both need it
        self.suppliers_button.setToolTip(tr("Their address, P.IVA, email, lead time, order days"))
        self.suppliers_button.clicked.connect(self.edit_suppliers)
        self.tabs.setCornerWidget(self.suppliers_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.tabs, 1)

    def _build_proposal(self) -> QWidget:
        self.proposal_model = ProposalModel(self)
        self.proposal = table_view(self.proposal_model, stretch=ProposalColumn.ITEM)
        self.proposal.setItemDelegateForColumn(ProposalColumn.QUANTITY, PackSpinDelegate(self))
        self.proposal_summary = named(QLabel(), "count")
        self.create_button = QPushButton(tr("Create draft orders"))
        self.create_button.clicked.connect(self.create_drafts)
        self.export_button = QPushButton(tr("Export for suppliers"))
        self.export_button.setToolTip(
            tr("Writes each supplier's draft (PDF, Excel) into this month's folder")
        )
        self.export_button.clicked.connect(self.export_proposal)
        self.internal_button = QPushButton(tr("Internal reorder sheet…"))
        self.internal_button.setToolTip(
            tr("The owner's workbook with on hand and par: not for suppliers")
        )
        self.internal_button.clicked.connect(self.choose_export)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.hide()
        self.export = ReorderExport(self._context, self.progress, self)
        self.export.finished.connect(self._exported)
        buttons = QHBoxLayout()
        for button in (self.create_button, self.export_button, self.internal_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.proposal_summary)
        return self._column(self.proposal, self.progress, buttons)

    def _build_orders(self) -> QWidget:
        self.status_filter = named(QComboBox(), "orderStatus")
        for text, status in STATUS_FILTERS:
            self.status_filter.addItem(trc(ORDERS, text), status)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Show")))
        top.addWidget(self.status_filter)
        top.addStretch(1)
        self.orders_model = OrderModel(self)
        self.orders = table_view(self.orders_model, stretch=2)  # the supplier
        self.orders.selectionModel().selectionChanged.connect(lambda *_: self._show_lines())
        self.lines_model = OrderLineModel(self)
        self.lines_model.quantity_edited.connect(self.set_quantity)
        self.lines = table_view(self.lines_model, stretch=OrderLineColumn.ITEM)
        self.lines.setItemDelegateForColumn(OrderLineColumn.QUANTITY, PackSpinDelegate(self))
        self.lines_title = named(QLabel(tr("Select an order to see its lines")), "count")
        self.send_button = QPushButton(tr("Send…"))
        self.send_button.clicked.connect(self.send_selected)
        self.document_button = QPushButton(tr("Export"))  # a draft's, or a sent one again
        self.document_button.setToolTip(
            tr("Writes the order for its supplier (PDF, Excel) into its month's folder")
        )
        self.document_button.clicked.connect(self.export_selected)
        self.receive_button = QPushButton(tr("Receive…"))
        self.receive_button.clicked.connect(self.receive_selected)
        self.cancel_button = QPushButton(tr("Cancel order"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        buttons = QHBoxLayout()
        for button in (self.send_button, self.document_button, self.receive_button,
                       self.cancel_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.orders)
        split.addWidget(self._column(self.lines_title, self.lines))
        split.setStretchFactor(0, 2)  # the list is short; the lines are what is read
        split.setStretchFactor(1, 3)
        return self._column(top, split, buttons)

    @staticmethod
    def _column(*parts: QWidget | QHBoxLayout) -> QWidget:
        widget = QWidget()
        column = QVBoxLayout(widget)
        column.setContentsMargins(4, 8, 4, 0)
        for part in parts:
            if isinstance(part, QHBoxLayout):
                column.addLayout(part)
            else:
                column.addWidget(part, 1 if isinstance(part, QTableView | QSplitter) else 0)
        return widget

    def edit_suppliers(self) -> None:
        """The Suppliers dialog; a save announces itself, and this page refreshes on it."""
        from inventory_app.ui.dialogs.suppliers_dialog import SuppliersDialog

        if SuppliersDialog.ask(self, context=self._context):
            self.status_message.emit(tr("Suppliers saved"))

    # --- reading ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the proposal and the orders, keeping the selected order selected."""
        database = self._context.database
        proposals = queries.load_proposal(database)
        self.proposal_model.set_proposals(proposals, queries.load_lead_times(database))
        self.proposal.clearSpans()
        for row in self.proposal_model.heading_rows():
            self.proposal.setSpan(row, 0, 1, ProposalColumn.LINE_TOTAL)
        self._fit_sku_column(proposals)
        self.drafts = queries.load_orders(self._context.database, status="draft")
        self.proposal_summary.setText(proposal_summary(proposals, self.drafts))
        self.create_button.setEnabled(bool(proposals))
        self.export_button.setEnabled(self._exportable() and not self.export.running)
        chosen = self.selected_order()
        self.orders_model.set_rows(self._load_orders())
        ids = [r.order_id for r in self.orders_model.rows]
        if chosen is not None and chosen.order_id in ids:
            self.orders.selectRow(ids.index(chosen.order_id))
        self._show_lines()

    def _exportable(self) -> bool:
        """The workbook holds the drafts and the proposal: either is worth a sheet."""
        return bool(self.proposal_model.proposals or self.drafts)

    def show_costs(self, visible: bool) -> None:
        """Unit costs and totals are the owner's unless the bar shares costs."""
        for money in (ProposalColumn.UNIT_COST, ProposalColumn.LINE_TOTAL):
            self.proposal.setColumnHidden(money, not visible)
        self.orders.setColumnHidden(ORDER_TOTAL, not visible)
        for paid in (OrderLineColumn.UNIT_COST, OrderLineColumn.RECEIVED_COST):
            self.lines.setColumnHidden(paid, not visible)

    def _fit_sku_column(self, proposals: list[SupplierProposal]) -> None:
        """Fit the SKUs only: the headings span the row and must not widen the column."""
        metrics = self.proposal.fontMetrics()
        skus = [line.sku for p in proposals for line in p.lines] or ["SKU"]
        width = max(metrics.horizontalAdvance(sku) for sku in skus) + 24
        header = self.proposal.horizontalHeader()
        header.setSectionResizeMode(ProposalColumn.SKU, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ProposalColumn.SKU, width)

    def _load_orders(self) -> list[OrderRow]:
        status = self.status_filter.currentData() or None
        if status != "open":
            return queries.load_orders(self._context.database, status=status)
        rows = queries.load_orders(self._context.database, status=None)
        return [r for r in rows if r.status in OPEN]

    def selected_order(self) -> OrderRow | None:
        rows = self.orders.selectionModel().selectedRows()
        return self.orders_model.row_at(rows[0].row()) if rows else None

    def select_order(self, order_id: int) -> None:
        """Show one order (the Dashboard's double-click lands here)."""
        ids = [r.order_id for r in self.orders_model.rows]
        if order_id not in ids:
            self.status_filter.setCurrentIndex(self.status_filter.findData(""))
            ids = [r.order_id for r in self.orders_model.rows]
        if order_id in ids:
            self.tabs.setCurrentIndex(ORDERS_TAB)
            self.orders.selectRow(ids.index(order_id))

    def _show_lines(self) -> None:
        order = self.selected_order()
        self.lines_model.editable = order is not None and order.status == "draft"
        self.cancel_button.setEnabled(order is not None and order.status in OPEN)
        self.send_button.setEnabled(order is not None and order.status == "draft")
        self.receive_button.setEnabled(order is not None and order.status == "sent")
        self.document_button.setEnabled(order is not None and order.lines > 0)
        self.document_button.setText(tr("Export") if order is None or order.status == "draft"
                                      else tr("Export again"))  # fmt: skip
        if order is None:
            self.lines_model.set_rows([])
            self.lines_title.setText(tr("Select an order to see its lines"))
            return
        self.lines_model.set_rows(queries.load_order_lines(self._context.database, order.order_id))
        self.lines_title.setText(lines_title(order))

    # --- actions --------------------------------------------------------------------------
    def create_drafts(self) -> None:
        quantities = self.proposal_model.edited_quantities()
        result = order_operations.create_draft_orders(self._context, quantities=quantities)
        if isinstance(result, InventoryError):
            show_error(self, tr("Orders not created"), result)
            return
        self.status_filter.setCurrentIndex(self.status_filter.findData("draft"))
        self.tabs.setCurrentIndex(ORDERS_TAB)
        self.status_message.emit(
            ntr("Created {count} draft order", "Created {count} draft orders", len(result)).format(
                count=len(result)
            )
        )

    def set_quantity(self, sku: str, quantity: Decimal) -> None:
        order = self.selected_order()
        if order is None:
            return
        error = order_operations.set_order_quantity(
            self._context,
            order_id=order.order_id,
            sku=sku,
            quantity=quantity,
            expected_version=order.version,
        )
        if error is not None:
            show_error(self, tr("Quantity not saved"), error)
            if isinstance(error, ConflictError):
                self.refresh()  # show the draft as the other person left it

    def choose_export(self) -> None:
        """The owner's internal workbook (on hand, par): a file of their choosing."""
        path = save_path(self, tr("Internal reorder sheet"), "reorder.xlsx")
        if path is not None:
            self.start_export(path)

    def start_export(self, path: Path) -> None:
        self.export_button.setEnabled(False)
        self.export.start(path, self.proposal_model.edited_quantities())

    def _exported(self, result: object) -> None:
        self.export_button.setEnabled(self._exportable())
        self.progress.hide()
        if isinstance(result, InventoryError):
            show_error(self, tr("Export failed"), result)
        elif isinstance(result, Path):
            self.status_message.emit(tr("Reorder sheets written to {path}").format(path=result))
            self.show_exported(result)

    def show_exported(self, path: Path) -> None:
        show_exported(self, path)

    def send_selected(self) -> None:
        order = self.selected_order()
        if order is None:
            return
        question = tr(
            "Send the draft to {supplier}, {lines} for {total}?\n\nIt is marked sent (it then "
            "counts as on order and can no longer be changed), it gets its order number, and "
            "its documents are saved in this month's folder for you to send."
        ).format(
            supplier=order.supplier, lines=lines_text(order.lines), total=euros(order.total),
        )  # fmt: skip
        if confirm(self, title=tr("Send the order?"), text=question, action=tr("Send")):
            self.documents.send(order.order_id, version=order.version)

    def export_selected(self) -> None:
        """The selected order's documents: a sent one as sent, a draft's marked a draft."""
        order = self.selected_order()
        if order is not None:
            self.documents.export_orders([order.order_id])

    def export_proposal(self) -> None:
        """The proposal, with the quantities typed over it, as a draft for each supplier."""
        self.documents.export_proposal(self.proposal_model.edited_quantities())

    def receive_selected(self) -> None:
        """The one Receive dialog for the selected sent order (ui/dialogs/receive_dialog.py)."""
        order = self.selected_order()
        if order is None:
            return
        try:
            form = queries.load_receiving_form(self._context.database, order.order_id)
        except InventoryError as error:
            show_error(self, tr("Delivery not recorded"), error)
            return
        delivery = ReceiveDialog.ask(self, form)
        if delivery is None:
            return
        result = order_operations.receive_order(
            self._context, order_id=order.order_id, delivery=delivery,
            expected_version=form.version,
        )  # fmt: skip
        if isinstance(result, InventoryError):
            show_error(self, tr("Delivery not recorded"), result)
        else:
            self.status_message.emit(
                tr("Order {number} received: {summary}").format(
                    number=form.number or order.order_id, summary=result.summary()
                )
            )

    def cancel_selected(self) -> None:
        order = self.selected_order()
        if order is None:
            return
        question = tr(
            "Cancel order #{number} to {supplier}, {lines} for {total}?\n\nIt stops counting "
            "as on order; it stays in the list as cancelled."
        ).format(
            number=order.order_id, supplier=order.supplier, lines=lines_text(order.lines),
            total=euros(order.total),
        )  # fmt: skip
        if not confirm(
            self, title=tr("Cancel the order?"), text=question, action=tr("Cancel order")
        ):
            return
        error = order_operations.cancel_order(
            self._context, order_id=order.order_id, expected_version=order.version
        )
        if error is not None:
            show_error(self, tr("Order not cancelled"), error)
        else:
            self.status_message.emit(tr("Order #{number} cancelled").format(number=order.order_id))
