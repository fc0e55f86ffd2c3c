"""What a finalised count reveals: variance per item, usage since the last count, beverage cost.

The period runs from the previous finalised count (exclusive) to this one (inclusive),
by the time each movement and sale happened; the first count's period starts with the
ledger. Money is at today's cost: item cost / size, or a house flask's prep cost.
Only the items this count covers are valued, so a count of one shelf reports that shelf.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from inventory_app.db.models import Count, CountLine, Item, Movement, Sale
from inventory_app.domain.catalogue import LOSS_REASONS, Reason
from inventory_app.domain.counting import (
    Band,
    beverage_cost_pct,
    loss_band,
    variance,
    variance_pct,
    variance_value,
)
from inventory_app.domain.errors import InputError
from inventory_app.domain.money import to_cents
from inventory_app.domain.recipes import net_of_vat
from inventory_app.domain.rounding import half_up
from inventory_app.i18n.catalogue import N_, tr
from inventory_app.services.counts.sessions import CountStatus, get_count
from inventory_app.services.recipes.costs import CostBook
from inventory_app.services.selling.unmatched import Unresolved, unresolved
from inventory_app.services.settings import vat_rate_pct

PCT_PLACES = 1
# Theoretical usage: what the ledger says went into drinks, preps and recorded waste.
USAGE_KINDS = {Reason.SALE: "sales", Reason.PREP_USE: "prep"} | dict.fromkeys(LOSS_REASONS, "waste")


@dataclass(frozen=True)
class VarianceLine:
    item_id: int
    sku: str
    name: str
    location: str
    unit: str
    expected: Decimal
    counted: Decimal
    variance: Decimal
    variance_value: Decimal
    variance_pct: Decimal | None
    usage: Decimal  # theoretical, in base units, over the period
    band: Band


@dataclass(frozen=True)
class Usage:
    """Stock used over the period, in money at cost: by sales, preps and waste; then what no
    record explains, signed as every variance is (a loss is negative)."""

    sales: Decimal
    prep: Decimal
    waste: Decimal
    unexplained: Decimal


# What each figure of the report is, in the words the window, `count report` and the
# workbook all show beside it: one sign convention, a loss is negative everywhere.
# Keys and meanings are marked only: `figure_name` and `figure_meaning` translate them.
FIGURE_MEANINGS = {
    N_("Items"): N_("Items on the count"),
    N_("Net variance"): N_(
        "Counted minus expected, at cost, over every item: gains and losses "
        "together (a loss is negative)"
    ),
    N_("Losses"): N_("Only the items that came up short, added up at cost (negative)"),
    N_("Used by sales"): N_("What the drinks sold took, by their recipes, at cost"),
    N_("Used by preps"): N_("What house preps (syrups, infusions, batches) took, at cost"),
    N_("Waste"): N_("Recorded waste, breakage and comps, at cost"),
    N_("Unexplained"): N_(
        "Stock gone (negative) or found (positive) that no sale, prep or "
        "recorded waste explains: the net variance, at cost"
    ),
    N_("Beverage cost"): N_("(opening stock + purchases - closing stock) / net sales"),
}


def figure_name(name: str) -> str:
    """A figure's caption (a key of FIGURE_MEANINGS) in the reader's language."""
    return tr(name)


def figure_meaning(name: str) -> str:
    """What a figure is (its tooltip and note), in the reader's language."""
    return tr(FIGURE_MEANINGS[name])


@dataclass(frozen=True)
class Totals:
    items: int
    expected_value: Decimal
    counted_value: Decimal
    variance_value: Decimal
    losses_value: Decimal  # the sum of the lines that lost stock, negative


@dataclass(frozen=True)
class CountReport:
    count_id: int
    finalised_at: datetime
    period_start: datetime | None  # the previous count; None: since the ledger began
    lines: list[VarianceLine]  # worst loss in money first
    totals: Totals
    usage: Usage
    opening_value: Decimal | None
    purchases_value: Decimal
    closing_value: Decimal
    net_sales: Decimal | None
    beverage_cost_pct: Decimal | None
    # Drinks sold in the period and still parked as unmatched sales: their stock is not
    # yet deducted, so the variance reads them as a loss until they are resolved.
    unresolved: Unresolved


