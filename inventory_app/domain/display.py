"""How a number reads for a person: rounded to what matters for its unit, whole numbers bare.

One rule for the window, the command line and the workbooks. Only the text (or a
spreadsheet's number format) is rounded: stored values keep every digit. The text follows
the current language (i18n/formats.py): '1,360.5' in English, '1.360,5' in Italian.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from inventory_app.domain.rounding import half_up
from inventory_app.domain.units import format_decimal, unit_label
from inventory_app.i18n.catalogue import tr, trc
from inventory_app.i18n.formats import localized_number, percent_sign

CONTAINER_PLACES = 1  # a count judges an open bottle by eye in tenths
PERCENT_PLACES = 1
MINUS = "−"  # U+2212: a minus a reader does not take for a hyphen


class ContainerStyle(StrEnum):
    """How the owner reads part-bottles: '1.4 btl' or '1 + 4/10' (a setting)."""

    DECIMAL = "decimal"
    TENTHS = "tenths"

    @property
    def label(self) -> str:
        """The choice as Settings lists it, with how it reads; the value is the setting."""
        if self is ContainerStyle.DECIMAL:
            return tr("decimal ({example})").format(example=containers_text(Decimal("1.4"), self))
        return tr("tenths ({example})").format(example=containers_text(Decimal("1.4"), self))


def heading_word(label: str) -> str:
    """A label standing alone (a table cell, a button, a sentence's start): 'draft' -> 'Draft',
    'bozza' -> 'Bozza'. Only the first letter changes ('PIN impostato' stays as it is)."""
    return label[:1].upper() + label[1:]


def quantity_places(value: Decimal, unit: str) -> int:
    """Decimals that mean something: ml and g to a tenth (a hundredth below 1), pcs whole.

    A dash is 0.92 ml and half a lime is 0.5 pcs: amounts under one keep two places, and
    pieces under ten keep up to two (1.5 limes), so a small amount never reads as 0.
    """
    size = abs(value)
    if unit == "pcs":
        return 0 if size >= 10 else 2
    return 1 if size >= 1 else 2


def rounded(value: Decimal, places: int) -> Decimal:
    """Half-up to `places`, trailing zeros dropped: 6.0 -> 6, 13,666.639875 -> 13,666.64."""
    exact = half_up(value, places)
    return exact.quantize(Decimal(1)) if exact == exact.to_integral_value() else exact.normalize()


def number_text(
    value: Decimal, places: int = 3, *, grouped: bool = True, signed: bool = False
) -> str:
    """'1,360', '22.5', '+13,666.6' ('1.360', '22,5' in Italian): no trailing zeros, never an
    exponent. A field a person will edit gets `grouped=False`: '1.360' would read back as
    ambiguous."""
    shown = rounded(value, places)
    sign = "-" if shown < 0 else ("+" if signed and shown > 0 else "")
    text = format(abs(shown), ",f" if grouped else "f")
    return sign + localized_number(text)


def quantity_text(value: Decimal, unit: str, *, grouped: bool = True, signed: bool = False) -> str:
    """'13,666.6 ml', '24 pcs', '+22.5 ml' ('13.666,6 ml', '24 pz' in Italian: the unit
    shown is its label, unit_label, while the token typed stays 'pcs')."""
    places = quantity_places(value, unit)
    return f"{number_text(value, places, grouped=grouped, signed=signed)} {unit_label(unit)}"


def exact_number(value: Decimal, *, signed: bool = False) -> str:
    """Every digit the ledger keeps, ungrouped, in the language's decimal mark: '22,5',
    '13666.639875'. A message that confirms what was written quotes it so; a person may
    type it back, which a grouped '1.360' would make ambiguous."""
    return localized_number(("+" if signed and value > 0 else "") + format_decimal(value))


def exact_quantity(amount: Decimal, unit: str, *, signed: bool = False) -> str:
    """'-40 ml', '+750 ml', '12,5 pz': exact_number with the unit as a person reads it."""
    return f"{exact_number(amount, signed=signed)} {unit_label(unit)}"


def quantity_format(value: Decimal, unit: str) -> str:
    """A spreadsheet format showing `value` as `quantity_text` does (the cell stays exact)."""
    return places_format(value, quantity_places(value, unit))


def places_format(value: Decimal, places: int) -> str:
    """'#,##0' for a whole number, '#,##0.0' or '#,##0.00' for as many decimals as it shows."""
    exponent = rounded(value, places).as_tuple().exponent
    decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return "#,##0" + ("." + "0" * decimals if decimals else "")


def containers_text(containers: Decimal, style: ContainerStyle, *, label: str = "") -> str:
    """'1.4 btl' or '1 + 4/10 btl': containers to the tenth a count can judge."""
    tenths = rounded(containers, CONTAINER_PLACES)
    suffix = f" {label}" if label else ""
    if style is ContainerStyle.DECIMAL or tenths == tenths.to_integral_value():
        return number_text(tenths, CONTAINER_PLACES) + suffix
    sign = "-" if tenths < 0 else ""
    whole, part = divmod(abs(tenths), 1)
    fraction = f"{int(part * 10)}/10"
    text = f"{localized_number(f'{whole:,}')} + {fraction}" if whole else fraction
    return sign + text + suffix


def containers_with_base(
    containers: Decimal, amount: Decimal, unit: str, style: ContainerStyle, *, label: str
) -> str:
    """'1.4 btl (980 ml)': the container count, with the amount in the base unit beside it."""
    return f"{containers_text(containers, style, label=label)} ({quantity_text(amount, unit)})"


def item_containers_text(
    containers: Decimal, style: ContainerStyle, *, kind: str, unit: str, size: Decimal
) -> str:
    """An item's stock in its containers ('1 + 4/10 btl'); pieces counted one by one
    (cups, limes) show the bare number, as they have no part containers."""
    if unit == "pcs" and size == 1:
        return number_text(containers, CONTAINER_PLACES)
    return containers_text(containers, style, label=container_label(kind))


def container_label(kind: str) -> str:
    """The short name of an item's container ('btl', 'flask'); consumables have none."""
    if kind == "bottle":
        return trc("container abbreviation", "btl")
    if kind == "flask":
        return trc("container abbreviation", "flask")
    return ""


def percent_text(value: Decimal, *, column: bool = False) -> str:
    """'24.8 %', '25 %' ('24,8 %' in Italian). In a column (`column=True`) every figure keeps
    its tenth, '26.0 %' under '24.8 %': a column of mixed places reads as misaligned."""
    if not column:
        return number_text(value, PERCENT_PLACES) + percent_sign()
    shown = half_up(value, PERCENT_PLACES).quantize(Decimal(1).scaleb(-PERCENT_PLACES))
    return localized_number(format(shown, ",f")) + percent_sign()


def with_minus(text: str) -> str:
    """A leading '-' as a true minus sign, for a figure a person reads."""
    return MINUS + text[1:] if text.startswith("-") else text
