"""The counting and variance rules, once: what a count entry amounts to, and what it reveals."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_EVEN, Decimal
from enum import StrEnum

from inventory_app.domain.errors import InputError
from inventory_app.domain.units import BaseUnit, check_stock, format_decimal, parse_decimal

HUNDRED = Decimal(100)
TENTHS = Decimal(10)
# A scale reads whole grams: a tenth of an ml is already more than it can tell.
WEIGHED_PLACES = Decimal("0.1")


@dataclass(frozen=True)
class Entry:
    """A count line as typed: whole containers, the open part, or a quantity that overrides."""

    full: Decimal | None = None
    tenths: Decimal | None = None
    weight_g: Decimal | None = None
    quantity: Decimal | None = None

    @property
    def empty(self) -> bool:
        return all(v is None for v in (self.full, self.tenths, self.weight_g, self.quantity))


@dataclass(frozen=True)
class Scale:
    """What an item's count needs: its name for messages, unit, size and weights."""

    name: str
    unit: BaseUnit
    size: Decimal
    tare_g: Decimal | None = None
    full_g: Decimal | None = None
    density: Decimal | None = None  # g per base unit; an item kept in g weighs 1 g/g


def counted_quantity(entry: Entry, item: Scale) -> Decimal:
    """What an entry amounts to in base units: full x size + the open part, or the quantity."""
    if entry.empty:
        raise InputError(f"nothing entered for {item.name}", column="full")
    if entry.quantity is not None:
        if entry.quantity < 0:
            raise InputError(
                f"expected a quantity of zero or more, got {_g(entry.quantity)}",
                column="quantity",
            )
        return entry.quantity
    full = _full(entry.full, item)
    return check_stock(full * item.size + open_part(entry, item), column="full")


def open_part(entry: Entry, item: Scale) -> Decimal:
    """The open container in base units, from tenths or from a gross weight."""
    if entry.tenths is not None and entry.weight_g is not None:
        raise InputError(
            f"{item.name}: enter the open part as tenths or as a weight, not both",
            column="weight_g",
        )
    if item.unit is BaseUnit.PCS and (entry.tenths is not None or entry.weight_g is not None):
        column = "tenths" if entry.tenths is not None else "weight_g"
        raise InputError(
            f"{item.name} is counted in pieces: enter them as full or as a quantity",
            column=column,
        )
    if entry.tenths is not None:
        if not 0 <= entry.tenths <= TENTHS:
            raise InputError(
                f"expected tenths from 0 to 10, got {_g(entry.tenths)}", column="tenths"
            )
        return entry.tenths / TENTHS * item.size
    if entry.weight_g is not None:
        return weighed(entry.weight_g, item)
    return Decimal(0)


def weighed(gross_g: Decimal, item: Scale) -> Decimal:
    """Remaining base units of an open container weighed at `gross_g` (never clamped)."""
    density = Decimal(1) if item.unit is BaseUnit.G else item.density
    tare = item.tare_g
    if tare is None and item.full_g is not None and density is not None:
        tare = item.full_g - item.size * density  # the empty weight the full one implies
    if tare is None:
        raise InputError(_missing_weights(item), column="weight_g")
    if gross_g < tare:
        raise InputError(
            f"{_g(gross_g)} g is below the empty weight of {_g(tare)} g for {item.name}: "
            "weigh again or enter tenths",
            column="weight_g",
        )
    if item.full_g is not None:
        full = item.full_g
        remaining = (gross_g - tare) / (full - tare) * item.size
    elif density is not None:
        full = tare + item.size * density
        remaining = (gross_g - tare) / density
    else:
        raise InputError(_missing_weights(item), column="weight_g")
    if gross_g > full:
        raise InputError(
            f"{_g(gross_g)} g is above the full weight of {_g(full)} g for {item.name}: "
            "weigh again or enter tenths",
            column="weight_g",
        )
    return remaining.quantize(WEIGHED_PLACES, rounding=ROUND_HALF_EVEN)