@dataclass(frozen=True)
class CountListing:
    count_id: int
    finalised_at: datetime
    items: int


def finalised_counts(session: Session) -> list[CountListing]:
    """Finalised counts, newest first, for a picker."""
    query = (
        select(Count.id, Count.finalised_at, func.count(CountLine.id))
        .join(CountLine, CountLine.count_id == Count.id)
        .where(Count.status == CountStatus.FINALISED)
        .group_by(Count.id, Count.finalised_at)
        .order_by(Count.finalised_at.desc(), Count.id.desc())
    )
    return [CountListing(i, at, n) for i, at, n in session.execute(query) if at is not None]


def latest_report(session: Session, count_id: int | None) -> CountReport | None:
    """A finalised count's variance (the latest by default); None when none is finalised."""
    if not finalised_counts(session):
        return None
    return count_report(session, count_id)


def count_report(session: Session, count_id: int | None = None) -> CountReport:
    """The variance report of a finalised count (the latest by default)."""
    count = _finalised(session, count_id)
    end = count.finalised_at
    assert end is not None
    start = session.scalar(
        select(func.max(Count.finalised_at)).where(
            Count.status == CountStatus.FINALISED, Count.finalised_at < end
        )
    )
    rows = session.execute(
        select(CountLine, Item).join(Item, Item.id == CountLine.item_id)
        .where(CountLine.count_id == count.id)
    ).all()  # fmt: skip
    book = CostBook(session)
    unit_cost = {item.id: book.unit_cost(item) for _line, item in rows}
    used = _usage(session, list(unit_cost), start, end)
    lines = [_line(line, item, unit_cost[item.id], used[item.id]) for line, item in rows]
    lines.sort(key=lambda v: (v.variance_value, v.sku))
    closing = sum((v.counted * unit_cost[v.item_id] for v in lines), Decimal(0))
    ids = list(unit_cost)
    purchases = _valued(_moved(session, ids, start, end, Reason.RECEIVE), unit_cost)
    opening = None if start is None else _valued(_levels_at(session, ids, start), unit_cost)
    net = _net_sales(session, start, end)
    pct = None if opening is None else beverage_cost_pct(opening, purchases, closing, net)
    return CountReport(
        count_id=count.id, finalised_at=end, period_start=start, lines=lines,
        totals=_totals(lines, unit_cost), usage=_usage_split(lines, used, unit_cost),
        opening_value=_money(opening), purchases_value=to_cents(purchases),
        closing_value=to_cents(closing), net_sales=_money(net),
        beverage_cost_pct=half_up(pct, PCT_PLACES) if pct is not None else None,
        unresolved=unresolved(session, start, end),
    )  # fmt: skip


def _finalised(session: Session, count_id: int | None) -> Count:
    if count_id is not None:
        count = get_count(session, count_id)
        if count.status != CountStatus.FINALISED:
            raise InputError(
                tr("count {id} is still open: finalise it to see its variance").format(id=count_id)
            )
        return count
    latest = session.scalar(
        select(Count)
        .where(Count.status == CountStatus.FINALISED)
        .order_by(Count.finalised_at.desc(), Count.id.desc())
        .limit(1)
    )
    if latest is None:
        raise InputError(tr("no count has been finalised yet"))

    return latest


def _line(
    line: CountLine, item: Item, unit_cost: Decimal, used: dict[str, Decimal]
) -> VarianceLine:
    # A finalised count has no refused line (finalise refuses them): every line counted.
    assert line.counted is not None, f"count line {line.id} of a finalised count counted nothing"
    counted = line.counted
    expected = line.expected if line.expected is not None else counted
    difference = variance(counted, expected)
    usage = sum(used.values(), Decimal(0))
    pct = variance_pct(difference, usage)
    return VarianceLine(
        item_id=item.id, sku=item.sku, name=item.name,
        location=item.location.name if item.location else "", unit=item.unit,
        expected=expected, counted=counted, variance=difference,
        variance_value=to_cents(variance_value(difference, unit_cost)),
        variance_pct=half_up(pct, PCT_PLACES) if pct is not None else None,
        usage=usage, band=loss_band(difference, pct),
    )  # fmt: skip


