"""Units of measure and their exact conversion to an item's base unit.

Everything is Decimal: a 22.5 ml pour times 10,000 must be exactly 225,000 ml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from enum import StrEnum

from inventory_app.domain.errors import InputError
from inventory_app.domain.numbers import DecimalMark, expected, read_decimal
from inventory_app.i18n.catalogue import N_, NC_, tr, trc
from inventory_app.i18n.formats import localized_number


class BaseUnit(StrEnum):
    """The unit an item's stock is kept in."""

    ML = "ml"
    G = "g"
    PCS = "pcs"


class Unit(StrEnum):
    """Every unit a person may write a quantity in."""

    ML = "ml"
    CL = "cl"
    OZ = "oz"
    DASH = "dash"
    BARSPOON = "barspoon"
    DROP = "drop"
    G = "g"
    PCS = "pcs"


OZ_ML = Decimal("29.5735")

# Spellings people actually type, mapped to the canonical unit.
_ALIASES: dict[str, Unit] = {
    "l": Unit.ML,  # handled specially below (x1000)
    "dashes": Unit.DASH,
    "bsp": Unit.BARSPOON,
    "barspoons": Unit.BARSPOON,
    "drops": Unit.DROP,
    "pc": Unit.PCS,
    "piece": Unit.PCS,
    "pieces": Unit.PCS,
    "pz": Unit.PCS,  # Italian: what the window shows for pieces, so typed back too
    "pezzo": Unit.PCS,
    "pezzi": Unit.PCS,
    "gr": Unit.G,
}

# How a unit is *shown* beside a quantity (the unit tokens typed stay as they are):
# Italian writes pieces 'pz'.
_LABELS: dict[str, str] = {
    Unit.ML: NC_("unit", "ml"),
    Unit.CL: NC_("unit", "cl"),
    Unit.OZ: NC_("unit", "oz"),
    Unit.DASH: NC_("unit", "dash"),
    Unit.BARSPOON: NC_("unit", "barspoon"),
    Unit.DROP: NC_("unit", "drop"),
    Unit.G: NC_("unit", "g"),
    Unit.PCS: NC_("unit", "pcs"),
}


def unit_label(unit: str) -> str:
    """The unit as a person reads it in the current language: 'pcs', or 'pz' in Italian."""
    label = _LABELS.get(unit)
    return unit if label is None else trc("unit", label)


@dataclass(frozen=True)
class MeasureSizes:
    """Sizes of the bartender's loose measures in ml: settings, not constants."""

    dash_ml: Decimal = Decimal("0.92")
    barspoon_ml: Decimal = Decimal("5")
    drop_ml: Decimal = Decimal("0.05")


_LIQUID = {Unit.ML, Unit.CL, Unit.OZ, Unit.DASH, Unit.BARSPOON, Unit.DROP}
_FIXED_ML = {Unit.ML: Decimal(1), Unit.CL: Decimal(10), Unit.OZ: OZ_ML}


def parse_unit(text: str) -> Unit:
    """Read a unit name, accepting plurals and common abbreviations."""
    key = text.strip().lower()
    try:
        return Unit(key)
    except ValueError:
        pass
    if key in _ALIASES and key != "l":
        return _ALIASES[key]
    allowed = ", ".join(u.value for u in Unit)
    raise InputError(
        tr("unknown unit {unit}; expected one of {allowed}").format(
            unit=repr(text), allowed=allowed
        )
    )


def ml_per(unit: Unit, sizes: MeasureSizes) -> Decimal:
    """How many ml one of a liquid unit holds."""
    fixed = _FIXED_ML.get(unit)
    if fixed is not None:  # built once: every ingredient of every sale converts here
        return fixed
    return {
        Unit.DASH: sizes.dash_ml,
        Unit.BARSPOON: sizes.barspoon_ml,
        Unit.DROP: sizes.drop_ml,
    }[unit]


