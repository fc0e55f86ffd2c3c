"""Add or edit one modifier rule: its name, the recipe or every recipe, and what it does.

Only the fields the chosen action takes are enabled (domain/modifiers.py says which);
the save is handed in, and its refusal is shown beside the field it names.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

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

from inventory_app.domain.errors import InputError, InventoryError
from inventory_app.domain.modifiers import ModifierAction, ModifierSpec, parse_factor
from inventory_app.domain.recipes import parse_line_quantity
from inventory_app.domain.units import Unit, format_decimal
from inventory_app.i18n.catalogue import tr, trc
from inventory_app.i18n.formats import localized_number
from inventory_app.services.views.stock import ItemChoice
from inventory_app.ui.dialogs.buttons import standard_buttons
from inventory_app.ui.dialogs.recipe_lines import UNIT_LABELS, item_combo, picked_sku, select_sku
from inventory_app.ui.styling import named

SaveRule = Callable[[ModifierSpec], InventoryError | None]
FIELDS = ("modifier", "recipe", "action", "ingredient", "with", "quantity", "unit", "factor")
# What each action lets the owner fill in (the rest is disabled and left blank).
ENABLED = {
    ModifierAction.ADD: {"ingredient", "quantity", "unit"},
    ModifierAction.REPLACE: {"ingredient", "with", "quantity", "unit"},
    ModifierAction.SCALE: {"factor"},
    ModifierAction.IGNORE: set(),
}


class RuleDialog(QDialog):
    """`recipe` None: a rule for every recipe, and the scope cannot be narrowed here."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        spec: ModifierSpec | None,
        recipe: str | None,
        items: list[ItemChoice],
        save: SaveRule,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.saved: ModifierSpec | None = None
        title = tr("Edit modifier {name}") if spec else tr("New modifier rule")
        self.setWindowTitle(title.format(name=spec.modifier if spec else ""))
        self._errors: dict[str, QLabel] = {}
        self._build(recipe, items)
        self._load(spec or ModifierSpec("", ModifierAction.ADD, recipe=recipe))
        self.name.setFocus()

    def _build(self, recipe: str | None, items: list[ItemChoice]) -> None:
        self.banner = named(QLabel(wordWrap=True), "dialogError")
        self.banner.hide()
        self.name = QLineEdit(placeholderText=tr("as the till prints it, e.g. Double or Oat milk"))
        self.scope = QComboBox()
        self.scope.addItem(tr("every recipe"), None)
        if recipe is not None:
            self.scope.addItem(tr("{recipe} only").format(recipe=recipe), recipe)
        self.action = QComboBox()
        for action in ModifierAction:
            self.action.addItem(action.label, action.value)
        self.ingredient = item_combo(items)
        self.with_item = item_combo(items)
        self.quantity = QLineEdit(placeholderText=tr("per drink, e.g. 10"))
        self.unit = QComboBox()
        self.unit.addItem("", None)
        for unit in Unit:
            self.unit.addItem(trc("unit", UNIT_LABELS[unit]), unit.value)
        self.factor = QLineEdit(placeholderText=tr("e.g. 2 for a Double, 1.5 for a Large"))
        self.widgets: dict[str, QWidget] = {
            "modifier": self.name, "recipe": self.scope, "action": self.action,
            "ingredient": self.ingredient, "with": self.with_item, "quantity": self.quantity,
            "unit": self.unit, "factor": self.factor,
        }  # fmt: skip
        form = QFormLayout()
        labels = (
            tr("&Modifier"), tr("&For"), tr("&Action"), tr("&Ingredient"), tr("Replaced &by"),
            tr("&Quantity"), tr("&Unit"), tr("&Factor"),
        )  # fmt: skip
        for field, text in zip(FIELDS, labels, strict=True):
            label = QLabel(text)
            label.setBuddy(self.widgets[field])  # the & key moves to the field
            error = named(QLabel(wordWrap=True), "fieldError")
            error.hide()
            self._errors[field] = error
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(self.widgets[field])
            column.addWidget(error)
            form.addRow(label, column)
        self.hint = named(QLabel(wordWrap=True), "hint")
        self.buttons = standard_buttons(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.action.currentIndexChanged.connect(self._action_changed)

    def _load(self, spec: ModifierSpec) -> None:
        self.name.setText(spec.modifier)
        self.scope.setCurrentIndex(max(self.scope.findData(spec.recipe), 0))
        self.action.setCurrentIndex(self.action.findData(spec.action.value))
        select_sku(self.ingredient, spec.ingredient)
        select_sku(self.with_item, spec.with_sku)
        self.quantity.setText(_number(spec.quantity))
        self.unit.setCurrentIndex(
            max(self.unit.findData(spec.unit.value if spec.unit else None), 0)
        )
        self.factor.setText(_number(spec.factor))
        self._action_changed()

    def chosen_action(self) -> ModifierAction:
        return ModifierAction(self.action.currentData())

    def _action_changed(self) -> None:
        enabled = ENABLED[self.chosen_action()]
        for field in ("ingredient", "with", "quantity", "unit", "factor"):
            self.widgets[field].setEnabled(field in enabled)
        self.hint.setText(_HINTS[self.chosen_action()]())

    # --- reading and saving -------------------------------------------------------------
    def read(self) -> tuple[ModifierSpec | None, dict[str, str]]:
        """The spec as typed (fields the action does not take left out), or the bad cells."""
        enabled = ENABLED[self.chosen_action()]
        problems: dict[str, str] = {}

        def number(
            field: str, widget: QLineEdit, parse: Callable[[str], Decimal]
        ) -> Decimal | None:
            if field not in enabled or not widget.text().strip():
                return None
            try:
                return parse(widget.text())
            except InputError as error:
                problems[field] = error.detail
                return None

        quantity = number("quantity", self.quantity, parse_line_quantity)
        factor = number("factor", self.factor, parse_factor)
        unit = self.unit.currentData() if "unit" in enabled else None
        spec = ModifierSpec(
            modifier=self.name.text(), action=self.chosen_action(),
            recipe=self.scope.currentData(),
            ingredient=picked_sku(self.ingredient) or None if "ingredient" in enabled else None,
            with_sku=picked_sku(self.with_item) or None if "with" in enabled else None,
            quantity=quantity, unit=Unit(unit) if unit else None, factor=factor,
        )  # fmt: skip
        return (None if problems else spec), problems

    def accept(self) -> None:
        """Save; a refusal is shown beside its field (or on top) and the dialog stays open."""
        spec, problems = self.read()
        if spec is not None:
            error = self._save(spec)
            if error is None:
                self.saved = spec
                super().accept()
                return
            column = error.column if isinstance(error, InputError) else None
            detail = error.detail if isinstance(error, InputError) else str(error)
            problems = {column if column in FIELDS else "": detail}
        self.show_problems(problems)

    def show_problems(self, problems: dict[str, str]) -> None:
        for field, label in self._errors.items():
            label.setText(problems.get(field, ""))
            label.setVisible(field in problems)
        self.banner.setText(problems.get("", ""))
        self.banner.setVisible("" in problems)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        spec: ModifierSpec | None,
        recipe: str | None,
        items: list[ItemChoice],
        save: SaveRule,
    ) -> ModifierSpec | None:
        """Show the dialog modally; the saved spec, or None when cancelled."""
        dialog = cls(parent, spec=spec, recipe=recipe, items=items, save=save)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None


def _number(value: Decimal | None) -> str:
    return localized_number(format_decimal(value)) if value is not None else ""


_HINTS: dict[ModifierAction, Callable[[], str]] = {
    ModifierAction.ADD: lambda: tr("Adds this amount to each drink, whatever its size."),
    ModifierAction.REPLACE: lambda: tr(
        "Pours the other item instead; without a quantity, the same amount as the recipe."
    ),
    ModifierAction.SCALE: lambda: tr(
        "Multiplies the recipe's liquids and weights; cups, lids and garnish stay one each."
    ),
    ModifierAction.IGNORE: lambda: tr("The drink is the recipe as written."),
}