def _period(
    start: datetime | None, end: datetime, column: InstrumentedAttribute[datetime]
) -> ColumnElement[bool]:
    return and_(column <= end, column > start) if start is not None else column <= end


def _usage(
    session: Session, item_ids: list[int], start: datetime | None, end: datetime
) -> dict[int, dict[str, Decimal]]:
    """Theoretical usage per item and kind (positive = used); an undo counts as its original."""
    original = aliased(Movement)
    reason = func.coalesce(original.reason, Movement.reason)
    query = (
        select(Movement.item_id, reason, func.sum(Movement.delta))
        .outerjoin(original, original.id == Movement.undoes_id)
        .where(Movement.item_id.in_(item_ids), _period(start, end, Movement.at))
        .group_by(Movement.item_id, reason)
    )
    used: dict[int, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for item_id, why, total in session.execute(query):
        kind = USAGE_KINDS.get(Reason(why))
        if kind is not None:
            used[item_id][kind] -= Decimal(total)
    return used


def _moved(
    session: Session, item_ids: list[int], start: datetime | None, end: datetime, reason: Reason
) -> dict[int, Decimal]:
    """Net movement per item for one reason over the period (undos of it included)."""
    original = aliased(Movement)
    query = (
        select(Movement.item_id, func.sum(Movement.delta))
        .outerjoin(original, original.id == Movement.undoes_id)
        .where(
            Movement.item_id.in_(item_ids),
            func.coalesce(original.reason, Movement.reason) == reason.value,
            _period(start, end, Movement.at),
        )
        .group_by(Movement.item_id)
    )
    return {item_id: Decimal(total) for item_id, total in session.execute(query)}


def _levels_at(session: Session, item_ids: list[int], moment: datetime) -> dict[int, Decimal]:
    """What the ledger held per item at a moment: the opening stock of the period."""
    query = (
        select(Movement.item_id, func.sum(Movement.delta))
        .where(Movement.item_id.in_(item_ids), Movement.at <= moment)
        .group_by(Movement.item_id)
    )
    return {item_id: Decimal(total) for item_id, total in session.execute(query)}


def _valued(quantities: dict[int, Decimal], unit_cost: dict[int, Decimal]) -> Decimal:
    return sum((q * unit_cost[i] for i, q in quantities.items()), Decimal(0))


def _net_sales(session: Session, start: datetime | None, end: datetime) -> Decimal | None:
    """Sales net of VAT over the period (refunds and voids are negative); None without any."""
    vat = vat_rate_pct(session)
    query = select(Sale.net_amount, Sale.gross_amount).where(_period(start, end, Sale.at))
    amounts: list[Decimal] = []
    for net, gross in session.execute(query):
        if net is not None:
            amounts.append(net)
        elif gross is not None:
            amounts.append(net_of_vat(gross, vat))
    return sum(amounts, Decimal(0)) if amounts else None


def _totals(lines: list[VarianceLine], unit_cost: dict[int, Decimal]) -> Totals:
    return Totals(
        items=len(lines),
        expected_value=_sum_money(v.expected * unit_cost[v.item_id] for v in lines),
        counted_value=_sum_money(v.counted * unit_cost[v.item_id] for v in lines),
        variance_value=_sum_money(v.variance_value for v in lines),
        losses_value=_sum_money(v.variance_value for v in lines if v.variance_value < 0),
    )


def _usage_split(
    lines: list[VarianceLine], used: dict[int, dict[str, Decimal]], unit_cost: dict[int, Decimal]
) -> Usage:
    def kind(name: str) -> Decimal:
        return _sum_money(used[v.item_id][name] * unit_cost[v.item_id] for v in lines)

    unexplained = _sum_money(v.variance_value for v in lines)
    return Usage(kind("sales"), kind("prep"), kind("waste"), unexplained)


def _sum_money(values: Iterable[Decimal]) -> Decimal:
    return to_cents(sum(values, Decimal(0)))


def _money(value: Decimal | None) -> Decimal | None:
    return to_cents(value) if value is not None else None
