"""Add or edit a recipe: fields, ingredient lines, a live cost preview; the save is handed in."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inventory_app.domain.errors import InputError, InventoryError
from inventory_app.domain.money import format_money, parse_money, to_cents
from inventory_app.domain.recipes import Channel, RecipeKind, parse_yield
from inventory_app.domain.units import format_decimal
from inventory_app.i18n.catalogue import NC_, tr, trc
from inventory_app.i18n.formats import localized_number
from inventory_app.services.recipes.editing import RecipeSpec
from inventory_app.services.recipes.editor_reads import RecipeCheck
from inventory_app.services.views.stock import ItemChoice
from inventory_app.ui.dialogs.buttons import standard_buttons
from inventory_app.ui.dialogs.recipe_lines import (
    LineProblems,
    RecipeLines,
    item_combo,
    picked_sku,
    select_sku,
)
from inventory_app.ui.icons import icon
from inventory_app.ui.models.recipe_model import percent
from inventory_app.ui.read_only import make_read_only
from inventory_app.ui.styling import named

SaveRecipe = Callable[[RecipeSpec], InventoryError | None]
CheckRecipe = Callable[[RecipeSpec], RecipeCheck]
Problems = dict[str, str]
FIELDS = (
    "recipe", "kind", "price", "pos_name", "menu_position", "yield_sku", "yield_quantity", "notes",
)  # fmt: skip
MENU_PLACES = 999
LINE_COLUMNS = {"ingredient", "quantity", "unit", "channel"}
CHECK_DELAY_MS = 300
# The kinds as the picker names them (the stored value stays the English word).
KIND_LABELS = {
    RecipeKind.COCKTAIL: NC_("recipe kind", "cocktail"),
    RecipeKind.PREP: NC_("recipe kind", "prep"),
}
_SPLIT = re.compile(r"[,|]")


def split_names(text: str) -> tuple[str, ...]:
    """POS names typed with | or commas between them."""
    return tuple(n.strip() for n in _SPLIT.split(text) if n.strip())


def sort_problems(errors: list[InputError]) -> tuple[Problems, LineProblems]:
    """The service's problems by field, and line problems by (line, column)."""
    fields: Problems = {}
    lines: LineProblems = {}
    for error in errors:
        column = error.column or "recipe"
        if column in LINE_COLUMNS or error.row is not None:
            lines.setdefault((error.row or 0, column), error.detail)
        else:
            fields.setdefault(column if column in FIELDS else "recipe", error.detail)
    return fields, lines