def _missing_weights(item: Scale) -> str:
    """Name exactly what the catalogue lacks for weighing this item."""
    if item.tare_g is None and item.full_g is None:
        missing = "no empty or full weight"
    elif item.tare_g is None:
        missing = "a full weight but no empty weight or density"
    else:
        missing = "an empty weight but no full weight or density"
    return f"{item.name} has {missing} in the catalogue: add them to weigh it, or enter tenths"


def _full(full: Decimal | None, item: Scale) -> Decimal:
    if full is None:
        return Decimal(0)
    if full < 0 or full != full.to_integral_value():
        raise InputError(
            f"expected a whole number of full containers, got {_g(full)} "
            "(enter the open one as tenths or a weight)",
            column="full",
        )
    return full


def _g(value: Decimal) -> str:
    """'1,380' or '22.5': how a number reads in a message."""
    text = format_decimal(value)
    whole, _, fraction = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    digits = f"{int(whole.lstrip('-') or 0):,}"
    return f"{sign}{digits}.{fraction}" if fraction else f"{sign}{digits}"


# --- variance -------------------------------------------------------------------------------


class Band(StrEnum):
    """How bad a loss is, as a share of usage (the trade's bands)."""

    HEALTHY = "healthy"  # under 2 %
    IMPROVE = "improve"  # 2-4 %
    LEAK = "leak"  # 4-6 %
    BLEEDING = "bleeding"  # over 6 %


def variance(counted: Decimal, expected: Decimal) -> Decimal:
    """Counted minus expected: negative is stock that went missing."""
    return counted - expected


def variance_value(difference: Decimal, unit_cost: Decimal) -> Decimal:
    """A variance in money at cost (unit cost = cost per container / size)."""
    return difference * unit_cost


def variance_pct(difference: Decimal, theoretical_usage: Decimal) -> Decimal | None:
    """Variance as a share of what sales, preps and recorded waste used; None without usage."""
    if theoretical_usage <= 0:
        return None
    return difference / theoretical_usage * HUNDRED


def loss_band(difference: Decimal, pct: Decimal | None) -> Band:
    """The band of a loss; stock gone from an item nothing used is the worst band."""
    if pct is None:
        return Band.BLEEDING if difference < 0 else Band.HEALTHY
    loss = -pct
    if loss > 6:
        return Band.BLEEDING
    if loss > 4:
        return Band.LEAK
    if loss >= 2:
        return Band.IMPROVE
    return Band.HEALTHY


def beverage_cost_pct(
    opening: Decimal, purchases: Decimal, closing: Decimal, net_sales: Decimal | None
) -> Decimal | None:
    """(Opening stock + purchases - closing stock) / net sales x 100; None without sales."""
    if net_sales is None or net_sales <= 0:
        return None
    return (opening + purchases - closing) / net_sales * HUNDRED


# What each field of a count entry is, as the count sheet, the Count page and the CLI say it.
ENTRY_EXAMPLES = {
    "full": "a number of full containers such as 2",
    "tenths": "tenths of the open container, 0 to 10",
    "weight_g": "a weight in grams such as 905",
    "quantity": "a quantity such as 450",
}


def parse_entry(field: str, text: str) -> Decimal:
    """One typed or imported field of a count entry (full, tenths, weight_g or quantity)."""
    return parse_decimal(text, what=ENTRY_EXAMPLES[field])


def open_containers_level(on_hand: Decimal, size: Decimal, open_count: int) -> Decimal:
    """What the open containers of a bulk item hold: on hand less its sealed spares.

    Sealed spares are full by definition, so with 1,260 ml of a 700 ml bottle and one open,
    the open bottle holds 560 ml (one sealed spare); every container, part-full or not,
    counts once, and the open ones are the part-full ones.
    """
    if on_hand <= 0 or size <= 0 or open_count <= 0:
        return max(on_hand, Decimal(0))
    containers = (on_hand / size).to_integral_value(ROUND_CEILING)  # a part-full one counts
    sealed = max(containers - open_count, Decimal(0))
    return on_hand - sealed * size
