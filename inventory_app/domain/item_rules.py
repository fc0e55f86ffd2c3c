"""What a valid catalogue item is: checked once, for the dialog and the import alike."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from decimal import Decimal
from operator import attrgetter
from typing import Any

from inventory_app.domain.allergens import Allergen
from inventory_app.domain.catalogue import DEFAULT_SIZE, ItemKind, Tracking
from inventory_app.domain.errors import InputError
from inventory_app.domain.money import parse_money
from inventory_app.domain.numbers import expected, shown
from inventory_app.domain.units import BaseUnit, decimal_text, parse_decimal
from inventory_app.i18n.catalogue import N_, tr

# What the database keeps of each text (the columns' lengths in db/models.py).
MAX_LENGTH = {"name": 200, "category": 80, "supplier": 120, "supplier_code": 64, "location": 120}
MAX_BARCODE = 64
# One whole sentence per field: Italian nouns carry a gender ("un nome", "una categoria").
TOO_LONG = {
    "name": N_("a name has at most {limit} characters, got {count}"),
    "category": N_("a category has at most {limit} characters, got {count}"),
    "supplier": N_("a supplier has at most {limit} characters, got {count}"),
    "supplier_code": N_("a supplier code has at most {limit} characters, got {count}"),
    "location": N_("a location has at most {limit} characters, got {count}"),
}


@dataclass(frozen=True)
class ItemSpec:
    """The editable fields of an item. None means "not given": keep or default."""

    sku: str
    name: str | None = None
    category: str | None = None
    kind: ItemKind | None = None
    unit: BaseUnit | None = None
    size: Decimal | None = None
    supplier: str | None = None
    supplier_code: str | None = None
    pack_size: int | None = None
    cost: Decimal | None = None
    par: Decimal | None = None
    reorder_at: Decimal | None = None
    barcodes: tuple[str, ...] | None = None
    location: str | None = None
    tare_g: Decimal | None = None
    full_g: Decimal | None = None
    density: Decimal | None = None  # g/ml, for weighing an open bottle
    shelf_life_days: int | None = None  # how long a house flask keeps after `make`
    tracking: Tracking | None = None
    notes: str | None = None
    allergens: tuple[Allergen, ...] | None = None  # in the regulation's order (ordered())
    clear: frozenset[str] = field(default_factory=frozenset)

    def given(self) -> dict[str, Any]:
        """The fields that carry a value (or were explicitly cleared)."""
        clear = self.clear
        return {
            name: value
            for name, value in zip(_SPEC_FIELDS, _SPEC_VALUES(self), strict=True)
            if value is not None or name in clear
        }


# Named once: dataclasses.fields() per call was a tenth of a catalogue import's time.
_SPEC_FIELDS = tuple(f.name for f in fields(ItemSpec) if f.name != "clear")
_SPEC_VALUES = attrgetter(*_SPEC_FIELDS)  # every field's value in one call, in that order


NEW_ITEM_DEFAULTS = ItemSpec(
    sku="",
    category="",
    kind=ItemKind.BOTTLE,
    unit=BaseUnit.ML,
    supplier_code="",
    pack_size=1,
    cost=Decimal(0),
    barcodes=(),
    tracking=Tracking.BULK,
    notes="",
    allergens=(),
)


_DEFAULT_VALUES = {name: getattr(NEW_ITEM_DEFAULTS, name) for name in _SPEC_FIELDS}


def with_defaults(spec: ItemSpec) -> ItemSpec:
    """Fill what a new item needs but the spec did not give."""
    return new_item_of(spec.given())


def new_item_of(given: Mapping[str, Any]) -> ItemSpec:
    """A new item of these given fields (ItemSpec.given()), the rest defaulted.

    Built from one dict rather than dataclasses.replace twice: an import makes one per
    row, and a file reader that has the given fields at hand skips reading them back.
    """
    values = {**_DEFAULT_VALUES, **given}
    if values["size"] is None:
        values["size"] = DEFAULT_SIZE[values["unit"] or BaseUnit.ML]
    return ItemSpec(**values)


def check_item(spec: ItemSpec) -> None:
    """Raise InputError naming the field of the first rule the item breaks."""
    for problem in item_problems(spec):
        raise problem


def item_problems(spec: ItemSpec) -> list[InputError]:
    """Every rule a complete item breaks, each naming its field (for the dialog)."""
    problems: list[InputError] = []

    def bad(column: str, message: str) -> None:
        problems.append(InputError(message, column=column))

    if not spec.sku or not spec.sku.strip():
        bad("sku", tr("a SKU is required"))
    elif len(spec.sku) > 64 or _has_space(spec.sku):
        bad("sku", tr("a SKU is one word of at most 64 characters, without spaces"))
    if not spec.name or not spec.name.strip():
        bad("name", tr("a name is required"))
    for name, limit in MAX_LENGTH.items():
        value = getattr(spec, name)
        if value is not None and len(value) > limit:
            bad(name, tr(TOO_LONG[name]).format(limit=limit, count=len(value)))
    if spec.size is not None and spec.size <= 0:
        bad(
            "size",
            tr("expected a container size above zero, got {size}").format(size=_num(spec.size)),
        )
    if spec.pack_size is not None and spec.pack_size < 1:
        bad(
            "pack_size",
            tr("expected a pack size of 1 or more, got {size}").format(size=spec.pack_size),
        )
    for name in ("cost", "par", "reorder_at", "tare_g", "full_g"):
        value = getattr(spec, name)
        if value is not None and value < 0:
            bad(name, tr("expected zero or more, got {value}").format(value=_num(value)))
    if spec.density is not None and spec.density <= 0:
        bad(
            "density",
            tr("expected a density above zero in g/ml such as 0.94, got {density}").format(
                density=_num(spec.density)
            ),
        )
    if spec.shelf_life_days is not None and spec.shelf_life_days < 1:
        bad(
            "shelf_life_days",
            tr("expected a shelf life of 1 day or more, got {days}").format(
                days=spec.shelf_life_days
            ),
        )
    if spec.par is not None and spec.reorder_at is not None and spec.reorder_at > spec.par:
        bad(
            "reorder_at",
            tr("the reorder point ({reorder_at}) is above the par ({par})").format(
                reorder_at=_num(spec.reorder_at), par=_num(spec.par)
            ),
        )
    if spec.tare_g is not None and spec.full_g is not None and spec.full_g <= spec.tare_g:
        bad(
            "full_g",
            tr("the full weight ({full} g) must be above the empty one ({empty} g)").format(
                full=_num(spec.full_g), empty=_num(spec.tare_g)
            ),
        )
    for code in spec.barcodes or ():
        if not code.strip() or _has_space(code):
            bad(
                "barcode",
                tr("a barcode is one word without spaces, got {code}").format(code=shown(code)),
            )
        elif len(code) > MAX_BARCODE:
            bad(
                "barcode",
                tr("a barcode has at most {limit} characters, got {count}").format(
                    limit=MAX_BARCODE, count=len(code)
                ),
            )
    return problems


def _has_space(text: str) -> bool:
    """Any whitespace in `text`, as str.isspace() says: str.split() cuts at exactly those
    characters, in C (a generator over the characters was a tenth of an import's checks)."""
    return text.split() != [text] if text else False


def _num(value: Decimal) -> str:
    """Stored values carry six decimals; a message shows 2, not 2.000000 (2,5 in Italian)."""
    return decimal_text(value)


_CONTAINERS = N_("a number of containers such as 2 or 1.5")
_GRAMS = N_("a weight in grams such as 520")
A_WHOLE_NUMBER = N_("a whole number such as 6")
# What each number field of an item is, as every message about it says it (N_-marked:
# translated where the refusal is worded, domain/numbers.py).
NUMBER_EXAMPLES = {
    "size": N_("a container size such as 700"),
    "par": _CONTAINERS,
    "reorder_at": _CONTAINERS,
    "tare_g": _GRAMS,
    "full_g": _GRAMS,
    "density": N_("a density in g/ml such as 0.94"),
}
WHOLE_FIELDS = ("pack_size", "shelf_life_days")


def parse_item_number(name: str, text: str) -> Decimal | int:
    """A number field of an item typed or imported: the dialog and the file read it alike."""
    if name == "cost":
        return parse_money(text)
    if name in WHOLE_FIELDS:
        return parse_whole(text)
    return parse_decimal(text, what=NUMBER_EXAMPLES[name])


def parse_whole(text: str) -> int:
    """A whole number such as a pack size or a shelf life in days."""
    value = parse_decimal(text, what=A_WHOLE_NUMBER)
    if value != value.to_integral_value():
        raise InputError(expected(A_WHOLE_NUMBER, text))
    return int(value)
