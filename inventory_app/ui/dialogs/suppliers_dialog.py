"""Suppliers: every supplier with whom to reach and their lead time as given and as their
deliveries show it, and one supplier's details to edit (issue 19: their address and P.IVA
head the order they receive, their email takes the prepared message).

The owner edits and adds; anyone else reads. Reads and the save are handed in
(SupplierActions) so tests can drive the dialog; the window's are ui/supplier_operations.py.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inventory_app.domain.errors import InputError, InventoryError
from inventory_app.domain.permissions import Action
from inventory_app.i18n.catalogue import tr
from inventory_app.services.catalogue.places import SupplierSpec
from inventory_app.services.ordering.supplier_records import SupplierRecord
from inventory_app.ui.context import AppContext
from inventory_app.ui.dialogs.buttons import standard_buttons
from inventory_app.ui.dialogs.supplier_form import SupplierForm
from inventory_app.ui.models.supplier_model import SupplierModel
from inventory_app.ui.read_only import make_read_only, read_only_reason
from inventory_app.ui.styling import named

ROW_HEIGHT = 28
Button = QDialogButtonBox.StandardButton


class SupplierActions:
    """What the dialog may do: read every supplier, save one (a refusal comes back)."""

    def __init__(
        self,
        *,
        load: Callable[[], list[SupplierRecord]],
        save: Callable[[SupplierSpec], InventoryError | None],
    ) -> None:
        self.load, self.save = load, save


class SuppliersDialog(QDialog):
    """The list on top, the chosen supplier's details below, New supplier and Save."""

    def __init__(
        self, parent: QWidget | None, *, actions: SupplierActions, read_only: str | None = None
    ) -> None:
        super().__init__(parent)
        self._actions = actions
        self.read_only = read_only
        self.saved = 0  # how many saves went through: the caller's "did anything change"
        self.setWindowTitle(tr("Suppliers"))
        self.model = SupplierModel(self)
        self.table = self._table()
        self.form = SupplierForm()
        self.heading = named(QLabel(), "sectionTitle")
        self.status = named(QLabel(wordWrap=True), "count")
        self.new_button = QPushButton(tr("&New supplier"))
        self.new_button.clicked.connect(self.new_supplier)
        self.buttons = standard_buttons(Button.Save | Button.Close)
        self.buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.heading)
        layout.addWidget(self.form)
        layout.addWidget(self.form.error)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.refresh()
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.new_supplier()
        if read_only is not None:
            make_read_only(read_only, layout=layout, buttons=self.buttons,
                           content=[self.form, self.new_button])  # fmt: skip
            self.buttons.rejected.connect(self.reject)
        self.resize(1040, 700)

    def _table(self) -> QTableView:
        table = named(QTableView(), "supplierTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.setAlternatingRowColors(True)
        table.selectionModel().selectionChanged.connect(lambda *_: self._show_chosen())
        return table

    def refresh(self) -> None:
        self.model.set_rows(self._actions.load())

    def chosen(self) -> SupplierRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, name: str) -> bool:
        """Choose a supplier by name, as a click on their row does."""
        row = self.model.row_of(name)
        if row is not None:
            self.table.selectRow(row)
        return row is not None

    def _show_chosen(self) -> None:
        record = self.chosen()
        if record is None:
            return
        self.heading.setText(record.spec.name)
        self.form.show_record(record)

    # --- actions ------------------------------------------------------------------------
    def new_supplier(self) -> None:
        """An empty form whose name is typed; Save adds the supplier."""
        self.table.clearSelection()
        self.heading.setText(tr("New supplier"))
        self.form.show_record(None)
        self.form.lines["name"].setFocus()

    def save(self) -> None:
        """Save the form; a refusal is shown beside it and nothing changes."""
        if self.read_only is not None:
            return
        spec = self.form.spec()
        error = self._actions.save(spec)
        if error is not None:
            self.form.show_error(error if isinstance(error, InputError) else None)
            if not isinstance(error, InputError):
                self.status.setText(str(error))
            return
        self.saved += 1
        self.refresh()
        self.select(spec.name)
        self.status.setText(tr("Saved {name}").format(name=spec.name.strip()))

    @classmethod
    def ask(cls, parent: QWidget | None, *, context: AppContext) -> bool:
        """Open it over the window; True when a supplier was saved."""
        from inventory_app.ui import supplier_operations as ops

        actions = SupplierActions(
            load=lambda: ops.load_suppliers(context.database),
            save=lambda spec: ops.save_supplier_details(context, spec=spec),
        )
        dialog = cls(parent, actions=actions,
                     read_only=read_only_reason(context, Action.EDIT_ITEMS))  # fmt: skip
        dialog.exec()
        return dialog.saved > 0
