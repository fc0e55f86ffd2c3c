"""The modifier rules a recipe follows, one row each, with what each does in words."""

from __future__ import annotations

from PySide6.QtCore import QObject

from inventory_app.domain.display import exact_number, exact_quantity
from inventory_app.domain.modifiers import ModifierAction, ModifierSpec
from inventory_app.i18n.catalogue import N_, tr
from inventory_app.services.recipes.modifiers import RuleRow
from inventory_app.ui.models.row_table_model import RowColumn, RowTableModel


def scope_text(spec: ModifierSpec) -> str:
    """The recipe the rule is for, or 'every recipe'."""
    return spec.recipe or tr("every recipe")


def effect_text(spec: ModifierSpec) -> str:
    """'+ 2 dash BIT-ANGO', 'GIN-TANQ → GIN-SIPS', '× 2', '—' (ignore: nothing)."""
    amount = ""
    if spec.quantity is not None and spec.unit is not None:
        amount = exact_quantity(spec.quantity, spec.unit.value)  # every digit the rule has
    if spec.action is ModifierAction.ADD:
        return tr("+ {amount} {sku}").format(amount=amount, sku=spec.ingredient)
    if spec.action is ModifierAction.REPLACE:
        said = tr("{sku} → {amount} {other}") if amount else tr("{sku} → {other}")
        return said.format(sku=spec.ingredient, amount=amount, other=spec.with_sku)
    if spec.action is ModifierAction.SCALE and spec.factor is not None:
        return tr("× {factor} (pieces stay)").format(factor=exact_number(spec.factor))
    return tr("nothing")


COLUMNS: tuple[RowColumn[RuleRow], ...] = (
    RowColumn(N_("Modifier"), lambda r: r.spec.modifier),
    RowColumn(N_("For"), lambda r: scope_text(r.spec)),
    RowColumn(N_("Action"), lambda r: r.spec.action.label),
    RowColumn(N_("What it does"), lambda r: effect_text(r.spec)),
)


class ModifierTableModel(RowTableModel[RuleRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)
