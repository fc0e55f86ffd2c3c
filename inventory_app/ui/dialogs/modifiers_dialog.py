"""Recipes › Modifiers: the rules a recipe's variants and modifiers follow, added and edited.

For a recipe it lists its own rules and, in a section of their own, the ones for every
recipe (those apply to it too, unless it has its own of the same name); without a
recipe, every rule. Reads, saves and deletes are handed in, so tests can drive it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inventory_app.domain.errors import InventoryError
from inventory_app.domain.modifiers import ModifierSpec
from inventory_app.i18n.catalogue import tr
from inventory_app.services.recipes.modifiers import RuleRow
from inventory_app.services.views.stock import ItemChoice
from inventory_app.ui.dialogs.buttons import standard_buttons
from inventory_app.ui.dialogs.modifier_rule_dialog import RuleDialog
from inventory_app.ui.models.modifier_model import ModifierTableModel
from inventory_app.ui.read_only import make_read_only
from inventory_app.ui.styling import named

ROW_HEIGHT = 28


class RuleActions:
    """What the dialog may do with the rules: each call is one transaction of its own."""

    def __init__(
        self,
        *,
        load: Callable[[], list[RuleRow]],
        add: Callable[[ModifierSpec], InventoryError | None],
        edit: Callable[[int, ModifierSpec], InventoryError | None],
        delete: Callable[[int], InventoryError | None],
    ) -> None:
        self.load, self.add, self.edit, self.delete = load, add, edit, delete


class ModifiersDialog(QDialog):
    """Two tables (the recipe's own rules, the ones for every recipe) and Add, Edit, Remove."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        recipe: str | None,
        items: list[ItemChoice],
        actions: RuleActions,
        read_only: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.recipe, self._items, self._actions = recipe, items, actions
        self.read_only = read_only
        self.setWindowTitle(
            tr("Modifiers of {recipe}").format(recipe=recipe) if recipe else tr("Modifiers")
        )
        self.own = ModifierTableModel(self)
        self.shared = ModifierTableModel(self)
        self.own_table, self.shared_table = self._table(self.own), self._table(self.shared)
        self.own_label = named(QLabel(), "sectionTitle")
        self.shared_label = named(QLabel(tr("For every recipe")), "sectionTitle")
        intro = QLabel(
            tr(
                "What the till's variants and modifiers (Double, Oat milk…) do to the drink. "
                "A rule for this recipe wins over one of the same name for every recipe. "
                "A modifier no rule describes stops the sales import."
            ),
            wordWrap=True,
        )
        self.add_button = QPushButton(tr("&Add…"))
        self.edit_button = QPushButton(tr("&Edit…"))
        self.remove_button = QPushButton(tr("&Remove"))
        self.add_button.clicked.connect(self.add_rule)
        self.edit_button.clicked.connect(self.edit_rule)
        self.remove_button.clicked.connect(self.remove_rule)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        self.status = named(QLabel(wordWrap=True), "dialogError")
        self.status.hide()
        self.buttons = standard_buttons(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if recipe is not None:
            layout.addWidget(self.own_label)
            layout.addWidget(self.own_table)
        layout.addWidget(self.shared_label)
        layout.addWidget(self.shared_table)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.refresh()
        if read_only is not None:
            make_read_only(
                read_only, layout=layout, buttons=self.buttons,
                content=[self.add_button, self.edit_button, self.remove_button],
            )  # fmt: skip
            self.buttons.rejected.connect(self.reject)
        self.resize(760, 520)

    def _table(self, model: ModifierTableModel) -> QTableView:
        table = named(QTableView(), "modifierTable")
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setAlternatingRowColors(True)
        table.activated.connect(lambda _index: self.edit_rule())
        table.clicked.connect(lambda _index: self._picked(table))
        return table

    def refresh(self) -> None:
        rows = self._actions.load()
        self.own.set_rows([r for r in rows if r.spec.recipe is not None])
        self.shared.set_rows([r for r in rows if r.spec.recipe is None])
        if self.recipe is not None:
            self.own_label.setText(tr("For {recipe} only").format(recipe=self.recipe))

    def _picked(self, table: QTableView) -> None:
        """One selection across both tables: the rule Edit and Remove act on."""
        other = self.shared_table if table is self.own_table else self.own_table
        other.clearSelection()
        other.setCurrentIndex(other.model().index(-1, -1))

    def current_rule(self) -> RuleRow | None:
        for table, model in ((self.own_table, self.own), (self.shared_table, self.shared)):
            index = table.currentIndex()
            if index.isValid() and table.selectionModel().isSelected(index):
                return model.row_at(index.row())
        return None

    def select(self, modifier: str) -> bool:
        """Select a rule by its modifier's name (the first found), as a click would."""
        for table, model in ((self.own_table, self.own), (self.shared_table, self.shared)):
            for number, row in enumerate(model.rows):
                if row.spec.modifier.casefold() == modifier.casefold():
                    table.selectRow(number)
                    self._picked(table)
                    return True
        return False

    # --- actions --------------------------------------------------------------------------
    def add_rule(self) -> None:
        if self.read_only is None and self._ask(None) is not None:
            self.refresh()

    def edit_rule(self) -> None:
        rule = self.current_rule()
        if self.read_only is None and rule is not None and self._ask(rule) is not None:
            self.refresh()

    def _ask(self, rule: RuleRow | None) -> ModifierSpec | None:
        def save(spec: ModifierSpec) -> InventoryError | None:
            if rule is None:
                return self._actions.add(spec)
            return self._actions.edit(rule.id, spec)

        recipe = rule.spec.recipe if rule is not None else self.recipe
        return RuleDialog.ask(
            self, spec=rule.spec if rule else None, recipe=recipe or self.recipe,
            items=self._items, save=save,
        )  # fmt: skip

    def remove_rule(self) -> None:
        rule = self.current_rule()
        if self.read_only is not None or rule is None:
            return
        if not self._confirm_removal(rule):
            return
        error = self._actions.delete(rule.id)
        self.status.setText(str(error) if error else "")
        self.status.setVisible(error is not None)
        self.refresh()

    def _confirm_removal(self, rule: RuleRow) -> bool:
        """Keep is the default: a removed rule makes later imports stop on the modifier."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Remove the rule?"))
        box.setText(
            tr("Remove the rule for {modifier}? Later imports will stop on it again.").format(
                modifier=rule.spec.modifier
            )
        )
        remove = box.addButton(tr("Remove"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is remove
