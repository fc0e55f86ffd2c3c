"""Unmatched sales: till lines of no recipe, resolved later to a recipe or to what was poured.

The speakeasy rings a bespoke drink up under a guest's name or "Special" (issue 18);
`import sales --park-unknown` keeps such a line here instead of losing it. Resolving
deducts, dated when the drink was sold, exactly once: the row is claimed by one UPDATE
that only an unresolved row matches, so a second resolve (or a second terminal) is
refused. To a recipe, it becomes an ordinary sale (line_key and import kept), which
undo_sale voids as any other; to the ingredients poured, its `sale` movements reference
unmatched:<id>, and each is undone as any movement is (services/ledger/movements.undo).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from inventory_app.db.models import Sale, UnmatchedSale, utcnow
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.errors import InputError, NotFoundError
from inventory_app.domain.money import format_money
from inventory_app.domain.permissions import Action
from inventory_app.domain.recipes import Channel, RecipeKind, SaleKind
from inventory_app.i18n.catalogue import ntr, tr
from inventory_app.services.audit_log.entries import record_change
from inventory_app.services.bottles.draws import BottlePicker
from inventory_app.services.ledger.movements import NewMovement, lock_levels, record_movements
from inventory_app.services.people.permissions import require
from inventory_app.services.recipes.book import draws, find_recipe_ref
from inventory_app.services.selling.pours import PerDrink, PourSpec
from inventory_app.services.selling.sales import sale_reference
from inventory_app.services.settings import default_channel

ENTITY = "unmatched_sale"


@dataclass(frozen=True)
class Unmatched:
    """A parked line as the list shows it; `amount` is the takings (gross, else net)."""

    id: int
    item: str
    note: str
    at: datetime
    quantity: Decimal
    amount: Decimal | None
    kind: str
    import_id: int
    resolved: bool
    channel: Channel | None = None  # as the till said, if it did


@dataclass(frozen=True)
class Resolved:
    unmatched_id: int
    sale_id: int | None  # the sale written when resolved to a recipe
    movements: int


def unmatched_sales(session: Session, *, include_resolved: bool = False) -> list[Unmatched]:
    """Parked lines, oldest sale first: the order the owner goes through the night."""
    query = select(UnmatchedSale).order_by(UnmatchedSale.at, UnmatchedSale.id)
    if not include_resolved:
        query = query.where(UnmatchedSale.resolved_at.is_(None))
    return [_as_unmatched(row) for row in session.scalars(query)]


def unresolved_totals(
    session: Session, start: datetime | None = None, end: datetime | None = None
) -> tuple[int, Decimal]:
    """How many parked lines wait, and their takings (what stock has not yet answered
    for); sold in [start, end) when given, as a count's period."""
    amount = func.coalesce(UnmatchedSale.gross_amount, UnmatchedSale.net_amount)
    query = select(func.count(UnmatchedSale.id), func.sum(amount)).where(
        UnmatchedSale.resolved_at.is_(None)
    )
    if start is not None:
        query = query.where(UnmatchedSale.at >= start)
    if end is not None:
        query = query.where(UnmatchedSale.at < end)
    count, total = session.execute(query).one()
    return int(count), total if total is not None else Decimal(0)


@dataclass(frozen=True)
class Unresolved:
    """Till lines parked as unmatched sales: takings whose stock is not yet deducted."""

    lines: int
    takings: Decimal

    def text(self) -> str:
        """The line the Dashboard and Variance show for them, empty when none waits (their
        button opens the list: the words say what waits, not how to resolve it)."""
        if not self.lines:
            return ""
        return ntr(
            "{count} unmatched sale ({takings}) not yet deducted",
            "{count} unmatched sales ({takings}) not yet deducted",
            self.lines,
        ).format(count=self.lines, takings=format_money(self.takings))


def unresolved(
    session: Session, start: datetime | None = None, end: datetime | None = None
) -> Unresolved:
    return Unresolved(*unresolved_totals(session, start, end))


