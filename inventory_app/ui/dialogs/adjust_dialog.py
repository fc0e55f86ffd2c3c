"""Record waste, breakage, a comp or a correction for one item."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from inventory_app.domain.catalogue import ADJUST_REASONS, Reason
from inventory_app.domain.errors import InputError, InventoryError
from inventory_app.domain.units import Unit, parse_quantity
from inventory_app.i18n.catalogue import NC_, tr, trc
from inventory_app.i18n.formats import date_text
from inventory_app.services.batches.reads import BatchRow
from inventory_app.services.views.stock import StockRow
from inventory_app.ui import formatting
from inventory_app.ui.dialogs.buttons import standard_buttons
from inventory_app.ui.operations import Adjustment

SubmitAdjustment = Callable[[Adjustment], InventoryError | None]
# The reasons as the dialog names them (the stored value stays the English word).
REASON_LABELS = {
    Reason.WASTE: NC_("reason", "waste"),
    Reason.BREAKAGE: NC_("reason", "breakage"),
    Reason.COMP: NC_("reason", "comp"),
    Reason.CORRECTION: NC_("reason", "correction"),
}


def batch_choice(batch: BatchRow) -> str:
    """'ORG-261208-2 · made 08/12/2026 · 450 ml left', in the current language."""
    made = date_text(batch.made_on) if batch.made_on else "—"
    return tr("{code} · made {made} · {remaining} left").format(
        code=batch.code, made=made, remaining=formatting.quantity(batch.remaining, batch.unit)
    )


class AdjustDialog(QDialog):
    """A signed quantity with its unit ('-40 ml'), a reason and a note."""

    def __init__(
        self, parent: QWidget | None, *, row: StockRow, submit: SubmitAdjustment,
        batches: Sequence[BatchRow] = (),
    ) -> None:  # fmt: skip
        """`batches`: a flask's open batches, oldest first, to take it from one of them."""
        super().__init__(parent)
        self._row = row
        self._submit = submit
        self.done_adjustment: Adjustment | None = None
        self.setWindowTitle(tr("Adjust stock: {name}").format(name=row.name))
        self.reason = QComboBox()
        for reason in ADJUST_REASONS:
            self.reason.addItem(trc("reason", REASON_LABELS[reason]).capitalize(), reason.value)
        self.quantity = QLineEdit()
        self.quantity.setObjectName("quantity")
        self.quantity.setPlaceholderText(
            tr("-40 {unit}   (negative removes stock)").format(unit=row.unit)
        )
        self.batch = QComboBox()
        self.batch.setObjectName("batch")
        self.batch.addItem(tr("Oldest first"), None)
        for batch in batches:
            self.batch.addItem(batch_choice(batch), batch.code)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(tr("optional: what happened"))
        self.error = QLabel(wordWrap=True)
        self.error.setObjectName("fieldError")
        self.error.hide()
        on_hand = QLabel(
            tr("{quantity} on hand").format(quantity=formatting.quantity(row.on_hand, row.unit))
        )
        form = QFormLayout()
        form.addRow(tr("Item"), QLabel(f"<b>{row.name}</b> · {row.sku}"))
        form.addRow(tr("Now"), on_hand)
        form.addRow(tr("Reason"), self.reason)
        form.addRow(tr("Change"), self.quantity)
        if row.kind == "flask":  # a house prep: from the oldest batch, or one chosen
            form.addRow(tr("Batch"), self.batch)
        form.addRow("", self.error)
        form.addRow(tr("Note"), self.note)
        buttons = standard_buttons(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.quantity.setFocus()
        self.resize(440, 0)

    @classmethod
    def ask(
        cls, parent: QWidget | None, *, row: StockRow, submit: SubmitAdjustment,
        batches: Sequence[BatchRow] = (),
    ) -> Adjustment | None:  # fmt: skip
        """Show the dialog modally; the recorded adjustment, or None when cancelled."""
        dialog = cls(parent, row=row, submit=submit, batches=batches)
        return dialog.done_adjustment if dialog.exec() == QDialog.DialogCode.Accepted else None

    def read(self) -> Adjustment:
        """The adjustment the fields describe; InputError when the quantity is unreadable."""
        amount, unit = parse_quantity(self.quantity.text(), default_unit=Unit(self._row.unit))
        return Adjustment(
            sku=self._row.sku,
            amount=amount,
            unit=unit,
            reason=Reason(self.reason.currentData()),
            note=self.note.text(),
            batch=self.batch.currentData() if self._row.kind == "flask" else None,
        )

    def accept(self) -> None:
        """Record it; a bad quantity or a refused adjustment stays in the dialog."""
        try:
            adjustment = self.read()
        except InputError as error:
            self._show(error)
            return
        failure = self._submit(adjustment)
        if failure is not None:
            self._show(failure)
            return
        self.done_adjustment = adjustment
        super().accept()

    def _show(self, error: InventoryError) -> None:
        self.error.setText(error.detail if isinstance(error, InputError) else str(error))
        self.error.show()
        self.quantity.setFocus()
