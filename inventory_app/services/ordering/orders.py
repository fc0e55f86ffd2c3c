"""Orders to suppliers: draft from the proposal, edit, send (the sheet), receive (the ledger)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from inventory_app.db.models import Item, OrderLine, PurchaseOrder, StockLevel, utcnow
from inventory_app.domain.display import number_text
from inventory_app.domain.errors import InputError, NotFoundError, changed_elsewhere
from inventory_app.domain.levels import containers
from inventory_app.domain.order_document import OrderDocument
from inventory_app.domain.ordering import line_total, order_total
from inventory_app.domain.permissions import Action
from inventory_app.i18n.catalogue import tr
from inventory_app.services.ordering.levels import on_order_by_item
from inventory_app.services.ordering.order_document import order_document
from inventory_app.services.ordering.order_numbers import local_date, number_order
from inventory_app.services.ordering.order_reads import STATUSES, order_in_status
from inventory_app.services.ordering.reorder import (
    ProposalLine,
    SupplierProposal,
    proposal,
    reorder_proposal,
    sheet_language,
    with_quantities,
)
from inventory_app.services.people.permissions import require

_DRAFTS = (
    select(PurchaseOrder)
    .where(PurchaseOrder.status == "draft")
    .order_by(PurchaseOrder.created_at.desc(), PurchaseOrder.id.desc())
)


def create_orders(session: Session, *, author: str, suppliers: Sequence[str] = ()) -> list[int]:
    """Save the proposal as one draft per supplier; returns the drafts' ids.

    A supplier that already has a draft gets that draft refreshed: its lines are
    replaced by the current proposal (they are not counted as on order meanwhile).
    A supplier with nothing to propose keeps its draft as it is.
    """
    require(session, author, Action.CREATE_ORDER)
    _need_author(author)
    drafts = {o.supplier_id: o for o in session.scalars(_DRAFTS)}
    on_order = on_order_by_item(session)
    for draft in drafts.values():
        for line in draft.lines:
            on_order[line.item_id] = on_order.get(line.item_id, Decimal(0)) - line.quantity
    ids: list[int] = []
    for supplier in proposal(session, suppliers=suppliers, on_order=on_order):
        order = drafts.get(supplier.supplier_id)
        if order is None:
            order = PurchaseOrder(supplier_id=supplier.supplier_id, created_by=author)
            session.add(order)
            try:
                session.flush()
            except IntegrityError:  # another terminal's draft, made since the read above
                raise changed_elsewhere(
                    tr("the draft order to {supplier}").format(supplier=supplier.supplier)
                ) from None
        else:
            flag_modified(order, "note")  # new lines: a new version for whoever edits it
        order.lines.clear()
        _flush(session, order)  # the old lines go before new ones take their (order, item) keys
        order.lines.extend(OrderLine(item_id=p.item_id, quantity=p.quantity,
                                     unit_cost=p.unit_cost) for p in supplier.lines)  # fmt: skip
        session.flush()
        ids.append(order.id)
    return ids


def set_line(
    session: Session,
    order_id: int,
    sku: str,
    quantity: Decimal,
    *,
    author: str,
    unit_cost: Decimal | None = None,
    expected_version: int | None = None,
) -> None:
    """Change (or add) one line of a draft; a quantity of zero removes the line.

    `expected_version` is the draft's version the editor read: if someone changed
    the draft since, the edit is refused rather than made to lines they never saw.
    """
    require(session, author, Action.CREATE_ORDER)
    order = order_in_status(session, order_id, allowed=("draft",), action="edited")
    if expected_version is not None:
        expect_version(session, order_id, expected_version)
    if quantity < 0:
        raise InputError(
            tr("an order quantity is zero or more, got {quantity}").format(
                quantity=number_text(quantity, 6, grouped=False)
            ),
            column="quantity",
        )
    if unit_cost is not None and unit_cost < 0:
        raise InputError(
            tr("a cost is zero or more, got {cost}").format(
                cost=number_text(unit_cost, 6, grouped=False)
            ),
            column="unit_cost",
        )
    item = _item(session, sku)
    if item.supplier_id != order.supplier_id:
        raise InputError(
            tr("{sku} is not bought from {supplier}").format(
                sku=item.sku, supplier=order.supplier.name
            ),
            column="sku",
        )
    line = next((x for x in order.lines if x.item_id == item.id), None)
    if quantity == 0:
        if line is not None:
            order.lines.remove(line)
    elif line is None:
        cost = item.cost if unit_cost is None else unit_cost
        order.lines.append(OrderLine(item_id=item.id, quantity=quantity, unit_cost=cost))
    else:
        line.quantity = quantity
        line.unit_cost = line.unit_cost if unit_cost is None else unit_cost
    flag_modified(order, "note")  # a line changed: the draft is a new version
    _flush(session, order)


def expect_version(session: Session, order_id: int, version: int) -> None:
    """Refuse to go on with a draft someone changed since it was read at `version`."""
    order = order_in_status(session, order_id, allowed=STATUSES, action="checked")
    if order.version != version:
        raise changed_elsewhere(_label(order))


def _flush(session: Session, order: PurchaseOrder) -> None:
    label = _label(order)  # named now: a failed flush expires what it would be read from
    try:
        session.flush()
    except StaleDataError:
        raise changed_elsewhere(label) from None


def _expect(session: Session, order: PurchaseOrder, version: int | None) -> None:
    if version is not None:
        expect_version(session, order.id, version)


def _label(order: PurchaseOrder) -> str:
    if order.supplier is None:
        return tr("order {id} to its supplier").format(id=order.id)
    return tr("order {id} to {supplier}").format(id=order.id, supplier=order.supplier.name)


DocumentWriter = Callable[[Path, OrderDocument], Path]


def send_order(
    session: Session,
    order_id: int,
    *,
    author: str,
    out: Path,
    expected_version: int | None = None,
    write: DocumentWriter | None = None,
    note: str | None = None,
) -> Path:
    """Draft -> sent with its number (2026-0042), and the supplier's document written to
    `out` in the same transaction: a file that cannot be written leaves the order a draft.

    `write` draws the document (the workbook by default; the front ends pass the PDF
    writer of ui/render/ for a .pdf). `note`, when given, is the order's notes line. An empty
    order is refused. `expected_version`, as for every step of an order: the version the
    person read, so nobody sends an order someone changed since they looked at it.
    """
    require(session, author, Action.SEND_ORDER)
    from inventory_app.io.order_workbook import write_order_workbook

    _need_author(author)
    order = order_in_status(session, order_id, allowed=("draft",), action="sent")
    _expect(session, order, expected_version)
    if not order.lines:
        raise InputError(tr("order {id} has no lines: add some or cancel it").format(id=order_id))
    order.status, order.sent_at = "sent", utcnow()
    if note is not None:
        order.note = note.strip()
    _flush(session, order)
    number_order(session, order, local_date(order.sent_at))
    return (write or write_order_workbook)(out, order_document(session, order_id))


def draft_sheets(session: Session) -> list[SupplierProposal]:
    """The draft orders as their suppliers' sheets, by supplier: exported without sending,
    so the owner can read or mail a draft before it is marked sent."""
    drafts = [order_proposal(session, o) for o in session.scalars(_DRAFTS) if o.lines]
    return sorted(drafts, key=lambda sheet: sheet.supplier.lower())


def workbook_sheets(
    session: Session, quantities: Mapping[tuple[str, str], Decimal]
) -> list[SupplierProposal]:
    """The draft orders, then the proposal with the owner's quantities by (supplier, SKU):
    the reorder workbook's sheets, one per supplier's draft or proposal (nothing is sent)."""
    drafts = draft_sheets(session)
    edited = [
        with_quantities(
            p, {sku: q for (supplier, sku), q in quantities.items() if supplier == p.supplier}
        )
        for p in reorder_proposal(session)
    ]
    return drafts + edited


def order_proposal(session: Session, order: PurchaseOrder) -> SupplierProposal:
    """An order shaped as a proposal, so its sheet is the same sheet the proposal prints."""
    levels = dict(session.execute(select(StockLevel.item_id, StockLevel.on_hand)).all())
    lines = tuple(
        ProposalLine(
            item_id=x.item_id, sku=x.item.sku, supplier_code=x.item.supplier_code,
            name=x.item.name, on_hand=containers(levels.get(x.item_id, Decimal(0)), x.item.size),
            par=x.item.par or Decimal(0), reorder_at=x.item.reorder_at,
            pack_size=x.item.pack_size, on_order=Decimal(0), quantity=x.quantity,
            unit_cost=x.unit_cost, line_total=line_total(x.quantity, x.unit_cost),
        )
        for x in sorted(order.lines, key=lambda x: x.item.sku)
    )  # fmt: skip
    supplier = order.supplier
    total = order_total((x.quantity, x.unit_cost) for x in lines)
    return SupplierProposal(supplier.id, supplier.name, supplier.contact, supplier.email,
                            supplier.phone, lines, total,
                            sheet_language(session, supplier))  # fmt: skip


def receive_order(
    session: Session,
    order_id: int,
    *,
    author: str,
    lines: Mapping[str, Decimal] | None = None,
    costs: Mapping[str, Decimal] | None = None,
    expected_version: int | None = None,
) -> int:
    """Sent -> received: each arrived line becomes a `receive` movement (reference order:<id>).

    `lines` None means everything arrived as ordered; given, it is the whole delivery
    (SKU -> containers) and a line it leaves out received nothing. `costs` records an
    invoiced price per container that differs from the ordered one. Returns the movements.
    The whole delivery (DDT, invoice, substitutes) is services/ordering/receiving.py's.
    """
    from inventory_app.services.ordering.receiving import (
        ArrivedLine,
        Delivery,
        receive_delivery,
    )

    prices = {sku.strip().lower(): cost for sku, cost in (costs or {}).items()}
    quantities = {sku.strip().lower(): q for sku, q in (lines or {}).items()}
    named = {**{k: k for k in prices}, **{sku.strip().lower(): sku for sku in lines or {}}}
    arrived = [
        ArrivedLine(sku, quantity=None if lines is None else quantities.get(key, Decimal(0)),
                    price=prices.get(key))
        for key, sku in named.items()
    ]  # fmt: skip
    delivery = Delivery(arrived, rest_as_ordered=lines is None)
    done = receive_delivery(
        session, order_id, delivery, author=author, expected_version=expected_version
    )
    return done.movements


def cancel_order(
    session: Session, order_id: int, *, author: str, expected_version: int | None = None
) -> None:
    """A draft or sent order that will not arrive: it stops counting as on order."""
    require(session, author, Action.CREATE_ORDER)
    _need_author(author)
    order = order_in_status(session, order_id, allowed=("draft", "sent"), action="cancelled")
    _expect(session, order, expected_version)
    order.status = "cancelled"
    _flush(session, order)


def _item(session: Session, sku: str) -> Item:
    item = session.scalars(select(Item).where(func.lower(Item.sku) == sku.strip().lower())).first()
    if item is None:
        raise NotFoundError(tr("no item with SKU {sku}").format(sku=repr(sku)), column="sku")
    return item


def _need_author(author: str) -> None:
    if not author.strip():
        raise InputError(tr("every order change needs an author"))