def resolve_to_recipe(session: Session, unmatched_id: int, recipe: str, *, author: str) -> Resolved:
    """The line becomes the sale of a recipe, dated when it was sold, and deducts it."""
    require(session, author, Action.IMPORT_SALES)
    ref = find_recipe_ref(session, recipe)
    if ref.kind != RecipeKind.COCKTAIL:
        raise InputError(
            tr("{name} is a prep recipe: record it with `make`, not `sell`").format(name=ref.name)
        )
    line = _claim(session, unmatched_id, author)
    channel = Channel(line.channel) if line.channel else default_channel(session)
    sale = Sale(
        at=line.at, recipe_id=ref.id, recipe_name=ref.name, quantity=line.quantity,
        channel=channel.value, kind=line.kind, gross_amount=line.gross_amount,
        net_amount=line.net_amount, import_id=line.import_id, line_key=line.line_key,
        author=author,
    )  # fmt: skip
    session.add(sale)
    session.flush()
    line.sale_id = sale.id
    moved = 0
    if line.kind == SaleKind.SALE:
        taken = sorted(draws(session, ref.id, channel), key=lambda d: d.item_id)
        picker = BottlePicker(session, serial={d.item_id for d in taken if d.serial})
        lock_levels(session, [d.item_id for d in taken])
        movements = [
            NewMovement(
                d.item_id,
                -d.quantity * line.quantity,
                Reason.SALE,
                sale_reference(sale.id),
                "",
                line.at,
                picker.bottle_for(d.item_id),
            )
            for d in taken
        ]
        moved = record_movements(session, movements, author=author)
    _audit(session, line, author, {"recipe": ref.name, "sale_id": sale.id})
    return Resolved(unmatched_id, sale.id, moved)


def resolve_to_pours(
    session: Session, unmatched_id: int, pours: list[PourSpec], *, author: str
) -> Resolved:
    """The line deducts what was poured into each drink (SKU, amount, unit), dated at sale."""
    require(session, author, Action.IMPORT_SALES)
    per_drink = PerDrink(session, pours)
    line = _claim(session, unmatched_id, author)
    moved = 0
    if line.kind == SaleKind.SALE:
        written = per_drink.deduct(
            session, drinks=line.quantity, reference=unmatched_reference(line.id), at=line.at,
            author=author,
        )  # fmt: skip
        moved = len(written)
    poured = [{"sku": sku, "amount": amount} for sku, amount in per_drink.skus]
    _audit(session, line, author, {"pours": poured})
    return Resolved(unmatched_id, None, moved)


def unmatched_reference(unmatched_id: int) -> str:
    """How the movements of a line resolved to its pours point back at it."""
    return f"unmatched:{unmatched_id}"


def _claim(session: Session, unmatched_id: int, author: str) -> UnmatchedSale:
    """The unresolved line, marked resolved by this author; refused if missing or resolved."""
    line = session.get(UnmatchedSale, unmatched_id)
    if line is None:
        raise NotFoundError(tr("no unmatched sale with id {id}").format(id=unmatched_id))
    claimed = session.execute(
        update(UnmatchedSale)
        .where(UnmatchedSale.id == unmatched_id, UnmatchedSale.resolved_at.is_(None))
        .values(resolved_at=utcnow(), resolved_by=author)
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        raise InputError(
            tr("unmatched sale {id} ({item}) was already resolved").format(
                id=unmatched_id, item=line.item
            )
        )
    session.refresh(line)
    return line


def _audit(session: Session, line: UnmatchedSale, author: str, after: dict[str, object]) -> None:
    record_change(
        session, author=author, entity=ENTITY, entity_id=line.id, label=line.item,
        action="resolve", before={"resolved": False}, after={"resolved": True, **after},
    )  # fmt: skip


def _as_unmatched(row: UnmatchedSale) -> Unmatched:
    amount = row.gross_amount if row.gross_amount is not None else row.net_amount
    return Unmatched(
        id=row.id, item=row.item, note=row.note, at=row.at, quantity=row.quantity,
        amount=amount, kind=row.kind, import_id=row.import_id,
        resolved=row.resolved_at is not None,
        channel=Channel(row.channel) if row.channel else None,
    )  # fmt: skip
