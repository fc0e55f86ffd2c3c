"""Recipe vocabulary and the money rules of a drink: net price, pour cost, margin."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from inventory_app.domain.errors import InputError
from inventory_app.domain.units import Unit, decimal_text, parse_decimal
from inventory_app.i18n.catalogue import N_, NC_, tr, trc

HUNDRED = Decimal(100)


class RecipeKind(StrEnum):
    COCKTAIL = "cocktail"
    PREP = "prep"

    @property
    def label(self) -> str:
        """The kind as a person reads it ('cocktail', 'preparazione'); the value is stored."""
        return trc("recipe kind", _KIND_LABELS[self])


class Channel(StrEnum):
    """Where a drink goes: through the window in a cup, or to the speakeasy in a glass."""

    TAKEAWAY = "takeaway"
    SPEAKEASY = "speakeasy"

    @property
    def label(self) -> str:
        """The channel as a person reads it ('take-away', 'asporto'); the value is stored."""
        return trc("channel", _CHANNEL_LABELS[self])


class SaleKind(StrEnum):
    SALE = "sale"
    REFUND = "refund"
    VOID = "void"

    @property
    def label(self) -> str:
        """The kind of a sales line as a person reads it ('refund', 'rimborso')."""
        return trc("sale kind", _SALE_KIND_LABELS[self])


_KIND_LABELS = {RecipeKind.COCKTAIL: NC_("recipe kind", "cocktail"),
                RecipeKind.PREP: NC_("recipe kind", "prep")}  # fmt: skip
_CHANNEL_LABELS = {Channel.TAKEAWAY: NC_("channel", "take-away"),
                   Channel.SPEAKEASY: NC_("channel", "speakeasy")}  # fmt: skip
_SALE_KIND_LABELS = {SaleKind.SALE: NC_("sale kind", "sale"),
                     SaleKind.REFUND: NC_("sale kind", "refund"),
                     SaleKind.VOID: NC_("sale kind", "void")}  # fmt: skip


def name_key(name: str) -> str:
    """How names are matched: case, accents of spacing and repeated blanks do not matter."""
    return re.sub(r"\s+", " ", name).strip().casefold()


def net_of_vat(price: Decimal, vat_rate_pct: Decimal) -> Decimal:
    """A menu price includes VAT (IVA): the bar keeps price / (1 + rate)."""
    return price * HUNDRED / (HUNDRED + vat_rate_pct)


def pour_cost_pct(cost: Decimal, price: Decimal, vat_rate_pct: Decimal) -> Decimal | None:
    """Ingredient cost as a share of the price net of VAT; None without a price."""
    net = net_of_vat(price, vat_rate_pct)
    if net <= 0:
        return None
    return cost * HUNDRED / net


def margin(cost: Decimal, price: Decimal, vat_rate_pct: Decimal) -> Decimal:
    """What a drink leaves after VAT and ingredients."""
    return net_of_vat(price, vat_rate_pct) - cost


# How a recipe's numbers are read wherever they are typed or imported, so every
# message about them is the same.
def parse_line_quantity(text: str) -> Decimal:
    """An ingredient line's quantity, in the line's unit."""
    return parse_decimal(text, what=N_("a quantity such as 22.5"))


def parse_yield(text: str) -> Decimal:
    """What one batch of a prep makes, in the made item's unit."""
    return parse_decimal(text, what=N_("a yield such as 1000, in the item's unit"))


def parse_batches(text: str) -> Decimal:
    """How many batches of a prep were made; half batches are fine."""
    return check_batches(parse_decimal(text, what=N_("a number of batches such as 1 or 0.5")))


def check_batches(batches: Decimal) -> Decimal:
    if batches <= 0:
        raise InputError(
            tr("expected batches above zero, got {batches}").format(batches=decimal_text(batches)),
            column="batches",
        )
    return batches


@dataclass(frozen=True)
class RecipeLineSpec:
    """One ingredient as written: a SKU, a quantity in `unit`, and maybe one channel only."""

    sku: str
    quantity: Decimal
    unit: Unit
    channel: Channel | None = None


@dataclass(frozen=True)
class RecipeSpec:
    """The editable fields of a recipe; price includes VAT, yield is in the item's base unit."""

    name: str
    kind: RecipeKind = RecipeKind.COCKTAIL
    price: Decimal | None = None
    pos_names: tuple[str, ...] = ()
    lines: tuple[RecipeLineSpec, ...] = ()
    yield_sku: str | None = None
    yield_quantity: Decimal | None = None
    notes: str = ""
    menu_position: int | None = None  # a cocktail's place on the Sell page; None: keep it
