"""The recipe editor's ingredient lines: item, quantity, unit and channel pickers per line."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inventory_app.domain.errors import InputError
from inventory_app.domain.recipes import Channel, parse_line_quantity
from inventory_app.domain.units import Unit, format_decimal
from inventory_app.i18n.catalogue import N_, NC_, tr, trc
from inventory_app.i18n.formats import localized_number
from inventory_app.services.recipes.editing import RecipeLineSpec
from inventory_app.services.views.stock import ItemChoice
from inventory_app.ui.styling import set_state

LineProblems = dict[tuple[int, str], str]  # (line number from 1, column) -> message
COLUMNS = ("ingredient", "quantity", "unit", "channel")
HEADERS = (N_("Ingredient"), N_("Quantity"), N_("Unit"), N_("Channel"), "")
CHANNEL_CHOICES: list[tuple[str, Channel | None]] = [
    (N_("All channels"), None),
    (N_("Take-away only"), Channel.TAKEAWAY),
    (N_("Speakeasy only"), Channel.SPEAKEASY),
]
_BASE_UNIT = {"ml": Unit.ML, "g": Unit.G, "pcs": Unit.PCS}
# The units as the picker names them; the value a line keeps is the unit itself.
UNIT_LABELS = {
    Unit.ML: NC_("unit", "ml"), Unit.CL: NC_("unit", "cl"), Unit.OZ: NC_("unit", "oz"),
    Unit.DASH: NC_("unit", "dash"), Unit.BARSPOON: NC_("unit", "barspoon"),
    Unit.DROP: NC_("unit", "drop"), Unit.G: NC_("unit", "g"), Unit.PCS: NC_("unit", "pcs"),
}  # fmt: skip
LINE_HEIGHT = 38


def item_combo(items: list[ItemChoice]) -> QComboBox:
    """An editable picker of 'SKU — name' that also takes a SKU typed by hand."""
    combo = QComboBox(editable=True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for choice in items:
        combo.addItem(choice.label, choice.sku)
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCurrentIndex(-1)
    edit = combo.lineEdit()
    if edit is not None:
        edit.setPlaceholderText(tr("SKU or name"))
    return combo


def picked_sku(combo: QComboBox) -> str:
    """The SKU the combo names: its chosen entry, or what was typed before ' — '."""
    text = combo.currentText().strip()
    found = combo.findText(text)
    if found >= 0:
        return str(combo.itemData(found))
    return text.split(" — ", 1)[0].strip()


def select_sku(combo: QComboBox, sku: str | None) -> None:
    found = combo.findData(sku) if sku else -1
    if found >= 0:
        combo.setCurrentIndex(found)
    else:
        combo.setCurrentIndex(-1)
        combo.setEditText(sku or "")
    edit = combo.lineEdit()
    if edit is not None:
        edit.setCursorPosition(0)  # show the SKU, not the end of a long name


class RecipeLines(QWidget):
    """A table of editable lines; problems mark their cell and are listed under the table."""

    edited = Signal()

    def __init__(self, items: list[ItemChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items = items
        self._units = {c.sku: c.unit for c in items}
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("recipeLines")
        self.table.setHorizontalHeaderLabels([tr(h) if h else h for h in HEADERS])
        self.table.verticalHeader().setDefaultSectionSize(LINE_HEIGHT)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 90), (2, 104), (3, 156), (4, 40)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(column, width)
        self.problems = QLabel(wordWrap=True)
        self.problems.setObjectName("fieldError")
        self.problems.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.table)
        layout.addWidget(self.problems)

    # --- lines ----------------------------------------------------------------------------
    def count(self) -> int:
        return self.table.rowCount()

    def add_line(self, line: RecipeLineSpec | None = None) -> None:
        """A new line at the end, filled from `line` if given; focus goes to its item."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        picker = item_combo(self._items)
        select_sku(picker, line.sku if line else None)
        quantity = QLineEdit(localized_number(format_decimal(line.quantity)) if line else "")
        quantity.setPlaceholderText("30")
        quantity.setAlignment(Qt.AlignmentFlag.AlignRight)
        unit = QComboBox()
        for choice in Unit:
            unit.addItem(trc("unit", UNIT_LABELS[choice]), choice.value)
        unit.setCurrentIndex(unit.findData((line.unit if line else Unit.ML).value))
        channel = QComboBox()
        for label, where in CHANNEL_CHOICES:
            channel.addItem(tr(label), where.value if where else "")
        channel.setCurrentIndex(
            channel.findData(line.channel.value if line and line.channel else "")
        )
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(tr("Remove this ingredient (Ctrl+Delete)"))
        remove.clicked.connect(lambda: self.remove_line(self._row_of(remove)))
        for number, widget in enumerate((picker, quantity, unit, channel, remove)):
            self.table.setCellWidget(row, number, widget)
        picker.currentTextChanged.connect(lambda _t: self._item_picked(picker, unit, quantity))
        quantity.textEdited.connect(lambda _t: self.edited.emit())
        unit.currentIndexChanged.connect(lambda _i: self.edited.emit())
        channel.currentIndexChanged.connect(lambda _i: self.edited.emit())
        if line is None:
            picker.setFocus()
        self.edited.emit()

    def remove_line(self, row: int | None = None) -> None:
        """Remove a line (the current one when not told which)."""
        row = self.table.currentRow() if row is None else row
        if 0 <= row < self.table.rowCount():
            self.table.removeRow(row)
            self.edited.emit()

    def _row_of(self, widget: QWidget) -> int:
        for row in range(self.table.rowCount()):
            if self.table.cellWidget(row, 4) is widget:
                return row
        return -1

    def _item_picked(self, picker: QComboBox, unit: QComboBox, quantity: QLineEdit) -> None:
        # Cups are counted in pieces, sugar weighed in grams: follow the item's base unit
        # unless the person already chose a unit that fits it.
        base = self._units.get(picked_sku(picker))
        current = Unit(unit.currentData())
        liquid = current not in (Unit.G, Unit.PCS)
        if base and not (base == "ml" and liquid):
            unit.setCurrentIndex(unit.findData(_BASE_UNIT[base].value))
        self.edited.emit()

    def widget(self, row: int, column: str) -> QWidget:
        return self.table.cellWidget(row, COLUMNS.index(column))

    # --- reading and problems -------------------------------------------------------------
    def read(self) -> tuple[tuple[RecipeLineSpec, ...], LineProblems]:
        lines: list[RecipeLineSpec] = []
        problems: LineProblems = {}
        for row in range(self.table.rowCount()):
            picker = self.widget(row, "ingredient")
            edit = self.widget(row, "quantity")
            unit = self.widget(row, "unit")
            channel = self.widget(row, "channel")
            assert isinstance(picker, QComboBox) and isinstance(edit, QLineEdit)
            assert isinstance(unit, QComboBox) and isinstance(channel, QComboBox)
            if not picker.currentText().strip() and not edit.text().strip():
                continue  # a blank line left at the end is not an ingredient
            try:
                quantity = parse_line_quantity(edit.text())
            except InputError as error:
                problems[(row + 1, "quantity")] = error.detail
                continue
            lines.append(
                RecipeLineSpec(
                    sku=picked_sku(picker),
                    quantity=quantity,
                    unit=Unit(unit.currentData()),
                    channel=Channel(channel.currentData()) if channel.currentData() else None,
                )
            )
        return tuple(lines), problems

    def show_problems(self, problems: LineProblems) -> None:
        """Mark each problem's cell red and list the messages under the table."""
        for row in range(self.table.rowCount()):
            for column in COLUMNS:
                cell = self.widget(row, column)
                bad = (row + 1, column) in problems
                set_state(cell, "invalid", bad)
                cell.setToolTip(problems.get((row + 1, column), ""))
        text = "\n".join(
            tr("Line {line}: {message}").format(line=row, message=message) if row else message
            for (row, _column), message in sorted(problems.items())
        )
        self.problems.setText(text)
        self.problems.setVisible(bool(text))