def to_base(
    amount: Decimal, unit: Unit, base: BaseUnit, sizes: MeasureSizes | None = None
) -> Decimal:
    """Convert an amount in any unit to the item's base unit, exactly."""
    sizes = sizes or MeasureSizes()
    if base is BaseUnit.ML and unit in _LIQUID:
        return amount * ml_per(unit, sizes)
    if unit.value == base.value:
        return amount
    raise InputError(
        tr("cannot convert {unit} to {base}: the item is kept in {base}").format(
            unit=unit_label(unit), base=unit_label(base)
        )
    )


# The number's own rules are read_decimal's: this only splits sign, number and unit.
_QTY = re.compile(r"^\s*([+-]?)\s*([0-9.,]+)\s*([a-zA-Z]*)\s*$", re.ASCII)


# Every number a person or a file gives stays below a billion and is kept to a millionth:
# what the ledger stores (a BIGINT of millionths) then holds any product of two of them
# that the rules allow, and 1e30 or 1e-30 is refused or rounded here, not by the database.
MAX_NUMBER = Decimal(10) ** 9
DECIMALS = Decimal("0.000001")
MAX_STOCK = Decimal(10) ** 12


A_NUMBER = N_("a number")


def parse_decimal(text: str, *, what: str = A_NUMBER, mark: DecimalMark | None = None) -> Decimal:
    """Read a number of a file or a field, by the one set of rules (domain/numbers.py).

    ASCII digits with a decimal point or comma; never via float; kept to a millionth.
    `what` is an N_-marked phrase, translated where the refusal is worded.
    """
    return bounded(read_decimal(text, what=what, mark=mark), expected(what, text))


def bounded(value: Decimal, message: str) -> Decimal:
    """The value kept to a millionth; one of a billion or more raises `message` (too large)."""
    if abs(value) >= MAX_NUMBER:
        raise InputError(tr("{message}: too large (at most 999999999)").format(message=message))
    return value.quantize(DECIMALS, rounding=ROUND_HALF_EVEN).normalize() + 0


def check_stock(amount: Decimal, *, column: str | None = None) -> Decimal:
    """A quantity the ledger can keep: products such as containers x size stay in range."""
    if abs(amount) >= MAX_STOCK:
        raise InputError(
            tr(
                "{amount} is too large a quantity to keep (at most 999999999999 in the item's unit)"
            ).format(amount=decimal_text(amount)),
            column=column,
        )
    return amount


def parse_quantity(text: str, default_unit: Unit | None = None) -> tuple[Decimal, Unit]:
    """Read a signed quantity with its unit, such as '-40ml', '+2pcs', '+2pz' or '1.5 oz'."""
    match = _QTY.match(text)
    if not match:
        raise InputError(
            tr("expected a quantity with its unit such as -40ml or +2pcs, got {text}").format(
                text=repr(text)
            )
        )
    sign, number, unit_text = match.groups()
    amount = parse_decimal(number)
    if sign == "-":
        amount = -amount
    if unit_text.lower() == "l":
        return amount * 1000, Unit.ML
    if not unit_text:
        if default_unit is None:
            raise InputError(
                tr(
                    "quantity {text} needs a unit (ml, cl, oz, dash, barspoon, drop, g, pcs)"
                ).format(text=repr(text))
            )
        return amount, default_unit
    return amount, parse_unit(unit_text)


def format_quantity(amount: Decimal, unit: BaseUnit | Unit) -> str:
    """Show a quantity without trailing zeros: '22.5 ml', '-2 pcs' ('22,5 ml', '-2 pz')."""
    return f"{decimal_text(amount)} {unit_label(unit.value)}"


def plain_quantity(amount: Decimal, unit: BaseUnit | Unit) -> str:
    """'22.5 ml', '-2 pcs' in every language: for JSON and for notes the ledger stores."""
    return f"{format_decimal(amount)} {unit.value}"


def decimal_text(value: Decimal) -> str:
    """format_decimal for a person: '22.5' in English, '22,5' in Italian (no grouping)."""
    return localized_number(format_decimal(value))


def format_decimal(value: Decimal) -> str:
    """Plain decimal text without exponent or trailing zeros."""
    if value == value.to_integral_value():
        return str(value.quantize(Decimal(1)))
    return format(value.normalize(), "f")
