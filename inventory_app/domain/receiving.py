"""Receiving rules: what a delivered line turned out to be, and what it does to an item's cost.

The one place for each: the outcome of a line (as ordered, short, over, substituted, not
arrived, or the item that arrived instead), whether its price changed, the cost an item
takes from a delivery (the last price, or the weighted average with what is on hand), and
a supplier's lead time as observed on their deliveries.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from enum import StrEnum

from inventory_app.domain.errors import InputError
from inventory_app.domain.money import to_cents
from inventory_app.i18n.catalogue import N_, NC_, ntr, tr, trc

ZERO = Decimal(0)


class LineOutcome(StrEnum):
    """What a received order line turned out to be (the value is what `order show --json`
    would print; the label is what a person reads)."""

    AS_ORDERED = "as_ordered"
    SHORT = "short"
    OVER = "over"
    SUBSTITUTED = "substituted"  # the supplier sent another item for (some of) it
    NOT_ARRIVED = "not_arrived"
    INSTEAD = "instead"  # the other item: nothing of it was ordered

    @property
    def label(self) -> str:
        """'short' / 'in meno': the outcome as a person reads it."""
        return trc("line outcome", _OUTCOME_LABELS[self])

    @property
    def differs(self) -> bool:
        """Anything but as ordered: the dialog and `order show` mark these lines."""
        return self is not LineOutcome.AS_ORDERED


_OUTCOME_LABELS = {
    LineOutcome.AS_ORDERED: NC_("line outcome", "as ordered"),
    LineOutcome.SHORT: NC_("line outcome", "short"),
    LineOutcome.OVER: NC_("line outcome", "over"),
    LineOutcome.SUBSTITUTED: NC_("line outcome", "substituted"),
    LineOutcome.NOT_ARRIVED: NC_("line outcome", "not arrived"),
    LineOutcome.INSTEAD: NC_("line outcome", "arrived instead"),
}


def line_outcome(
    ordered: Decimal, received: Decimal, *, substituted: bool = False, instead: bool = False
) -> LineOutcome:
    """The outcome of one line: `substituted` when another item came for it (whatever came
    of its own), `instead` for that other item's line (nothing of it was ordered)."""
    if instead:
        return LineOutcome.INSTEAD
    if substituted:
        return LineOutcome.SUBSTITUTED
    if received == 0:
        return LineOutcome.NOT_ARRIVED
    if received < ordered:
        return LineOutcome.SHORT
    if received > ordered:
        return LineOutcome.OVER
    return LineOutcome.AS_ORDERED


def price_changed(expected: Decimal, invoiced: Decimal) -> bool:
    """An invoiced price per container that is not the one expected (to the hundredth of a
    cent the database keeps: 17.9 and 17.90 are the same price)."""
    return expected != invoiced


def arrived_at_new_price(received: Decimal | None, expected: Decimal, paid: Decimal | None) -> bool:
    """A line that brought something in at a price other than the expected one: the lines
    whose cost changes, highlighted in the dialog and counted in the summary."""
    return bool(received) and paid is not None and price_changed(expected, paid)


class CostUpdate(StrEnum):
    """How a changed price sets the item's cost (the owner's setting `receive_cost_update`)."""

    LAST = "last"  # the item costs what it was last bought at
    AVERAGE = "average"  # weighted by what was on hand before and what arrived

    @property
    def label(self) -> str:
        """'last price' / 'ultimo prezzo'."""
        return trc("cost update", _COST_UPDATE_LABELS[self])


_COST_UPDATE_LABELS = {
    CostUpdate.LAST: NC_("cost update", "last price"),
    CostUpdate.AVERAGE: NC_("cost update", "weighted average"),
}


def new_cost(
    rule: CostUpdate,
    *,
    cost: Decimal,
    on_hand: Decimal,
    arrived: Decimal,
    price: Decimal,
) -> Decimal:
    """The item's cost per container after a delivery at `price`, to the cent.

    `on_hand` is the containers there before the delivery (less than none counts as none:
    stock sold before it was booked in has no cost of its own); `arrived` the containers
    delivered. Average: (on hand x cost + arrived x price) / (on hand + arrived), exact,
    then rounded half-up to the cent.
    """
    if rule is CostUpdate.LAST:
        return to_cents(price)
    before = max(on_hand, ZERO)
    if before + arrived <= 0:
        return to_cents(price)
    return to_cents((before * cost + arrived * price) / (before + arrived))


def median_days(days: Sequence[int]) -> Decimal | None:
    """The middle of the observed lead times (the mean of the two middle ones for an even
    count); None without any. A median: one delivery lost for a fortnight says little."""
    if not days:
        return None
    ordered = sorted(days)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return Decimal(ordered[middle])
    return Decimal(ordered[middle - 1] + ordered[middle]) / 2


PAPER_MAX = 60  # characters of a DDT or invoice number (orders.delivery_note)


def check_paper_number(text: str, column: str) -> str:
    """A DDT or invoice number as typed: one line of at most 60 characters, trimmed."""
    value = text.strip()
    if len(value) > PAPER_MAX or any(ord(c) < 32 for c in value):
        raise InputError(
            tr("{column} is one line of at most {count} characters").format(
                column=column, count=PAPER_MAX
            ),
            column=column,
        )
    return value


# A delivery summed up in a few words, in the order a person checks a delivery.
_COUNTED: dict[LineOutcome, Callable[[int], str]] = {
    LineOutcome.SHORT: lambda n: ntr("{count} line short", "{count} lines short", n),
    LineOutcome.OVER: lambda n: ntr("{count} line over", "{count} lines over", n),
    LineOutcome.SUBSTITUTED: lambda n: ntr(
        "{count} line substituted", "{count} lines substituted", n
    ),
    LineOutcome.NOT_ARRIVED: lambda n: ntr(
        "{count} line not arrived", "{count} lines not arrived", n
    ),
}
_COST_SENTENCES = {
    CostUpdate.LAST: N_("cost updated to the last price"),
    CostUpdate.AVERAGE: N_("cost updated by the weighted average"),
}


def delivery_summary(outcomes: Sequence[LineOutcome], prices: int, rule: CostUpdate) -> str:
    """'2 lines short, 1 price changed: cost updated to the last price' (the Receive dialog's
    footer before, `order receive`'s line after); `prices` counts changed prices that arrive."""
    parts = []
    for outcome, words in _COUNTED.items():
        count = sum(1 for x in outcomes if x is outcome)
        if count:
            parts.append(words(count).format(count=count))
    if prices:
        changed = ntr("{count} price changed", "{count} prices changed", prices)
        parts.append(changed.format(count=prices))
    said = ", ".join(parts) if parts else tr("everything as ordered")
    return f"{said}: {tr(_COST_SENTENCES[rule])}" if prices else said
