"""The counting and variance rules, once: what a count entry amounts to, and what it reveals."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_EVEN, Decimal
from enum import StrEnum

from inventory_app.domain.errors import InputError
from inventory_app.domain.units import BaseUnit, check_stock, format_decimal, parse_decimal
from inventory_app.i18n.catalogue import N_, NC_, tr, trc
from inventory_app.i18n.formats import localized_number

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
        raise InputError(tr("nothing entered for {name}").format(name=item.name), column="full")
    if entry.quantity is not None:
        if entry.quantity < 0:
            raise InputError(
                tr("expected a quantity of zero or more, got {quantity}").format(
                    quantity=_g(entry.quantity)
                ),
                column="quantity",
            )
        return entry.quantity
    full = _full(entry.full, item)
    return check_stock(full * item.size + open_part(entry, item), column="full")


def open_part(entry: Entry, item: Scale) -> Decimal:
    """The open container in base units, from tenths or from a gross weight."""
    if entry.tenths is not None and entry.weight_g is not None:
        raise InputError(
            tr("{name}: enter the open part as tenths or as a weight, not both").format(
                name=item.name
            ),
            column="weight_g",
        )
    if item.unit is BaseUnit.PCS and (entry.tenths is not None or entry.weight_g is not None):
        column = "tenths" if entry.tenths is not None else "weight_g"
        raise InputError(
            tr("{name} is counted in pieces: enter them as full or as a quantity").format(
                name=item.name
            ),
            column=column,
        )
    if entry.tenths is not None:
        if not 0 <= entry.tenths <= TENTHS:
            raise InputError(
                tr("expected tenths from 0 to 10, got {tenths}").format(tenths=_g(entry.tenths)),
                column="tenths",
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
            tr(
                "{gross} g is below the empty weight of {empty} g for {name}: "
                "weigh again or enter tenths"
            ).format(gross=_g(gross_g), empty=_g(tare), name=item.name),
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
            tr(
                "{gross} g is above the full weight of {full} g for {name}: "
                "weigh again or enter tenths"
            ).format(gross=_g(gross_g), full=_g(full), name=item.name),
            column="weight_g",
        )
    return remaining.quantize(WEIGHED_PLACES, rounding=ROUND_HALF_EVEN)


def _missing_weights(item: Scale) -> str:
    """Name exactly what the catalogue lacks for weighing this item."""
    if item.tare_g is None and item.full_g is None:
        missing = tr(
            "{name} has no empty or full weight in the catalogue: "
            "add them to weigh it, or enter tenths"
        )
    elif item.tare_g is None:
        missing = tr(
            "{name} has a full weight but no empty weight or density in the catalogue: "
            "add them to weigh it, or enter tenths"
        )
    else:
        missing = tr(
            "{name} has an empty weight but no full weight or density in the catalogue: "
            "add them to weigh it, or enter tenths"
        )
    return missing.format(name=item.name)


def _full(full: Decimal | None, item: Scale) -> Decimal:
    if full is None:
        return Decimal(0)
    if full < 0 or full != full.to_integral_value():
        raise InputError(
            tr(
                "expected a whole number of full containers, got {full} "
                "(enter the open one as tenths or a weight)"
            ).format(full=_g(full)),
            column="full",
        )
    return full


def _g(value: Decimal) -> str:
    """'1,380' or '22.5' ('1.380', '22,5' in Italian): how a number reads in a message."""
    text = format_decimal(value)
    whole, _, fraction = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    digits = f"{int(whole.lstrip('-') or 0):,}"
    return localized_number(f"{sign}{digits}.{fraction}" if fraction else f"{sign}{digits}")


# --- variance -------------------------------------------------------------------------------


class Band(StrEnum):
    """How bad a loss is, as a share of usage (the trade's bands)."""

    HEALTHY = "healthy"  # under 2 %
    IMPROVE = "improve"  # 2-4 %
    LEAK = "leak"  # 4-6 %
    BLEEDING = "bleeding"  # over 6 %

    @property
    def label(self) -> str:
        """The band as a person reads it; the value is what reports and JSON carry."""
        return trc("variance band", _BAND_LABELS[self])


_BAND_LABELS = {
    Band.HEALTHY: NC_("variance band", "healthy"),
    Band.IMPROVE: NC_("variance band", "improve"),
    Band.LEAK: NC_("variance band", "leak"),
    Band.BLEEDING: NC_("variance band", "bleeding"),
}


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
    "full": N_("a number of full containers such as 2"),
    "tenths": N_("tenths of the open container, 0 to 10"),
    "weight_g": N_("a weight in grams such as 905"),
    "quantity": N_("a quantity such as 450"),
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
