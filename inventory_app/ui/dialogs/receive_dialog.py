"""The delivery against an order, in one dialog: the DDT and invoice numbers, what arrived of
each line at what price, what arrived instead of a line, and what receiving will do.

Every rule is the core's: a line's outcome and a changed price (domain/receiving.py), the
footer's words (`delivery_summary`), the checks when it is received (services/ordering/
receiving.py). The dialog reads what is typed as `order receive` reads it and says so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inventory_app.domain.errors import InputError
from inventory_app.domain.money import parse_money
from inventory_app.domain.ordering import check_delivered, parse_containers
from inventory_app.domain.receiving import (
    CostUpdate,
    LineOutcome,
    arrived_at_new_price,
    delivery_summary,
    line_outcome,
)
from inventory_app.i18n.catalogue import N_, tr
from inventory_app.services.ordering.order_reads import OrderLineRow
from inventory_app.services.ordering.receiving import ArrivedLine, Delivery, Substitute
from inventory_app.services.ordering.receiving_form import ItemOffer, ReceivingForm
from inventory_app.ui.dialogs.buttons import standard_buttons
from inventory_app.ui.dialogs.instead_row import Instead, InsteadRow
from inventory_app.ui.dialogs.receive_texts import (
    editable,
    editable_price,
    heading_text,
    lead_time_text,
    outcome_words,
)
from inventory_app.ui.styling import named

SKU, ITEM, ORDERED, RECEIVED, ORDERED_COST, COST, OUTCOME = range(7)
_TITLES = (
    N_("SKU"), N_("Item"), N_("Ordered"), N_("Arrived"), N_("Ordered at €"), N_("Invoiced price €"),
    N_("Outcome"),
)  # fmt: skip
_EDITING = QAbstractItemView.State.EditingState
_CHANGED = QColor("#fdf0d5")  # amber: differs from the order (the words say how)
_MISSING = QColor("#fbe3e1")  # red: nothing of it arrived
_CHANGED_TEXT = QColor("#7a4500")
_MISSING_TEXT = QColor("#b3261e")


class ReceiveDialog(QDialog):
    """Lines prefilled as ordered; the owner types what differs and reads what will happen."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        lines: list[OrderLineRow],
        heading: str = "",
        lead_time: str = "",
        rule: CostUpdate = CostUpdate.LAST,
        offers: Sequence[ItemOffer] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._lines = list(lines)
        self._rule = rule
        self._costs = {x.sku.lower(): x.cost for x in offers}
        self._instead = [Instead() for _ in lines]
        self._shown_row = -1
        self.heading = named(QLabel(heading), "sectionTitle")
        self.heading.setWordWrap(True)
        self.heading.setVisible(bool(heading))
        _bold(self.heading)
        self.lead_time = QLabel(lead_time, wordWrap=True)
        self.lead_time.setVisible(bool(lead_time))
        papers = self._build_papers()
        self._build_table()
        self.instead = InsteadRow(offers)
        self.instead.picked.connect(self._picked)
        self.instead.typed.connect(self._typed_instead)
        self.summary = named(QLabel(), "receiveSummary")
        self.summary.setWordWrap(True)
        _bold(self.summary)
        self.error = named(QLabel(), "dialogError")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = standard_buttons(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("Receive"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.lead_time)
        layout.addLayout(papers)
        hint = tr(
            "Type what arrived and the invoiced price; a coloured line differs from the order."
        )
        layout.addWidget(QLabel(hint, wordWrap=True))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.instead)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setTabOrder(self.ddt, self.invoice)
        self.setTabOrder(self.invoice, self.table)
        self.table.itemChanged.connect(lambda _item: self._refresh())
        self.table.itemDelegate().closeEditor.connect(self._cell_closed)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_instead(row))
        if lines:
            self.table.setCurrentCell(0, RECEIVED)
        self._refresh()
        self.resize(980, 600)

    @classmethod
    def for_form(cls, parent: QWidget | None, form: ReceivingForm) -> ReceiveDialog:
        """The dialog for a sent order as services/ordering/receiving_form.py reads it."""
        number = form.number or f"#{form.order_id}"
        title = tr("Receive order {number} from {supplier}").format(
            number=number, supplier=form.supplier
        )
        return cls(parent, title=title, lines=form.lines, heading=heading_text(form),
                   lead_time=lead_time_text(form.lead_time), rule=form.rule,
                   offers=form.offers)  # fmt: skip

    @classmethod
    def ask(cls, parent: QWidget | None, form: ReceivingForm) -> Delivery | None:
        dialog = cls.for_form(parent, form)
        return dialog.delivery() if dialog.exec() == QDialog.DialogCode.Accepted else None

    # --- building ---------------------------------------------------------------------------
    def _build_papers(self) -> QGridLayout:
        self.ddt = named(QLineEdit(), "ddt")
        self.ddt.setPlaceholderText(tr("e.g. 118/A, on the delivery note"))
        self.invoice = named(QLineEdit(), "invoice")
        self.invoice.setPlaceholderText(tr("if it came with the goods"))
        grid = QGridLayout()
        for column, (text, field) in enumerate(
            ((tr("&DDT no."), self.ddt), (tr("In&voice no."), self.invoice))
        ):
            label = QLabel(text)
            label.setBuddy(field)
            grid.addWidget(label, 0, column * 2)
            grid.addWidget(field, 0, column * 2 + 1)
            grid.setColumnStretch(column * 2 + 1, 1)
        return grid

    def _build_table(self) -> None:
        self.table = named(QTableWidget(len(self._lines), len(_TITLES)), "receiveLines")
        self.table.setHorizontalHeaderLabels([tr(t) for t in _TITLES])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OUTCOME, QHeaderView.ResizeMode.Stretch)
        for row, line in enumerate(self._lines):
            fixed = (
                line.sku,
                line.name,
                editable(line.quantity),
                editable_price(line.unit_cost),
                "",
            )
            for column, text in zip(
                (SKU, ITEM, ORDERED, ORDERED_COST, OUTCOME), fixed, strict=True
            ):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
            self.table.setItem(row, RECEIVED, QTableWidgetItem(editable(line.quantity)))
            self.table.setItem(row, COST, QTableWidgetItem(editable_price(line.unit_cost)))
            for column in (ORDERED, RECEIVED, ORDERED_COST, COST):
                self._cell(row, column).setTextAlignment(
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )

    # --- what is typed ----------------------------------------------------------------------
    def set_received(self, sku: str, quantity: str, cost: str | None = None) -> None:
        """Type into a line, as the owner would (tests drive the dialog with it)."""
        row = self._row(sku)
        self._cell(row, RECEIVED).setText(quantity)
        if cost is not None:
            self._cell(row, COST).setText(cost)

    def set_instead(self, row: int, sku: str, quantity: str, price: str) -> None:
        """Another item for line `row` (an empty SKU: nothing instead)."""
        if row < 0:
            return
        self._instead[row] = Instead(sku.strip(), quantity.strip(), price.strip())
        self._show_instead(row)
        self._refresh()

    def _picked(self, sku: str) -> None:
        """An item chosen for the current line: all of the line came as it, at its cost,
        unless the owner types otherwise; '' takes the other item away."""
        row = self._shown_row
        if row < 0:
            return
        if not sku:
            self.set_instead(row, "", "", "")
            return
        line, fields = self._lines[row], self.instead
        quantity = fields.quantity.text() or editable(line.quantity)
        cost = self._costs.get(sku.lower())
        price = fields.price.text() or ("" if cost is None else editable_price(cost))
        if self._cell(row, RECEIVED).text().strip() == editable(line.quantity):
            self._cell(row, RECEIVED).setText("0")  # it came as the other item instead
        self.set_instead(row, sku, quantity, price)

    def _typed_instead(self) -> None:
        row = self._shown_row
        if row >= 0 and self._instead[row].sku:
            self._instead[row].quantity = self.instead.quantity.text().strip()
            self._instead[row].price = self.instead.price.text().strip()
            self._refresh()

    def _show_instead(self, row: int) -> None:
        """The instead fields show the current line's."""
        self._shown_row = row
        usable = 0 <= row < len(self._lines)
        sku = self._lines[row].sku if usable else None
        self.instead.show_line(sku, self._instead[row] if usable else Instead())

    # --- reading ----------------------------------------------------------------------------
    def delivery(self) -> Delivery:
        """Every line as typed; InputError, worded as `order receive` words it, on a bad one."""
        arrived = []
        for row, line in enumerate(self._lines):
            arrived.append(
                ArrivedLine(line.sku, quantity=self._number(row, RECEIVED),
                            price=self._number(row, COST), substitute=self._substitute(row))
            )  # fmt: skip
        return Delivery(tuple(arrived), delivery_note=self.ddt.text(),
                        invoice_number=self.invoice.text(), rest_as_ordered=False)  # fmt: skip

    def accept(self) -> None:
        """Close only when every cell reads as a number of zero or more."""
        try:
            self.delivery()
        except InputError as error:
            self.error.setText(error.detail)
            self.error.show()
            return
        super().accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter ends a field, never the whole delivery by accident (QDialog would take it as
        Receive): Ctrl+Enter receives, and so does Enter on the Receive button."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if not enter or self.focusWidget() is self.ok:
            super().keyPressEvent(event)
            return
        event.accept()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.accept()
        elif (
            not self.table.hasFocus() and self.table.state() != QAbstractItemView.State.EditingState
        ):
            self.focusNextChild()

    def _cell_closed(self, _editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """A cell ended with Enter goes down a line, as in a spreadsheet."""
        row, column = self.table.currentRow(), self.table.currentColumn()
        entered = hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
        if entered and row + 1 < self.table.rowCount():
            self.table.setCurrentCell(row + 1, column)

    def _substitute(self, row: int) -> Substitute | None:
        instead, sku = self._instead[row], self._lines[row].sku
        if not instead.sku:
            return None
        if instead.sku.lower() not in self._costs and self._costs:
            raise InputError(
                tr("{sku}: no item with SKU {other} arrived instead").format(
                    sku=sku, other=repr(instead.sku)
                ),
                column="substitute",
            )
        quantity = _read(sku, instead.quantity or "0", parse_containers, "quantity")
        price = _read(sku, instead.price, parse_money, "cost") if instead.price else None
        return Substitute(instead.sku, quantity, price)

    def _number(self, row: int, column: int) -> Decimal:
        """Read as `order receive --line SKU=QTY@PRICE` reads it, so the message is the same."""
        text = self._cell(row, column).text().strip()
        sku = self._lines[row].sku
        if column == RECEIVED:
            return _read(sku, text or "0", parse_containers, "quantity")
        return _read(sku, text, parse_money, "cost") if text else self._lines[row].unit_cost

    # --- what it will do --------------------------------------------------------------------
    def _refresh(self) -> None:
        """Each line's outcome and colour, and the footer; a cell that does not read says so."""
        self.table.blockSignals(True)
        outcomes: list[LineOutcome] = []
        prices = 0
        problem = ""
        for row, line in enumerate(self._lines):
            try:
                received, paid = self._number(row, RECEIVED), self._number(row, COST)
                instead = self._substitute(row)
            except InputError as error:
                problem = problem or error.detail
                self._mark(row, tr("to check: see below"), _MISSING, changed_price=False)
                continue
            outcome = line_outcome(line.quantity, received, substituted=instead is not None)
            new_price = arrived_at_new_price(received, line.unit_cost, paid)
            outcomes.append(outcome)
            prices += new_price
            if instead is not None:
                outcomes.append(LineOutcome.INSTEAD)
                cost = self._costs.get(instead.sku.lower())
                paid_instead = instead.price if instead.price is not None else cost
                prices += cost is not None and arrived_at_new_price(
                    instead.quantity, cost, paid_instead
                )
            self._mark(row, outcome_words(outcome, new_price, instead), _colour(outcome, new_price),
                       changed_price=new_price)  # fmt: skip
        self.table.blockSignals(False)
        said = delivery_summary(outcomes, prices, self._rule)
        self.summary.setText(problem or said)
        self.summary.setProperty("problem", bool(problem))

    def _mark(self, row: int, words: str, colour: QColor | None, *, changed_price: bool) -> None:
        outcome = self._cell(row, OUTCOME)
        outcome.setText(words)
        fill = QBrush(colour) if colour is not None else QBrush()
        for column in range(len(_TITLES)):
            self._cell(row, column).setBackground(fill)
        ink = _MISSING_TEXT if colour == _MISSING else _CHANGED_TEXT
        outcome.setForeground(QBrush(ink) if colour is not None else QBrush())
        font = self._cell(row, COST).font()
        font.setBold(changed_price)
        self._cell(row, COST).setFont(font)

    def _row(self, sku: str) -> int:
        return next(i for i, line in enumerate(self._lines) if line.sku == sku)

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None
        return item


def _bold(label: QLabel) -> None:
    font = label.font()
    font.setBold(True)
    label.setFont(font)


def _colour(outcome: LineOutcome, new_price: bool) -> QColor | None:
    if outcome is LineOutcome.NOT_ARRIVED:
        return _MISSING
    return _CHANGED if outcome.differs or new_price else None


def _read(sku: str, text: str, parse: Callable[[str], Decimal], what: str) -> Decimal:
    """One typed number of line `sku`: parsed, zero or more, or an InputError naming it."""
    try:
        value = parse(text)
    except InputError as error:
        raise InputError(f"{sku}: {error.detail}", column=what) from None
    return check_delivered(sku, value, what)
