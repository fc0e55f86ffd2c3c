"""Make a house prep: how many batches, then what went in, what came out and what ran short."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inventory_app.domain.display import number_text
from inventory_app.domain.errors import InputError, InventoryError
from inventory_app.domain.recipes import parse_batches
from inventory_app.i18n.catalogue import tr
from inventory_app.services.recipes.production import ProductionResult
from inventory_app.ui import formatting
from inventory_app.ui.dialogs.buttons import name_buttons, standard_buttons
from inventory_app.ui.formatting import shortage_text
from inventory_app.ui.styling import named

MakePrep = Callable[[Decimal], ProductionResult | InventoryError]


def result_text(result: ProductionResult) -> str:
    made = formatting.quantity(result.made, result.unit)
    batches = number_text(result.batches, 3)
    lines = [
        tr("Made {batches} × {recipe}: +{made} {sku}").format(
            batches=batches, recipe=result.recipe, made=made, sku=result.item_sku
        )
    ]
    lines += [
        "  "
        + tr("used {quantity} {name}").format(
            quantity=formatting.quantity(u.quantity, u.unit), name=u.name
        )
        for u in result.used
    ]
    return "\n".join(lines)


class MakeDialog(QDialog):
    """Batches (1 by default, halves allowed); the result replaces the question."""

    def __init__(self, parent: QWidget | None, *, recipe: str, makes: str, make: MakePrep) -> None:
        super().__init__(parent)
        self._make = make
        self.made: ProductionResult | None = None
        self.setWindowTitle(tr("Make {recipe}").format(recipe=recipe))
        self.question = QLabel(
            tr("<b>{recipe}</b><br>One batch makes {makes}.").format(recipe=recipe, makes=makes)
        )
        self.batches = named(QLineEdit("1"), "batches")
        self.batches.setMaximumWidth(90)
        self.batches.selectAll()
        label = QLabel(tr("&Batches"))
        label.setBuddy(self.batches)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.batches)
        row.addStretch(1)
        self.message = named(QLabel(wordWrap=True), "fieldError")
        self.message.hide()
        self.outcome = named(QLabel(wordWrap=True), "makeResult")
        self.outcome.hide()
        self.warning = named(QLabel(wordWrap=True), "makeShortages")
        self.warning.hide()
        self.buttons = standard_buttons(QDialogButtonBox.StandardButton.Cancel)
        self.make_button = QPushButton(tr("&Make"))
        self.make_button.setDefault(True)
        self.buttons.addButton(self.make_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.make_button.clicked.connect(self.make)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.outcome)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self.resize(420, 0)

    @classmethod
    def ask(
        cls, parent: QWidget | None, *, recipe: str, makes: str, make: MakePrep
    ) -> ProductionResult | None:
        """Modal; the production recorded, or None if nothing was made."""
        dialog = cls(parent, recipe=recipe, makes=makes, make=make)
        dialog.exec()
        return dialog.made

    def make(self) -> None:
        """Record the batches; the dialog then shows the result and offers Close."""
        try:
            batches = parse_batches(self.batches.text())
        except InputError as error:
            self._problem(error.detail)
            return
        done = self._make(batches)
        if isinstance(done, InventoryError):
            self._problem(str(done.detail if isinstance(done, InputError) else done))
            return
        self.made = done
        self.message.hide()
        self.outcome.setText(result_text(done))
        self.outcome.show()
        if done.shortages:
            self.warning.setText("\n".join(shortage_text(s) for s in done.shortages))
            self.warning.show()
        self.batches.setEnabled(False)
        self.make_button.hide()
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        name_buttons(self.buttons)

    def _problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.batches.setFocus()
