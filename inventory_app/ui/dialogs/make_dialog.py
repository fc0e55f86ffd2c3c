"""Make a house prep: how many batches, then what went in, what came out and what ran short."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
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
# Asks where and writes the batch's label (parent, batch code, A4 sheet?): the path or None.
PrintLabel = Callable[[QWidget, str, bool], Path | None]


def result_text(result: ProductionResult) -> str:
    made = formatting.quantity(result.made, result.unit)
    batches = number_text(result.batches, 3)
    lines = [
        tr("Made {batches} × {recipe}: +{made} {sku}").format(
            batches=batches, recipe=result.recipe, made=made, sku=result.item_sku
        )
    ]
    if result.batch_code:
        lines.append(tr("Batch {code}").format(code=result.batch_code))
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

    def __init__(
        self, parent: QWidget | None, *, recipe: str, makes: str, make: MakePrep,
        print_label: PrintLabel | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._make = make
        self._print_label = print_label
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
        self.label_kind = named(QComboBox(), "labelKind")
        self.label_kind.addItem(tr("62 mm roll"), False)
        self.label_kind.addItem(tr("A4 sheet (3 × 8)"), True)
        self.label_button = named(QPushButton(tr("&Print label…")), "printLabel")
        self.label_button.clicked.connect(self.print_label)
        self.label_saved = named(QLabel(wordWrap=True), "labelSaved")
        self.label_saved.hide()
        labels = QHBoxLayout()
        labels.addWidget(QLabel(tr("Label:")))
        labels.addWidget(self.label_kind)
        labels.addWidget(self.label_button)
        labels.addStretch(1)
        self.label_row = QWidget()
        self.label_row.setLayout(labels)
        labels.setContentsMargins(0, 0, 0, 0)
        self.label_row.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.outcome)
        layout.addWidget(self.warning)
        layout.addWidget(self.label_row)
        layout.addWidget(self.label_saved)
        layout.addWidget(self.buttons)
        self.resize(420, 0)

    @classmethod
    def ask(
        cls, parent: QWidget | None, *, recipe: str, makes: str, make: MakePrep,
        print_label: PrintLabel | None = None,
    ) -> ProductionResult | None:  # fmt: skip
        """Modal; the production recorded, or None if nothing was made."""
        dialog = cls(parent, recipe=recipe, makes=makes, make=make, print_label=print_label)
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
        if self._print_label is not None and done.batch_code:
            self.label_row.show()
            self.label_button.setDefault(True)
            self.label_button.setFocus()
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        name_buttons(self.buttons)

    def print_label(self) -> None:
        """The new batch's label: where to save it is asked; the path is said once saved."""
        if self.made is None or self._print_label is None:
            return
        written = self._print_label(self, self.made.batch_code, bool(self.label_kind.currentData()))
        if written is not None:
            self.label_saved.setText(tr("Label saved: {path}").format(path=written))
            self.label_saved.show()

    def _problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.batches.setFocus()
