"""The reorder proposal: per supplier, what to order so each low item is back at par."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inventory_app.db.models import Item, StockLevel, Supplier
from inventory_app.domain.errors import NotFoundError
from inventory_app.domain.levels import containers
from inventory_app.domain.ordering import line_total, needs_order, order_quantity, order_total
from inventory_app.i18n.catalogue import tr
from inventory_app.services.ordering.levels import on_order_by_item
from inventory_app.services.settings import bar_language


@dataclass(frozen=True)
class ProposalLine:
    item_id: int
    sku: str
    supplier_code: str
    name: str
    on_hand: Decimal  # containers
    par: Decimal
    reorder_at: Decimal | None
    pack_size: int
    on_order: Decimal
    quantity: Decimal  # containers, whole packs
    unit_cost: Decimal
    line_total: Decimal


@dataclass(frozen=True)
class SupplierProposal:
    supplier_id: int
    supplier: str
    contact: str
    email: str
    phone: str
    lines: tuple[ProposalLine, ...]
    total: Decimal
    language: str | None = None  # their sheet's: the supplier's, else the bar's (None: as now)


def reorder_proposal(session: Session, *, suppliers: Sequence[str] = ()) -> list[SupplierProposal]:
    """Items at or below their reorder point with something to order, grouped by supplier.

    Items on open orders (draft or sent) count as already coming. Items without a
    supplier cannot be ordered from anyone and are left out (levels still shows them).
    """
    return proposal(session, suppliers=suppliers, on_order=on_order_by_item(session))


def proposal(
    session: Session, *, suppliers: Sequence[str], on_order: Mapping[int, Decimal]
) -> list[SupplierProposal]:
    """The proposal against a given on-order view (orders.py leaves out drafts it replaces)."""
    chosen = _suppliers(session, suppliers)
    lines: dict[int, list[ProposalLine]] = {s.id: [] for s in chosen}
    query = (
        select(Item, StockLevel.on_hand)
        .join(StockLevel, StockLevel.item_id == Item.id)
        .where(Item.active.is_(True), Item.supplier_id.in_(list(lines)))
        .order_by(Item.sku)
    )
    for item, on_hand in session.execute(query).unique():
        line = proposal_line(item, on_hand, on_order.get(item.id, Decimal(0)))
        if line is not None and item.supplier_id is not None:
            lines[item.supplier_id].append(line)
    bar = bar_language(session)
    return [_group(s, lines[s.id], bar) for s in chosen if lines[s.id]]


def proposal_line(item: Item, on_hand: Decimal, on_order: Decimal) -> ProposalLine | None:
    """One item's line, or None when it is above its reorder point or needs nothing."""
    have = containers(on_hand, item.size)
    if not needs_order(have, item.reorder_at):
        return None
    par = item.par if item.par is not None else item.reorder_at
    assert par is not None  # needs_order holds only with a reorder point
    quantity = order_quantity(par, have, on_order, item.pack_size)
    if quantity <= 0:
        return None
    return ProposalLine(
        item_id=item.id, sku=item.sku, supplier_code=item.supplier_code, name=item.name,
        on_hand=have, par=par, reorder_at=item.reorder_at, pack_size=item.pack_size,
        on_order=on_order, quantity=quantity, unit_cost=item.cost,
        line_total=line_total(quantity, item.cost),
    )  # fmt: skip


def sheet_language(session: Session, supplier: Supplier) -> str:
    """The language of a supplier's order sheet: their own, else the bar's for documents."""
    return supplier.language or bar_language(session)


def _group(supplier: Supplier, lines: list[ProposalLine], bar: str) -> SupplierProposal:
    return SupplierProposal(
        supplier_id=supplier.id, supplier=supplier.name, contact=supplier.contact,
        email=supplier.email, phone=supplier.phone, lines=tuple(lines),
        total=_total(lines), language=supplier.language or bar,
    )  # fmt: skip


def with_quantities(
    proposal: SupplierProposal, quantities: Mapping[str, Decimal]
) -> SupplierProposal:
    """The proposal with quantities the owner changed by SKU (zero drops a line)."""
    lines = []
    for line in proposal.lines:
        quantity = quantities.get(line.sku, line.quantity)
        if quantity > 0:
            total = line_total(quantity, line.unit_cost)
            lines.append(replace(line, quantity=quantity, line_total=total))
    return replace(proposal, lines=tuple(lines), total=_total(lines))


def _total(lines: Sequence[ProposalLine]) -> Decimal:
    return order_total((line.quantity, line.unit_cost) for line in lines)


def _suppliers(session: Session, names: Sequence[str]) -> list[Supplier]:
    """The named suppliers (any case), or all of them; sorted by name."""
    everyone = list(session.scalars(select(Supplier).order_by(func.lower(Supplier.name))))
    if not names:
        return everyone
    by_name = {s.name.lower(): s for s in everyone}
    missing = [n for n in names if n.strip().lower() not in by_name]
    if missing:
        raise NotFoundError(
            tr("no supplier named {name}").format(name=repr(missing[0])), column="supplier"
        )

    wanted = {n.strip().lower() for n in names}
    return [s for s in everyone if s.name.lower() in wanted]