class RecipeDialog(QDialog):
    """Problems beside their fields or on their line; a failed save keeps the dialog open."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        spec: RecipeSpec | None,
        items: list[ItemChoice],
        check: CheckRecipe,
        save: SaveRecipe,
        read_only: str | None = None,
        show_costs: bool = True,
    ) -> None:
        """`read_only`: why this person may only look; `show_costs`: the preview's costs."""
        super().__init__(parent)
        self.read_only = read_only
        self._show_costs = show_costs
        self._check, self._save = check, save
        self._tried = False
        self.saved: RecipeSpec | None = None
        self.setWindowTitle(tr("Edit {name}").format(name=spec.name) if spec else tr("New recipe"))
        self._errors: dict[str, QLabel] = {}
        self._cells: dict[str, QWidget] = {}
        self._timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._timer.timeout.connect(self.recheck)
        self._build(items)
        self._load(spec or RecipeSpec(name=""))
        if read_only is not None:
            self._freeze(read_only)
        self.name.setFocus()
        self.resize(880, 680)

    # --- building -------------------------------------------------------------------------
    def _build(self, items: list[ItemChoice]) -> None:
        self.banner = named(QLabel(wordWrap=True), "dialogError")
        self.banner.hide()
        self.name = QLineEdit(placeholderText=tr("e.g. Negroni"))
        self.kind = QComboBox()
        for kind in RecipeKind:
            self.kind.addItem(trc("recipe kind", KIND_LABELS[kind]), kind.value)
        self.price = QLineEdit(placeholderText=tr("€ 0.00, VAT included"))
        self.pos_names = QLineEdit(placeholderText=tr("names on the till, separated by | or ,"))
        self.menu_place = QSpinBox()
        self.menu_place.setRange(0, MENU_PLACES)
        self.menu_place.setSpecialValueText(tr("last"))  # 0: a new cocktail goes at the end
        self.menu_place.setToolTip(
            tr(
                "Where the tile stands on the Sell page: 1 is the first. The tiles never move "
                "by themselves; the owner can also drag one onto another there."
            )
        )
        self.yield_item = item_combo(items)
        self.yield_quantity = QLineEdit(placeholderText=tr("in the item's unit, e.g. 700"))
        self.notes = QLineEdit()
        self.form = QFormLayout()
        for field, label, widget in (
            ("recipe", tr("&Name"), self.name),
            ("kind", tr("&Kind"), self.kind),
            ("price", tr("&Price"), self.price),
            ("pos_name", tr("P&OS names"), self.pos_names),
            ("menu_position", tr("Place on the &menu"), self.menu_place),
            ("yield_sku", tr("&Makes"), self.yield_item),
            ("yield_quantity", tr("&Yield per batch"), self.yield_quantity),
            ("notes", tr("No&tes"), self.notes),
        ):
            self.form.addRow(label, self._cell(field, widget))
        self.preview = named(QLabel(wordWrap=True), "costPreview")
        self.lines = RecipeLines(items)
        self.add_button = QPushButton(icon("add"), tr("&Add ingredient"))
        self.add_button.setToolTip(tr("Add an ingredient line (Ctrl+L)"))
        self.add_button.clicked.connect(lambda: self.lines.add_line())
        self.shortcuts = (QShortcut(QKeySequence("Ctrl+L"), self),
                          QShortcut(QKeySequence("Ctrl+Delete"), self))  # fmt: skip
        self.shortcuts[0].activated.connect(lambda: self.lines.add_line())
        self.shortcuts[1].activated.connect(self.lines.remove_line)
        box = QGroupBox(tr("Ingredients"))
        inner = QVBoxLayout(box)
        inner.addWidget(self.lines)
        inner.addWidget(self.add_button)
        buttons = standard_buttons(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(self.form)
        layout.addWidget(self.preview)
        layout.addWidget(box, 1)
        layout.addWidget(buttons)
        self.preview.setVisible(self._show_costs)
        self._layout, self._buttons, self._ingredients = layout, buttons, box
        self._watch()

    def _freeze(self, reason: str) -> None:
        """Read-only once loaded: the ingredient lines exist only after _load."""
        fields = [self.name, self.kind, self.price, self.pos_names, self.yield_item,
                  self.yield_quantity, self.notes, self._ingredients]  # fmt: skip
        make_read_only(reason, layout=self._layout, content=fields, buttons=self._buttons)
        for shortcut in self.shortcuts:
            shortcut.setEnabled(False)

    def _cell(self, field: str, widget: QWidget) -> QWidget:
        """The field with its red message underneath (hidden until there is one)."""
        widget.setObjectName(field)
        error = named(QLabel(wordWrap=True), "fieldError")
        error.hide()
        self._errors[field] = error
        cell = QWidget()
        self._cells[field] = cell
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        return cell

    def _watch(self) -> None:
        for edit in (self.name, self.price, self.pos_names, self.yield_quantity, self.notes):
            edit.textEdited.connect(self._edited)
        self.yield_item.currentTextChanged.connect(self._edited)
        self.menu_place.valueChanged.connect(self._edited)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.lines.edited.connect(self._edited)

    def _load(self, spec: RecipeSpec) -> None:
        self.name.setText(spec.name)
        self.kind.setCurrentIndex(self.kind.findData(spec.kind.value))
        price = spec.price
        self.price.setText("" if price is None else localized_number(str(to_cents(price))))
        self.pos_names.setText(" | ".join(spec.pos_names))
        self.menu_place.setValue(spec.menu_position or 0)
        select_sku(self.yield_item, spec.yield_sku)
        quantity = spec.yield_quantity
        shown = "" if quantity is None else localized_number(format_decimal(quantity))
        self.yield_quantity.setText(shown)
        self.notes.setText(spec.notes)
        for line in spec.lines:
            self.lines.add_line(line)
        if not spec.lines:
            self.lines.add_line()
        self._kind_changed()

    # --- reading and checking -------------------------------------------------------------
    def kind_value(self) -> RecipeKind:
        return RecipeKind(self.kind.currentData())

    def read(self) -> tuple[RecipeSpec, Problems, LineProblems]:
        """The spec the fields describe, and what could not even be read (bad numbers)."""
        problems: Problems = {}
        prep = self.kind_value() is RecipeKind.PREP
        price = None if prep else self._number(self.price, "price", problems, money=True)
        quantity = self._number(self.yield_quantity, "yield_quantity", problems) if prep else None
        lines, line_problems = self.lines.read()
        spec = RecipeSpec(
            name=self.name.text().strip(),
            kind=self.kind_value(),
            price=price,
            pos_names=() if prep else split_names(self.pos_names.text()),
            lines=lines,
            yield_sku=(picked_sku(self.yield_item) or None) if prep else None,
            yield_quantity=quantity,
            notes=self.notes.text().strip(),
            menu_position=None if prep else (self.menu_place.value() or None),
        )
        return spec, problems, line_problems

    def _number(
        self, edit: QLineEdit, field: str, problems: Problems, *, money: bool = False
    ) -> Decimal | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            return parse_money(text) if money else parse_yield(text)
        except InputError as error:
            problems[field] = error.detail
            return None

    def _edited(self, *_args: object) -> None:
        self._timer.start()

    def _kind_changed(self) -> None:
        prep = self.kind_value() is RecipeKind.PREP
        for field, visible in (
            ("price", not prep), ("pos_name", not prep), ("menu_position", not prep),
            ("yield_sku", prep), ("yield_quantity", prep),
        ):  # fmt: skip
            self.form.setRowVisible(self._cells[field], visible)
        self._edited()

    def recheck(self) -> RecipeCheck | None:
        """The cost preview, and the problems once a save has been tried."""
        spec, problems, line_problems = self.read()
        result = None if problems or line_problems else self._check(spec)
        if result is not None:
            fields, lines = sort_problems(result.problems)
            problems, line_problems = {**fields, **problems}, {**lines, **line_problems}
        self._show_preview(spec, result)
        if self._tried:
            self.show_problems(problems, line_problems)
        return result

    def _show_preview(self, spec: RecipeSpec, result: RecipeCheck | None) -> None:
        if result is None or result.problems:
            self.preview.setText(tr("Cost: complete the recipe to see what it costs"))
            return
        costs = result.cost_by_channel
        if spec.kind is RecipeKind.PREP:
            self.preview.setText(
                tr("Cost of one batch: {cost}").format(cost=format_money(costs[Channel.TAKEAWAY]))
            )
            return
        parts = [
            tr("Cost {cost} take-away").format(cost=format_money(costs[Channel.TAKEAWAY])),
            tr("{cost} speakeasy").format(cost=format_money(costs[Channel.SPEAKEASY])),
        ]
        if result.pour_cost_pct is not None:
            pour_cost = percent(result.pour_cost_pct)
            parts.append(tr("pour cost {percent} (net of VAT)").format(percent=pour_cost))
        self.preview.setText(" · ".join(parts))

    def show_problems(self, problems: Problems, line_problems: LineProblems) -> None:
        for field, label in self._errors.items():
            message = problems.get(field, "")
            label.setText(message)
            label.setVisible(bool(message))
        self.lines.show_problems(line_problems)

    def error_text(self, field: str) -> str:
        label = self._errors[field]
        return label.text() if not label.isHidden() else ""

    # --- saving ---------------------------------------------------------------------------
    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        spec: RecipeSpec | None,
        items: list[ItemChoice],
        check: CheckRecipe,
        save: SaveRecipe,
        read_only: str | None = None,
        show_costs: bool = True,
    ) -> RecipeSpec | None:
        """Show the dialog modally; the saved spec, or None when cancelled."""
        dialog = cls(
            parent, spec=spec, items=items, check=check, save=save, read_only=read_only,
            show_costs=show_costs,
        )  # fmt: skip
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None

    def accept(self) -> None:
        """Check everything first (all problems at once), then save; errors keep it open."""
        if self.read_only is not None:
            return
        self._tried = True
        self._timer.stop()
        result = self.recheck()
        if result is None or result.problems:
            self.show_banner(tr("Not saved: please correct what is marked in red."))
            return
        spec, _problems, _lines = self.read()
        error = self._save(spec)
        if error is not None:
            if isinstance(error, InputError):
                self.show_problems(*sort_problems([error]))
            self.show_banner(tr("Not saved: {reason}").format(reason=error))
            return
        self.saved = spec
        super().accept()

    def show_banner(self, message: str) -> None:
        self.banner.setText(message)
        self.banner.show()
