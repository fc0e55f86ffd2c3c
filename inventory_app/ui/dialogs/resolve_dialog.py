"""Resolve one unmatched sale: the recipe it was, or what was poured into each drink.

Resolving deducts once, dated when the drink was sold (services/selling/unmatched.py).
What was poured is per drink: the line's quantity multiplies it. A person the services
would refuse sees why before trying, and the refusal itself if it comes anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from inventory_app.domain.errors import InputError, InventoryError
from inventory_app.domain.recipes import Channel
from inventory_app.i18n.catalogue import tr
from inventory_app.services.selling.pour_reads import PourSheet
from inventory_app.services.selling.pours import PourSpec
from inventory_app.services.selling.unmatched import Resolved, Unmatched
from inventory_app.ui.dialogs.buttons import standard_buttons
from inventory_app.ui.dialogs.pour_editor import PourEditor
from inventory_app.ui.styling import named


@dataclass(frozen=True)
class Resolution:
    """How the line is resolved: to `recipe`, or else to `pours` (per drink)."""

    recipe: str | None = None
    pours: tuple[PourSpec, ...] = ()


ResolveLine = Callable[[Resolution], Resolved | InventoryError]
RecipePours = Callable[[int, Channel], list[PourSpec]]


class ResolveDialog(QDialog):
    """The line at the top; a recipe or the pour editor; Resolve deducts."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        line: Unmatched,
        described: str,
        sheet: PourSheet,
        recipe_pours: RecipePours,
        resolve: ResolveLine,
        refusal: str | None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("resolveDialog")
        self.setWindowTitle(tr("Resolve {item}").format(item=line.item))
        self._resolve = resolve
        self.resolved: Resolved | None = None
        channel = line.channel or sheet.default_channel
        self.line_label = named(QLabel(described, wordWrap=True), "resolveLine")
        self.to_recipe = QRadioButton(tr("It was a &recipe:"))
        self.to_pours = QRadioButton(tr("It was &made to taste: what was poured into one drink"))
        group = QButtonGroup(self)
        group.addButton(self.to_recipe)
        group.addButton(self.to_pours)
        self.recipe = named(QComboBox(), "resolveRecipe")
        for entry in sheet.recipes:
            self.recipe.addItem(entry.name, entry.recipe_id)
        self.recipe.setCurrentIndex(-1)
        self.recipe.setPlaceholderText(tr("a recipe"))
        self.editor = PourEditor(
            sheet, recipe_lines=lambda recipe_id: recipe_pours(recipe_id, channel)
        )
        self.recipe.activated.connect(lambda _i: self.to_recipe.setChecked(True))
        self.editor.edited.connect(lambda: self.to_pours.setChecked(True))
        self.to_pours.setChecked(True)
        self.message = named(QLabel(wordWrap=True), "fieldError")
        self.message.hide()
        self.buttons = standard_buttons(QDialogButtonBox.StandardButton.Cancel)
        self.resolve_button = named(QPushButton(tr("&Resolve")), "resolveButton")
        self.buttons.addButton(self.resolve_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.resolve_button.clicked.connect(self.resolve_it)
        self.buttons.rejected.connect(self.reject)
        if refusal:
            self.resolve_button.setEnabled(False)
            self._problem(refusal)
        recipe_row = QHBoxLayout()
        recipe_row.addWidget(self.to_recipe)
        recipe_row.addWidget(self.recipe, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.line_label)
        layout.addLayout(recipe_row)
        layout.addWidget(self.to_pours)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(900, 620)
        for button in self.findChildren(QPushButton):  # Enter in a field never presses one:
            button.setAutoDefault(False)  # in the search it adds an item, elsewhere nothing

    def resolution(self) -> Resolution:
        """What was chosen; nothing chosen, or a bad amount, is raised as the words to show."""
        if self.to_recipe.isChecked():
            if self.recipe.currentIndex() < 0:
                raise InputError(tr("Choose the recipe it was"))
            return Resolution(recipe=self.recipe.currentText())
        return Resolution(pours=tuple(self.editor.pours()))

    def resolve_it(self) -> None:
        try:
            chosen = self.resolution()
        except InputError as error:
            self._problem(error.detail)
            return
        done = self._resolve(chosen)
        if isinstance(done, InventoryError):
            self._problem(tr("Not resolved: {error}").format(error=done))
            return
        self.resolved = done
        self.accept()

    def _problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
