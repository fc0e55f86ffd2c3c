"""Receiving a sent order: what arrived of each line, the supplier's papers, the new costs.

One call, one transaction: the order's DDT and invoice numbers, each line's arrived
quantity and invoiced price, what the supplier sent instead of a line (a line of its own
pointing at the one it replaced), a `receive` movement per item that arrived (reference
order:<id>), and the cost of each item whose price changed, set by the owner's setting
`receive_cost_update` and recorded in History as any item edit. Bad input changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from inventory_app.db.models import Item, OrderLine, PurchaseOrder, StockLevel, utcnow
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.errors import InputError, changed_elsewhere
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.domain.levels import containers
from inventory_app.domain.ordering import check_delivered
from inventory_app.domain.permissions import Action
from inventory_app.domain.receiving import (
    CostUpdate,
    LineOutcome,
    arrived_at_new_price,
    check_paper_number,
    delivery_summary,
    line_outcome,
    new_cost,
)
from inventory_app.i18n.catalogue import tr
from inventory_app.services.audit_log.entries import record_change
from inventory_app.services.catalogue.items import item_by_sku, update_item
from inventory_app.services.ledger.movements import NewMovement, record_movements
from inventory_app.services.ordering.order_numbers import order_number
from inventory_app.services.ordering.order_reads import order_in_status
from inventory_app.services.people.permissions import require
from inventory_app.services.settings import receive_cost_update

ZERO = Decimal(0)


@dataclass(frozen=True)
class Substitute:
    """Another item that arrived for an ordered line: its SKU, containers and price (None:
    the item's cost as it stands, so its cost does not change)."""

    sku: str
    quantity: Decimal
    price: Decimal | None = None


@dataclass(frozen=True)
class ArrivedLine:
    """One ordered line as delivered. `quantity` None: as ordered, or none of the ordered
    item when a substitute came for it; `price` None: the price it was ordered at."""

    sku: str
    quantity: Decimal | None = None
    price: Decimal | None = None
    substitute: Substitute | None = None


@dataclass(frozen=True)
class Delivery:
    """What came with one delivery. Lines not named arrived as ordered (`rest_as_ordered`)
    or not at all; the DDT and invoice numbers may be empty (the invoice often comes later)."""

    lines: Sequence[ArrivedLine] = ()
    delivery_note: str = ""
    invoice_number: str = ""
    rest_as_ordered: bool = True


@dataclass(frozen=True)
class CostChange:
    sku: str
    before: Decimal
    after: Decimal


@dataclass(frozen=True)
class Received:
    """What receiving did: the movements written, each line's outcome by SKU, the costs."""

    movements: int
    outcomes: dict[str, LineOutcome] = field(default_factory=dict)
    cost_changes: tuple[CostChange, ...] = ()
    prices_changed: int = 0  # lines that arrived at a price other than the expected one
    rule: CostUpdate = CostUpdate.LAST  # how those prices set the items' costs

    def summary(self) -> str:
        """'2 lines short, 1 price changed: cost updated to the last price'."""
        return delivery_summary(list(self.outcomes.values()), self.prices_changed, self.rule)


@dataclass(frozen=True)
class _Booked:
    """One item into stock: the line it is booked on, containers and the price paid."""

    line: OrderLine
    item: Item
    quantity: Decimal
    price: Decimal
    expected: Decimal  # the price it was ordered at (a substitute: the item's cost)


def receive_delivery(
    session: Session,
    order_id: int,
    delivery: Delivery,
    *,
    author: str,
    expected_version: int | None = None,
) -> Received:
    """Sent -> received with what arrived (see the module's text). `expected_version` is the
    order's version the person read: a terminal that received it meanwhile wins."""
    require(session, author, Action.RECEIVE_ORDER)
    if not author.strip():
        raise InputError(tr("every order change needs an author"))
    order = order_in_status(session, order_id, allowed=("sent",), action="received")
    if expected_version is not None and order.version != expected_version:
        raise changed_elsewhere(_label(order))
    note = check_paper_number(delivery.delivery_note, "ddt")
    invoice = check_paper_number(delivery.invoice_number, "invoice")
    booked = _booked(session, order, delivery)
    if not any(b.quantity > 0 for b in booked):
        raise InputError(
            tr("nothing arrived for order {id}: cancel it instead").format(id=order_id)
        )
    rule = receive_cost_update(session)
    changes = _new_costs(session, booked, rule)
    if changes:
        require(session, author, Action.EDIT_COSTS)
    moves = [
        NewMovement(b.item.id, b.quantity * b.item.size, Reason.RECEIVE,
                    reference=f"order:{order.id}")
        for b in booked if b.quantity > 0
    ]  # fmt: skip
    for b in booked:
        b.line.received_quantity, b.line.received_cost = b.quantity, b.price
    order.status, order.received_at = "received", utcnow()
    order.delivery_note, order.invoice_number = note, invoice
    _flush(session, order)  # a terminal receiving it at the same time: theirs stands
    written = record_movements(session, moves, author=author)
    _set_costs(session, order, changes, rule, author=author)
    prices = sum(1 for b in booked if arrived_at_new_price(b.quantity, b.expected, b.price))
    return Received(written, _outcomes(order), tuple(c for _i, c in changes), prices, rule)


def _booked(session: Session, order: PurchaseOrder, delivery: Delivery) -> list[_Booked]:
    """Every line as it arrived, substitutes added as lines of their own (flushed)."""
    by_sku = {x.item.sku.lower(): x for x in order.lines}
    given = _given(by_sku, delivery.lines)
    booked: list[_Booked] = []
    instead: dict[int, str] = {}
    for key, line in by_sku.items():
        arrived = given.get(key)
        own = _own_quantity(line, arrived, delivery.rest_as_ordered)
        price = line.unit_cost if arrived is None or arrived.price is None else arrived.price
        booked.append(_Booked(line, line.item, own, price, line.unit_cost))
        if arrived is not None and arrived.substitute is not None:
            booked.append(_substitute(session, order, line, arrived.substitute, instead))
    session.flush()
    return booked


def _given(by_sku: Mapping[str, OrderLine], lines: Sequence[ArrivedLine]) -> dict[str, ArrivedLine]:
    """The named lines by SKU; one not on this order, named twice or negative is refused."""
    given: dict[str, ArrivedLine] = {}
    for arrived in lines:
        key = arrived.sku.strip().lower()
        if key not in by_sku:
            raise InputError(tr("{sku} is not on this order").format(sku=arrived.sku), column="sku")
        if key in given:
            raise InputError(
                tr("{sku} is named twice in this delivery").format(sku=arrived.sku), column="sku"
            )
        if arrived.quantity is not None:
            check_delivered(arrived.sku, arrived.quantity, "quantity")
        if arrived.price is not None:
            check_delivered(arrived.sku, arrived.price, "cost")
        given[key] = arrived
    return given


def _own_quantity(line: OrderLine, arrived: ArrivedLine | None, rest_as_ordered: bool) -> Decimal:
    if arrived is None:
        return line.quantity if rest_as_ordered else ZERO
    if arrived.quantity is not None:
        return arrived.quantity
    return ZERO if arrived.substitute is not None else line.quantity


def _substitute(
    session: Session,
    order: PurchaseOrder,
    line: OrderLine,
    substitute: Substitute,
    taken: dict[int, str],
) -> _Booked:
    """The other item's line: checked, added to the order with nothing ordered."""
    ordered = line.item.sku
    item = item_by_sku(session, substitute.sku)
    if item is None:
        raise InputError(
            tr("{sku}: no item with SKU {other} arrived instead").format(
                sku=ordered, other=repr(substitute.sku.strip())
            ),
            column="substitute",
        )
    if item.id == line.item_id:
        raise InputError(
            tr("{sku}: the item that arrived instead is the one ordered").format(sku=ordered),
            column="substitute",
        )
    if any(x.item_id == item.id for x in order.lines if x is not line) or item.id in taken:
        raise InputError(
            tr("{sku}: {other} is already on this order; record it on its own line").format(
                sku=ordered, other=item.sku
            ),
            column="substitute",
        )
    quantity = check_delivered(item.sku, substitute.quantity, "quantity")
    if quantity == 0:
        raise InputError(
            tr("{sku}: how many of {other} arrived instead? More than zero").format(
                sku=ordered, other=item.sku
            ),
            column="substitute",
        )
    price = item.cost if substitute.price is None else substitute.price
    check_delivered(item.sku, price, "cost")
    taken[item.id] = item.sku
    extra = OrderLine(item_id=item.id, quantity=ZERO, unit_cost=item.cost)
    extra.substitutes_line_id = line.id
    order.lines.append(extra)
    return _Booked(extra, item, quantity, price, item.cost)


def _new_costs(
    session: Session, booked: Sequence[_Booked], rule: CostUpdate
) -> list[tuple[Item, CostChange]]:
    """Items whose price differs from the expected one, with their cost after the delivery
    (containers on hand read before the delivery's movements are written)."""
    changed = [b for b in booked if arrived_at_new_price(b.quantity, b.expected, b.price)]
    ids = [b.item.id for b in changed]
    levels = dict(
        session.execute(
            select(StockLevel.item_id, StockLevel.on_hand).where(StockLevel.item_id.in_(ids))
        ).all()
    )
    out: list[tuple[Item, CostChange]] = []
    for b in changed:
        on_hand = containers(levels.get(b.item.id, ZERO), b.item.size)
        after = new_cost(rule, cost=b.item.cost, on_hand=on_hand, arrived=b.quantity,
                         price=b.price)  # fmt: skip
        if after != b.item.cost:
            out.append((b.item, CostChange(b.item.sku, b.item.cost, after)))
    return out


def _set_costs(
    session: Session,
    order: PurchaseOrder,
    changes: Sequence[tuple[Item, CostChange]],
    rule: CostUpdate,
    *,
    author: str,
) -> None:
    """Each new cost written and recorded in History as an edit of the item."""
    number = order_number(order) or f"#{order.id}"
    note = tr("received with order {number}: {rule}").format(number=number, rule=rule.label)
    for item, change in changes:
        update_item(session, item, ItemSpec(sku=item.sku, cost=change.after))
        record_change(
            session, author=author, entity="item", entity_id=item.id,
            label=f"{item.sku} {item.name}", action="update", before={"cost": change.before},
            after={"cost": change.after}, note=note,
        )  # fmt: skip


def _outcomes(order: PurchaseOrder) -> dict[str, LineOutcome]:
    replaced = {x.substitutes_line_id for x in order.lines if x.substitutes_line_id}
    return {
        x.item.sku: line_outcome(
            x.quantity, x.received_quantity or ZERO, substituted=x.id in replaced,
            instead=x.substitutes_line_id is not None,
        )
        for x in order.lines
    }  # fmt: skip


def _flush(session: Session, order: PurchaseOrder) -> None:
    label = _label(order)  # named now: a failed flush expires what it would be read from
    try:
        session.flush()
    except StaleDataError:
        raise changed_elsewhere(label) from None


def _label(order: PurchaseOrder) -> str:
    return tr("order {id} to {supplier}").format(id=order.id, supplier=order.supplier.name)
