"""The Recipes page: every cocktail and prep with its cost, pour cost % and margin."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inventory_app.domain.errors import InventoryError, NotFoundError
from inventory_app.domain.permissions import Action
from inventory_app.domain.recipes import RecipeKind
from inventory_app.i18n.catalogue import ntr, tr
from inventory_app.services.recipes.allergens import RecipeAllergens, allergens_sentence
from inventory_app.services.recipes.editing import RecipeRow, RecipeSpec
from inventory_app.ui import formatting, modifier_operations, operations, queries
from inventory_app.ui.actions import build_actions
from inventory_app.ui.context import AppContext, Change
from inventory_app.ui.dialogs.batches_dialog import save_label
from inventory_app.ui.dialogs.make_dialog import MakeDialog
from inventory_app.ui.dialogs.modifiers_dialog import ModifiersDialog, RuleActions
from inventory_app.ui.dialogs.recipe_dialog import RecipeDialog
from inventory_app.ui.file_choice import register_path
from inventory_app.ui.models.recipe_model import (
    RecipeColumn,
    RecipeFilterProxy,
    RecipeTableModel,
    yield_text,
)
from inventory_app.ui.read_only import read_only_reason
from inventory_app.ui.styling import named

ROW_HEIGHT = 30
COLUMN_WIDTHS = {
    RecipeColumn.KIND: 80,
    RecipeColumn.PRICE: 80,
    RecipeColumn.COST: 80,
    RecipeColumn.POUR_COST: 86,
    RecipeColumn.MARGIN: 80,
    RecipeColumn.POS_NAMES: 200,
    RecipeColumn.YIELD: 150,
}


class RecipesPage(QWidget):
    """Answers the change signal by re-reading the rows; opens the editor and Make."""

    SHOWS = Change.RECIPES | Change.ITEMS | Change.SETTINGS  # the changes it refreshes on

    status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.model = RecipeTableModel(self)
        self.proxy = RecipeFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = named(QLineEdit(clearButtonEnabled=True), "search")
        self.search.setPlaceholderText(tr("Search recipe or POS name…"))
        self.count = named(QLabel(), "count")
        self.table = self._table()
        self.actions_by_name = self._make_actions()
        bar = QHBoxLayout()
        bar.setSpacing(12)
        bar.addWidget(self.search, 2)
        bar.addWidget(self.count, 1, Qt.AlignmentFlag.AlignRight)
        for action in self.actions_by_name.values():
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setIconSize(QSize(18, 18))
            button.setAutoRaise(True)
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.allergens = named(QLabel(wordWrap=True), "recipeAllergens")
        self.allergens.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.allergens)
        self._allergens: dict[int, RecipeAllergens] = {}
        context.changes.watch(self, self.SHOWS, self.refresh)
        self.search.textChanged.connect(self._search)
        self.table.activated.connect(lambda _index: self.edit_recipe())
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        self.refresh()

    def _table(self) -> QTableView:
        table = named(QTableView(), "recipeTable")
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(ROW_HEIGHT)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        for column, width in COLUMN_WIDTHS.items():
            table.setColumnWidth(column, width)
        header.setSectionResizeMode(RecipeColumn.NAME, QHeaderView.ResizeMode.Stretch)
        return table

    def _make_actions(self) -> dict[str, QAction]:
        specs = [
            ("new", "add", tr("&New recipe…"), ["Ctrl+Shift+N"], self.new_recipe),
            ("edit", "edit", tr("&Edit recipe…"), ["Ctrl+Shift+E"], self.edit_recipe),
            ("make", "make", tr("&Make prep…"), ["Ctrl+M"], self.make_prep),
            ("modifiers", "edit", tr("Mo&difiers…"), ["Ctrl+Shift+D"], self.edit_modifiers),
            ("register", "import", tr("Allergen re&gister…"), ["Ctrl+Shift+G"], self.save_register),
        ]
        return build_actions(self, specs)

    # --- what the page shows ---------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read every recipe; the selected one stays selected."""
        keep = self.current_row()
        self.model.set_rows(queries.load_recipe_rows(self._context.database))
        self._allergens = queries.load_recipe_allergens(self._context.database)
        if keep is not None:
            self.select_recipe(keep.recipe_id)
        self._update_count()
        self._update_actions()

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _update_count(self) -> None:
        rows = self.model.rows
        cocktails = sum(r.kind is RecipeKind.COCKTAIL for r in rows)
        shown = self.proxy.rowCount()
        preps = len(rows) - cocktails
        # "1 preps" is what the count always said; each language picks its own plural.
        kinds = ntr(
            "{cocktails} cocktails · {preps} preps", "{cocktails} cocktails · {preps} preps", preps
        ).format(cocktails=cocktails, preps=preps)
        if shown != len(rows):
            kinds = tr("{shown} of {recipes}").format(shown=shown, recipes=kinds)
        self.count.setText(kinds)

    def _update_actions(self) -> None:
        row = self.current_row()
        found = self._allergens.get(row.recipe_id) if row is not None else None
        self.allergens.setText(allergens_sentence(found) if found is not None else "")
        self.allergens.setVisible(found is not None)
        self.actions_by_name["edit"].setEnabled(row is not None)
        self.actions_by_name["make"].setEnabled(row is not None and row.kind is RecipeKind.PREP)

    def current_row(self) -> RecipeRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def select_recipe(self, recipe_id: int) -> bool:
        source_row = self.model.row_of_recipe(recipe_id)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.table.scrollTo(index)
        return True

    def focus_search(self) -> None:
        """Ctrl+F: type to filter."""
        self.search.setFocus()
        self.search.selectAll()

    # --- actions --------------------------------------------------------------------------
    def new_recipe(self) -> None:
        self._edit(None, None, None)

    def show_costs(self, visible: bool) -> None:
        """Cost, pour cost % and margin are the owner's unless the bar shares them."""
        for column in (RecipeColumn.COST, RecipeColumn.POUR_COST, RecipeColumn.MARGIN):
            self.table.setColumnHidden(column, not visible)

    def edit_recipe(self) -> None:
        row = self.current_row()
        if row is None:
            return
        try:
            loaded = queries.load_recipe(self._context.database, row.recipe_id)
        except NotFoundError as error:
            QMessageBox.warning(self, tr("Recipe not found"), str(error))
            self.refresh()
            return
        self._edit(loaded.spec, loaded.recipe_id, loaded.version)

    def _edit(self, spec: RecipeSpec | None, recipe_id: int | None, version: int | None) -> None:
        database = self._context.database
        saved = RecipeDialog.ask(
            self,
            spec=spec,
            items=queries.load_item_choices(database),
            check=lambda s: queries.check_recipe(database, s, recipe_id=recipe_id),
            save=lambda s: operations.save_recipe(
                self._context, spec=s, recipe_id=recipe_id, expected_version=version
            ),
            read_only=read_only_reason(self._context, Action.EDIT_RECIPES),
            show_costs=self._context.sees_costs,
        )
        if saved is None:
            return
        for row in self.model.rows:
            if row.name.casefold() == saved.name.casefold():
                self.select_recipe(row.recipe_id)
        self.status_message.emit(tr("Saved {name}").format(name=saved.name))

    def edit_modifiers(self) -> None:
        """The rules of the selected cocktail (and every recipe's); none selected: all rules."""
        row = self.current_row()
        recipe = row.name if row is not None and row.kind is RecipeKind.COCKTAIL else None
        context, database = self._context, self._context.database
        actions = RuleActions(
            load=lambda: queries.load_modifier_rules(database, recipe),
            add=lambda spec: modifier_operations.add_modifier_rule(context, spec=spec),
            edit=lambda rule_id, spec: modifier_operations.edit_modifier_rule(
                context, rule_id=rule_id, spec=spec
            ),
            delete=lambda rule_id: modifier_operations.delete_modifier_rule(
                context, rule_id=rule_id
            ),
        )
        dialog = ModifiersDialog(
            self, recipe=recipe, items=queries.load_item_choices(database), actions=actions,
            read_only=read_only_reason(context, Action.EDIT_RECIPES),
        )  # fmt: skip
        self.modifiers_dialog = dialog
        dialog.exec()

    def save_register(self) -> None:
        """The menu's allergen register, as the PDF or workbook the owner names."""
        path = register_path(self, tr("Save the allergen register"), tr("allergen-register.pdf"))
        if path is None:
            return
        try:
            written = queries.write_allergen_register(self._context.database, path)
        except (InventoryError, OSError) as error:
            QMessageBox.warning(self, tr("Register not saved"), str(error))
            return
        self.status_message.emit(tr("The allergen register is {path}").format(path=written))

    def make_prep(self) -> None:
        row = self.current_row()
        if row is None or row.kind is not RecipeKind.PREP:
            return
        done = MakeDialog.ask(
            self,
            recipe=row.name,
            makes=yield_text(row),
            make=lambda batches: operations.make_prep(
                self._context, name=row.name, batches=batches
            ),
            print_label=lambda parent, code, sheet: save_label(
                parent, self._context, code, sheet=sheet
            ),
        )
        if done is not None:
            self.status_message.emit(
                tr("Made {recipe}: {amount}").format(
                    recipe=done.recipe,
                    amount=formatting.quantity(done.made, done.unit, signed=True),
                )
            )
