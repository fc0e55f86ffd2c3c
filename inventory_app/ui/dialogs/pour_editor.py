"""The pour editor: what went into one drink, item by item, for a bespoke drink or a resolve.

Made for a finger at the counter: type a few letters of a name or SKU and tap the item
(or press Enter for the first match); it comes in with its usual pour
(services/selling/pour_reads.py), which stays editable with its unit. "Start from" a
recipe fills the lines from the recipe's own for the channel, each then changed or
removed. Amounts are read in the locale (4,5 in Italian), exactly.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inventory_app.domain.errors import InputError
from inventory_app.domain.recipes import parse_line_quantity
from inventory_app.domain.units import Unit, format_decimal
from inventory_app.i18n.catalogue import N_, tr, trc
from inventory_app.i18n.formats import localized_number
from inventory_app.services.selling.pour_reads import PourChoice, PourSheet
from inventory_app.services.selling.pours import PourSpec, check_amount
from inventory_app.ui.dialogs.recipe_lines import UNIT_LABELS
from inventory_app.ui.styling import named, set_state

RecipeLines = Callable[[int], list[PourSpec]]  # a recipe's lines for the channel in use
HEADERS = (N_("Ingredient"), N_("Pour"), N_("Unit"), "")  # the amount poured
INGREDIENT, AMOUNT, UNIT, REMOVE = range(4)
LINE_HEIGHT = 40
MATCH_HEIGHT = 36
# The units a pour of each kind of item may be written in (to_base converts within a kind).
UNITS_OF = {
    "ml": (Unit.ML, Unit.CL, Unit.OZ, Unit.DASH, Unit.BARSPOON, Unit.DROP),
    "g": (Unit.G,),
    "pcs": (Unit.PCS,),
}


def amount_text(amount: Decimal) -> str:
    """4.5 as the reader writes it: '4,5' in Italian."""
    return localized_number(format_decimal(amount))


class PourEditor(QWidget):
    """Ingredient lines, a searchable list of items to tap, and a recipe to start from."""

    edited = Signal()
    started = Signal(int)  # a recipe's lines were taken: its id

    def __init__(
        self, sheet: PourSheet, *, recipe_lines: RecipeLines, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._choices = {c.sku: c for c in sheet.choices}
        self._recipe_lines = recipe_lines
        self.recipe = named(QComboBox(), "pourRecipe")
        for entry in sheet.recipes:
            self.recipe.addItem(entry.name, entry.recipe_id)
        self.recipe.setCurrentIndex(-1)
        self.recipe.setPlaceholderText(tr("a recipe"))
        self.start_button = named(QPushButton(tr("Start &from this recipe")), "pourStart")
        self.start_button.setEnabled(False)
        self.recipe.currentIndexChanged.connect(
            lambda index: self.start_button.setEnabled(index >= 0)
        )
        self.start_button.clicked.connect(self._start_from_chosen)
        self.search = named(QLineEdit(), "pourSearch")
        self.search.setPlaceholderText(tr("Type a few letters of a name or SKU"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._add_first_match)
        self.matches = named(QListWidget(), "pourMatches")
        self.matches.setMinimumWidth(260)
        self.matches.itemClicked.connect(self._tapped)
        self.matches.itemActivated.connect(self._tapped)
        for choice in sheet.choices:
            item = QListWidgetItem(choice.label)
            item.setData(Qt.ItemDataRole.UserRole, choice.sku)
            item.setSizeHint(QSize(200, MATCH_HEIGHT))  # a finger's height
            self.matches.addItem(item)
        self.lines = self._build_table()
        self.problems = named(QLabel(wordWrap=True), "fieldError")
        self.problems.hide()
        self._layout()

    def _build_table(self) -> QTableWidget:
        table = named(QTableWidget(0, len(HEADERS)), "pourLines")
        table.setHorizontalHeaderLabels([tr(h) if h else h for h in HEADERS])
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(LINE_HEIGHT)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setShowGrid(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(INGREDIENT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((AMOUNT, 90), (UNIT, 120), (REMOVE, 44)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            table.setColumnWidth(column, width)
        return table

    def _layout(self) -> None:
        start = QHBoxLayout()
        start.addWidget(QLabel(tr("Start from:")))
        start.addWidget(self.recipe, 1)
        start.addWidget(self.start_button)
        picking = QVBoxLayout()
        picking.addWidget(self.search)
        picking.addWidget(self.matches, 1)
        poured = QVBoxLayout()
        poured.addWidget(self.lines, 1)
        poured.addWidget(self.problems)
        columns = QHBoxLayout()
        columns.addLayout(picking, 2)
        columns.addLayout(poured, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(start)
        layout.addLayout(columns, 1)

    # --- filling ----------------------------------------------------------------------------
    def _filter(self, text: str) -> None:
        """Only the items whose SKU or name holds the letters typed (any case)."""
        wanted = text.strip().casefold()
        for row in range(self.matches.count()):
            item = self.matches.item(row)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def _visible_matches(self) -> list[QListWidgetItem]:
        return [
            self.matches.item(row)
            for row in range(self.matches.count())
            if not self.matches.item(row).isHidden()
        ]

    def _add_first_match(self) -> None:
        """Enter takes the first item the letters typed match (none before a letter)."""
        shown = self._visible_matches() if self.search.text().strip() else []
        if shown:
            self._tapped(shown[0])

    def _tapped(self, item: QListWidgetItem) -> None:
        """A tap on an item adds it with its usual pour; the search is ready for the next."""
        self.add_line(str(item.data(Qt.ItemDataRole.UserRole)))
        self.search.clear()
        self.search.setFocus()

    def _start_from_chosen(self) -> None:
        recipe_id = self.recipe.currentData()
        if recipe_id is not None:
            self.start_from(int(recipe_id))

    def start_from(self, recipe_id: int) -> None:
        """The recipe's lines for the channel replace the lines there were."""
        self.clear()
        for sku, amount, unit in self._recipe_lines(recipe_id):
            self.add_line(sku, amount, unit)
        self.started.emit(recipe_id)

    def clear(self) -> None:
        self.lines.setRowCount(0)
        self.problems.hide()
        self.edited.emit()

    def add_line(self, sku: str, amount: Decimal | None = None, unit: str | None = None) -> None:
        """A line for the item, with this amount or else its usual pour."""
        choice = self._choices.get(sku) or PourChoice(sku, sku, "ml", None, Unit.ML.value)
        if amount is None:
            amount, unit = choice.usual, choice.usual_unit
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        name = QTableWidgetItem(choice.label)
        name.setData(Qt.ItemDataRole.UserRole, choice.sku)
        self.lines.setItem(row, INGREDIENT, name)
        edit = QLineEdit(amount_text(amount) if amount is not None else "")
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.textEdited.connect(lambda _t: self.edited.emit())
        units = QComboBox()
        for choice_unit in UNITS_OF.get(choice.unit, tuple(Unit)):
            units.addItem(trc("unit", UNIT_LABELS[choice_unit]), choice_unit.value)
        units.setCurrentIndex(max(0, units.findData(unit or choice.usual_unit)))
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(tr("Remove this ingredient"))
        remove.clicked.connect(lambda: self._remove(remove))
        self.lines.setCellWidget(row, AMOUNT, edit)
        self.lines.setCellWidget(row, UNIT, units)
        self.lines.setCellWidget(row, REMOVE, remove)
        if amount is None:
            edit.setFocus()
        self.edited.emit()

    def _remove(self, button: QToolButton) -> None:
        for row in range(self.lines.rowCount()):
            if self.lines.cellWidget(row, REMOVE) is button:
                self.lines.removeRow(row)
                self.edited.emit()
                return

    # --- reading ----------------------------------------------------------------------------
    def amount_edit(self, row: int) -> QLineEdit:
        edit = self.lines.cellWidget(row, AMOUNT)
        assert isinstance(edit, QLineEdit)
        return edit

    def unit_combo(self, row: int) -> QComboBox:
        combo = self.lines.cellWidget(row, UNIT)
        assert isinstance(combo, QComboBox)
        return combo

    def skus(self) -> list[str]:
        """The SKU of each line, in order."""
        found = []
        for row in range(self.lines.rowCount()):
            cell = self.lines.item(row, INGREDIENT)
            found.append(str(cell.data(Qt.ItemDataRole.UserRole)) if cell is not None else "")
        return found

    def pours(self) -> list[PourSpec]:
        """The lines as pours; a bad amount is marked and raised, naming its line."""
        pours: list[PourSpec] = []
        for row, sku in enumerate(self.skus()):
            edit = self.amount_edit(row)
            set_state(edit, "invalid", False)
            try:
                amount = parse_line_quantity(edit.text())
                check_amount(amount, edit.text().strip())
            except InputError as error:
                set_state(edit, "invalid", True)
                edit.setFocus()
                message = tr("Line {line}: {message}").format(line=row + 1, message=error.detail)
                self.show_problem(message)
                raise InputError(message) from None
            pours.append((sku, amount, str(self.unit_combo(row).currentData())))
        if not pours:
            message = tr("Tap at least one ingredient, or start from a recipe")
            self.show_problem(message)
            raise InputError(message)
        self.problems.hide()
        return pours

    def show_problem(self, text: str) -> None:
        self.problems.setText(text)
        self.problems.setVisible(bool(text))
