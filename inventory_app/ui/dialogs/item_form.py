"""The item editor's fields: they read an ItemSpec and show each problem beside its field."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from inventory_app.domain.catalogue import ItemKind, Tracking
from inventory_app.domain.errors import InputError
from inventory_app.domain.item_rules import (
    NEW_ITEM_DEFAULTS,
    ItemSpec,
    item_problems,
    parse_item_number,
)
from inventory_app.domain.money import CENT
from inventory_app.domain.units import BaseUnit, format_decimal
from inventory_app.i18n.catalogue import NC_, tr, trc
from inventory_app.i18n.formats import localized_number
from inventory_app.services.catalogue.editor_reads import ItemFormChoices as Choices
from inventory_app.ui.dialogs.allergen_boxes import AllergenBoxes

Problems = dict[str, str]

# Columns named by domain rules or services that differ from the spec's field names.
FIELD_OF_COLUMN = {"barcode": "barcodes"}
OPTIONAL_NUMBERS = ("par", "reorder_at", "tare_g", "full_g", "density")
OPTIONAL = (*OPTIONAL_NUMBERS, "shelf_life_days")
_SPLIT = re.compile(r"[,|]")
# How the pickers name each choice (the stored value stays the English word).
CHOICE_LABELS: dict[str, tuple[str, str]] = {
    ItemKind.BOTTLE: ("item kind", NC_("item kind", "bottle")),
    ItemKind.FLASK: ("item kind", NC_("item kind", "flask")),
    ItemKind.CONSUMABLE: ("item kind", NC_("item kind", "consumable")),
    Tracking.BULK: ("tracking", NC_("tracking", "bulk")),
    Tracking.SERIAL: ("tracking", NC_("tracking", "serial")),
    BaseUnit.ML: ("unit", NC_("unit", "ml")),
    BaseUnit.G: ("unit", NC_("unit", "g")),
    BaseUnit.PCS: ("unit", NC_("unit", "pcs")),
}


def field_of(error: InputError) -> str | None:
    """The form field an error belongs beside, if it names one."""
    return FIELD_OF_COLUMN.get(error.column or "", error.column)


def split_barcodes(text: str) -> tuple[str, ...]:
    """Barcodes typed comma or bar separated, blanks dropped."""
    return tuple(code.strip() for code in _SPLIT.split(text) if code.strip())


class ItemForm(QWidget):
    """Every ItemSpec field, with a red message under each field that has a problem."""

    edited = Signal()

    def __init__(self, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edits: dict[str, QLineEdit] = {}
        self._errors: dict[str, QLabel] = {}
        self._touched: set[str] = set()
        self._build(choices)

    # --- building -------------------------------------------------------------------------
    def _build(self, choices: Choices) -> None:
        self.kind = _enum_combo(ItemKind)
        self.unit = _enum_combo(BaseUnit)
        self.tracking = _enum_combo(Tracking)
        self.category = _editable_combo(choices.categories)
        self.supplier = _editable_combo(choices.suppliers)
        self.location = _editable_combo(choices.locations)
        self.notes = QPlainTextEdit()
        self.notes.setMinimumHeight(56)
        item = self._group(tr("Item"), [
            ("sku", tr("SKU"), self._line(tr("e.g. GIN-TANQ-70"))),
            ("name", tr("Name"), self._line(tr("e.g. Tanqueray London Dry 70 cl"))),
            ("category", tr("Category"), self.category),
            ("kind", tr("Kind"), self.kind),
            ("tracking", tr("Tracking"), self.tracking),
            ("location", tr("Location"), self.location),
            ("barcodes", tr("Barcodes"), self._line(tr("comma separated"))),
        ])  # fmt: skip
        stock = self._group(tr("Container and levels"), [
            ("unit", tr("Unit"), self.unit),
            ("size", tr("Size"), self._line("700")),
            ("par", tr("Par"), self._line(tr("containers, e.g. 3"))),
            ("reorder_at", tr("Reorder at"), self._line(tr("containers, e.g. 1"))),
            ("tare_g", tr("Empty weight g"), self._line(tr("optional"))),
            ("full_g", tr("Full weight g"), self._line(tr("optional"))),
            ("density", tr("Density g/ml"), self._line(tr("optional, e.g. 0.94"))),
            ("shelf_life_days", tr("Keeps (days)"), self._line(tr("house flasks, e.g. 14"))),
        ])  # fmt: skip
        buying = self._group(tr("Buying"), [
            ("supplier", tr("Supplier"), self.supplier),
            ("supplier_code", tr("Supplier code"), self._line("")),
            ("pack_size", tr("Pack size"), self._line(tr("containers per case, e.g. 6"))),
            ("cost", tr("Cost per container"), self._line(tr("€ 0.00"))),
        ])  # fmt: skip
        notes = self._group(tr("Notes"), [("notes", "", self.notes)])
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(item, 0, 0)
        grid.addWidget(stock, 0, 1)
        grid.addWidget(buying, 1, 0)
        grid.addWidget(notes, 1, 1)
        self.allergens = AllergenBoxes()
        self.allergens.edited.connect(self._touch("allergens"))
        grid.addWidget(self.allergens, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.unit.currentIndexChanged.connect(self._show_unit)
        self._watch()

    def _line(self, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        return edit

    def _group(self, title: str, rows: list[tuple[str, str, QWidget]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, label, widget in rows:
            if isinstance(widget, QLineEdit):
                self._edits[name] = widget
            widget.setObjectName(name)
            error = QLabel(wordWrap=True)
            error.setObjectName("fieldError")
            error.hide()
            self._errors[name] = error
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(error)
            if label:
                form.addRow(label, cell)
            else:
                form.addRow(cell)
        return box

    def _watch(self) -> None:
        for name, edit in self._edits.items():
            edit.textEdited.connect(self._touch(name))
        for name, combo in self._combos().items():
            combo.currentTextChanged.connect(self._touch(name))
        self.notes.textChanged.connect(self._touch("notes"))

    def _touch(self, name: str) -> Callable[..., None]:
        def mark(*_args: object) -> None:
            self._touched.add(name)
            self.edited.emit()

        return mark

    def _combos(self) -> dict[str, QComboBox]:
        return {
            "kind": self.kind,
            "unit": self.unit,
            "tracking": self.tracking,
            "category": self.category,
            "supplier": self.supplier,
            "location": self.location,
        }

    def _show_unit(self) -> None:
        self._edits["size"].setPlaceholderText("700" if self.unit.currentData() == "ml" else "1")

    # --- loading and reading --------------------------------------------------------------
    def edit(self, name: str) -> QLineEdit:
        """The line edit of a text field (tests type into it)."""
        return self._edits[name]

    def error_text(self, name: str) -> str:
        """The message shown beside a field, '' when none is shown."""
        label = self._errors[name]
        return label.text() if not label.isHidden() else ""

    def hide_cost(self) -> None:
        """For someone who may not see costs: the row goes, the loaded value stays."""
        cell = self._edits["cost"].parentWidget()
        box = cell.parentWidget() if cell is not None else None
        form = box.layout() if box is not None else None
        if cell is not None and isinstance(form, QFormLayout):
            form.setRowVisible(cell, False)

    def set_sku_read_only(self, read_only: bool) -> None:
        self._edits["sku"].setReadOnly(read_only)

    def load(self, spec: ItemSpec) -> None:
        """Fill the fields from a spec; defaults stand in for what it does not give."""
        for name, edit in self._edits.items():
            value = getattr(spec, name)
            if name == "barcodes":
                edit.setText(", ".join(value or ()))
            elif name == "cost" and value is not None:
                cost = f"{value:.2f}" if value == value.quantize(CENT) else str(value)
                edit.setText(localized_number(cost))
            elif isinstance(value, (Decimal, int)):
                edit.setText(localized_number(format_decimal(Decimal(value))))
            else:
                edit.setText(value or "")
        for name, combo in self._combos().items():
            value = getattr(spec, name) or getattr(NEW_ITEM_DEFAULTS, name) or ""
            found = combo.findData(str(value)) if not combo.isEditable() else -1
            combo.setCurrentIndex(found) if found >= 0 else combo.setCurrentText(str(value))
        self.notes.setPlainText(spec.notes or "")
        self.allergens.set_allergens(spec.allergens or ())
        self._touched.clear()
        self._show_unit()

    def read(self) -> tuple[ItemSpec, Problems]:
        """The spec the fields describe and every problem with it, by field name."""
        problems: Problems = {}
        numbers = {
            name: self._number(name, problems) for name in ("size", "cost", *OPTIONAL_NUMBERS)
        }
        shelf_life = self._whole("shelf_life_days", problems)
        spec = ItemSpec(
            sku=self._edits["sku"].text().strip(),
            name=self._edits["name"].text().strip(),
            category=self.category.currentText().strip(),
            kind=ItemKind(self.kind.currentData()),
            unit=BaseUnit(self.unit.currentData()),
            supplier=self.supplier.currentText().strip(),
            supplier_code=self._edits["supplier_code"].text().strip(),
            pack_size=self._whole("pack_size", problems),
            shelf_life_days=shelf_life,
            barcodes=split_barcodes(self._edits["barcodes"].text()),
            location=self.location.currentText().strip(),
            tracking=Tracking(self.tracking.currentData()),
            notes=self.notes.toPlainText().strip(),
            allergens=self.allergens.allergens(),
            clear=frozenset(
                n for n in OPTIONAL if {**numbers, "shelf_life_days": shelf_life}[n] is None
            ),
            **numbers,
        )
        for error in item_problems(spec):
            problems.setdefault(field_of(error) or "name", error.detail)
        return spec, problems

    def _number(self, name: str, problems: Problems) -> Decimal | None:
        value = self._parsed(name, problems)
        return None if value is None else Decimal(value)

    def _whole(self, name: str, problems: Problems) -> int | None:
        value = self._parsed(name, problems)
        return None if value is None else int(value)

    def _parsed(self, name: str, problems: Problems) -> Decimal | int | None:
        """The field read by the rule the catalogue file uses, so its message is the same."""
        text = self._edits[name].text().strip()
        if not text:
            return None
        try:
            return parse_item_number(name, text)
        except InputError as error:
            problems[name] = error.detail
            return None

    def show_problems(self, problems: Problems, *, everywhere: bool) -> None:
        """Messages beside their fields: all of them, or only where the user has typed."""
        for name, label in self._errors.items():
            message = problems.get(name, "")
            if message and (everywhere or name in self._touched):
                label.setText(message)
                label.show()
                # A wrapped label in a form row is not re-measured for its new text.
                label.setMinimumHeight(label.heightForWidth(max(label.width(), 180)))
            else:
                label.clear()
                label.hide()

    def focus_field(self, name: str) -> None:
        widget = self.findChild(QWidget, name)
        if widget is not None:
            widget.setFocus()


def _enum_combo(values: type[ItemKind] | type[BaseUnit] | type[Tracking]) -> QComboBox:
    combo = QComboBox()
    for value in values:
        context, label = CHOICE_LABELS[value]
        combo.addItem(trc(context, label), value.value)
    return combo


def _editable_combo(choices: list[str]) -> QComboBox:
    combo = QComboBox(editable=True)
    combo.addItems(["", *choices])
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    return combo
