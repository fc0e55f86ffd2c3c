"""SQLAlchemy 2 typed models. Alembic migrations own the schema; this mirrors it."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    ForeignKey,
    Index,
    MetaData,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from inventory_app.db.types import Money, Quantity

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Called per row (never `default=datetime.now()`, which is evaluated once)."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Location(Base):
    __tablename__ = "locations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    walk_order: Mapped[int] = mapped_column(default=0)


class Supplier(Base):
    __tablename__ = "suppliers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    contact: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    lead_time_days: Mapped[int] = mapped_column(default=2)
    order_days: Mapped[str] = mapped_column(String(60), default="")


class Item(Base):
    __tablename__ = "items"
    __table_args__ = (
        CheckConstraint("kind IN ('bottle', 'flask', 'consumable')", name="kind"),
        CheckConstraint("unit IN ('ml', 'g', 'pcs')", name="unit"),
        CheckConstraint("tracking IN ('bulk', 'serial')", name="tracking"),
        CheckConstraint("size > 0", name="size_positive"),
        CheckConstraint("pack_size >= 1", name="pack_size_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(80), default="")
    kind: Mapped[str] = mapped_column(String(16), default="bottle")
    unit: Mapped[str] = mapped_column(String(8), default="ml")
    size: Mapped[Decimal] = mapped_column(Quantity())
    supplier_id: Mapped[int | None] = mapped_column(ForeignKey("suppliers.id"))
    supplier_code: Mapped[str] = mapped_column(String(64), default="")
    pack_size: Mapped[int] = mapped_column(default=1)
    cost: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    par: Mapped[Decimal | None] = mapped_column(Quantity())
    reorder_at: Mapped[Decimal | None] = mapped_column(Quantity())
    location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"))
    tare_g: Mapped[Decimal | None] = mapped_column(Quantity())
    full_g: Mapped[Decimal | None] = mapped_column(Quantity())
    density: Mapped[Decimal | None] = mapped_column(Quantity())  # g/ml, for weighing
    shelf_life_days: Mapped[int | None] = mapped_column()  # house flasks, from `make`
    tracking: Mapped[str] = mapped_column(String(8), default="bulk")
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)
    version: Mapped[int] = mapped_column(default=1)

    supplier: Mapped[Supplier | None] = relationship(lazy="joined")
    location: Mapped[Location | None] = relationship(lazy="joined")
    barcodes: Mapped[list[Barcode]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="Barcode.id"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class Barcode(Base):
    __tablename__ = "barcodes"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)

    item: Mapped[Item] = relationship(back_populates="barcodes")


class StockLevel(Base):
    """On hand per item, kept equal to the ledger sum in the same transaction."""

    __tablename__ = "stock_levels"

    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), primary_key=True)
    on_hand: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal(0))
    # Containers open now: moved only by `open` and `empty` ledger events (and their undo).
    open_containers: Mapped[int] = mapped_column(default=0, server_default="0")
    last_counted_at: Mapped[datetime | None] = mapped_column()


class DailyUsage(Base):
    """Stock used per item and calendar day (of `at`): the ledger's usage movements summed,
    kept in step by the statements that append them, so days of cover read 42 rows an item
    instead of six weeks of movements."""

    __tablename__ = "daily_usage"

    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), primary_key=True)
    day: Mapped[date] = mapped_column(primary_key=True)
    weekday: Mapped[int] = mapped_column(SmallInteger)  # of `day`, Monday 0: grouped by it
    used: Mapped[Decimal] = mapped_column(Quantity())

    __table_args__ = (Index("ix_daily_usage_day", "day", "item_id", "weekday", "used"),)


class UsageRevision(Base):
    """One row per write that changed the usage of a day already past (migration 0010):
    readers reuse the weeks of usage they summed while these rows stay as they were."""

    __tablename__ = "usage_revisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[int] = mapped_column(BigInteger)  # random: tells two histories apart


class ImportRecord(Base):
    """A file that was imported: its fingerprint makes a re-import recognisable."""

    __tablename__ = "imports"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    filename: Mapped[str] = mapped_column(String(400))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    rows: Mapped[int] = mapped_column(default=0)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    author: Mapped[str] = mapped_column(String(120))


class Movement(Base):
    """One line of the append-only stock ledger (triggers refuse UPDATE and DELETE)."""

    __tablename__ = "movements"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    delta: Mapped[Decimal] = mapped_column(Quantity())
    reason: Mapped[str] = mapped_column(String(24))
    reference: Mapped[str] = mapped_column(String(120), default="")
    author: Mapped[str] = mapped_column(String(120))
    note: Mapped[str] = mapped_column(Text, default="")
    undoes_id: Mapped[int | None] = mapped_column(ForeignKey("movements.id"))
    bottle_id: Mapped[int | None] = mapped_column(ForeignKey("bottles.id"), index=True)

    item: Mapped[Item] = relationship()

    __table_args__ = (
        Index("ix_movements_item_id_delta", "item_id", "delta"),
        Index("ix_movements_item_id_at", "item_id", "at"),
        Index("ix_movements_reason_at", "reason", "at", "item_id", "delta"),
        UniqueConstraint("undoes_id", name="uq_movements_undoes_id"),
    )


class Recipe(Base):
    """A cocktail sold at a price, or a prep that turns ingredients into a flask item."""

    __tablename__ = "recipes"
    __table_args__ = (
        CheckConstraint("kind IN ('cocktail', 'prep')", name="kind"),
        CheckConstraint("kind = 'cocktail' OR yield_item_id IS NOT NULL", name="prep_yield"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    key: Mapped[str] = mapped_column(String(120), unique=True)  # normalised name for matching
    kind: Mapped[str] = mapped_column(String(16), default="cocktail")
    price: Mapped[Decimal | None] = mapped_column(Money())
    yield_item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id"))
    yield_quantity: Mapped[Decimal | None] = mapped_column(Quantity())
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)
    version: Mapped[int] = mapped_column(default=1)
    # The tile's place on the Sell page, set by the owner (services/recipes/menu_order.py).
    menu_position: Mapped[int] = mapped_column(server_default=text("0"))

    lines: Mapped[list[RecipeLine]] = relationship(
        back_populates="recipe", cascade="all, delete-orphan", order_by="RecipeLine.position"
    )
    aliases: Mapped[list[RecipeAlias]] = relationship(
        back_populates="recipe", cascade="all, delete-orphan", order_by="RecipeAlias.id"
    )
    yield_item: Mapped[Item | None] = relationship()

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class RecipeAlias(Base):
    """A name the POS uses for a recipe ("Negroni (to go)")."""

    __tablename__ = "recipe_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    recipe_id: Mapped[int] = mapped_column(ForeignKey("recipes.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    key: Mapped[str] = mapped_column(String(120), unique=True)

    recipe: Mapped[Recipe] = relationship(back_populates="aliases")


class RecipeLine(Base):
    """One ingredient of a recipe, in the unit the recipe is written in."""

    __tablename__ = "recipe_lines"
    __table_args__ = (
        CheckConstraint("channel IS NULL OR channel IN ('takeaway', 'speakeasy')", name="channel"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    recipe_id: Mapped[int] = mapped_column(ForeignKey("recipes.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    unit: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str | None] = mapped_column(String(16))

    recipe: Mapped[Recipe] = relationship(back_populates="lines")
    item: Mapped[Item] = relationship()


class Sale(Base):
    """A drink sold, refunded or voided; its stock movements reference it as sale:<id>.

    The recipe's name is kept as sold: editing a recipe never rewrites past sales,
    whose deductions are already in the ledger.
    """

    __tablename__ = "sales"
    __table_args__ = (
        CheckConstraint("kind IN ('sale', 'refund', 'void')", name="kind"),
        CheckConstraint("channel IN ('takeaway', 'speakeasy')", name="channel"),
        Index("ix_sales_recipe_id_at", "recipe_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    recipe_id: Mapped[int] = mapped_column(ForeignKey("recipes.id"))
    recipe_name: Mapped[str] = mapped_column(String(120))
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    channel: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(8), default="sale")
    gross_amount: Mapped[Decimal | None] = mapped_column(Money())
    net_amount: Mapped[Decimal | None] = mapped_column(Money())
    import_id: Mapped[int | None] = mapped_column(ForeignKey("imports.id"), index=True)
    line_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    voids_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"), unique=True)
    author: Mapped[str] = mapped_column(String(120))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)


class Production(Base):
    """A batch of a prep recipe made: ingredients used, flasks filled."""

    __tablename__ = "productions"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    recipe_id: Mapped[int] = mapped_column(ForeignKey("recipes.id"))
    batches: Mapped[Decimal] = mapped_column(Quantity())
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    author: Mapped[str] = mapped_column(String(120))


class Bottle(Base):
    """One physical bottle of a serial item: a rare whisky with its own label and level."""

    __tablename__ = "bottles"
    __table_args__ = (
        CheckConstraint("state IN ('sealed', 'open', 'empty')", name="state"),
        Index("ix_bottles_item_id_state", "item_id", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    label: Mapped[str] = mapped_column(String(200))
    cask: Mapped[str] = mapped_column(String(60), default="")
    bottle_number: Mapped[str] = mapped_column(String(60), default="")
    vintage: Mapped[int | None] = mapped_column()
    abv: Mapped[Decimal | None] = mapped_column(Quantity())
    barcode: Mapped[str | None] = mapped_column(String(64), unique=True)
    cost: Mapped[Decimal | None] = mapped_column(Money())
    state: Mapped[str] = mapped_column(String(8), default="sealed")
    # Kept in step with the bottle's movements, as stock_levels is with the item's.
    remaining: Mapped[Decimal] = mapped_column(Quantity())
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    opened_at: Mapped[datetime | None] = mapped_column()
    emptied_at: Mapped[datetime | None] = mapped_column()
    version: Mapped[int] = mapped_column(default=1)

    item: Mapped[Item] = relationship()

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class Count(Base):
    """A stock count: open while lines are entered, then finalised into `count` movements."""

    __tablename__ = "counts"
    __table_args__ = (CheckConstraint("status IN ('open', 'finalised')", name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[str] = mapped_column(String(10), default="open")
    locations: Mapped[str] = mapped_column(Text, default="")  # names joined by "|"; "" = all
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    started_by: Mapped[str] = mapped_column(String(120))
    finalised_at: Mapped[datetime | None] = mapped_column()
    finalised_by: Mapped[str | None] = mapped_column(String(120))
    note: Mapped[str] = mapped_column(Text, default="")

    lines: Mapped[list[CountLine]] = relationship(
        back_populates="count", cascade="all, delete-orphan", order_by="CountLine.id"
    )


class CountLine(Base):
    """One item counted: the raw entry as typed, what it amounts to, and what was expected."""

    __tablename__ = "count_lines"
    __table_args__ = (UniqueConstraint("count_id", "item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    count_id: Mapped[int] = mapped_column(ForeignKey("counts.id", ondelete="CASCADE"))
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    full: Mapped[Decimal | None] = mapped_column(Quantity())  # whole containers
    tenths: Mapped[Decimal | None] = mapped_column(Quantity())  # of one open container
    weight_g: Mapped[Decimal | None] = mapped_column(Quantity())  # gross weight of the open one
    quantity: Mapped[Decimal | None] = mapped_column(Quantity())  # base units, overrides all
    # What the entry amounts to; empty while the entry is refused (then `refused` says why).
    counted: Mapped[Decimal | None] = mapped_column(Quantity())
    refused: Mapped[str | None] = mapped_column(Text)
    expected: Mapped[Decimal | None] = mapped_column(Quantity())  # on hand when finalised
    entered_at: Mapped[datetime] = mapped_column(default=utcnow)
    entered_by: Mapped[str] = mapped_column(String(120))

    count: Mapped[Count] = relationship(back_populates="lines")
    item: Mapped[Item] = relationship()


class PurchaseOrder(Base):
    """An order to one supplier: draft (editable) -> sent -> received."""

    __tablename__ = "orders"
    __table_args__ = (
        CheckConstraint("status IN ('draft', 'sent', 'received', 'cancelled')", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id"), index=True)
    status: Mapped[str] = mapped_column(String(10), default="draft")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(120))
    sent_at: Mapped[datetime | None] = mapped_column()
    received_at: Mapped[datetime | None] = mapped_column()
    note: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(default=1)

    supplier: Mapped[Supplier] = relationship()
    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderLine.id"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class OrderLine(Base):
    """One item on an order, in containers; what arrived is kept beside what was asked."""

    __tablename__ = "order_lines"
    __table_args__ = (
        UniqueConstraint("order_id", "item_id"),
        CheckConstraint("quantity >= 0", name="quantity_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    quantity: Mapped[Decimal] = mapped_column(Quantity())  # containers ordered
    unit_cost: Mapped[Decimal] = mapped_column(Money())  # per container, as ordered
    received_quantity: Mapped[Decimal | None] = mapped_column(Quantity())  # containers
    received_cost: Mapped[Decimal | None] = mapped_column(Money())  # per container, invoiced

    order: Mapped[PurchaseOrder] = relationship(back_populates="lines")
    item: Mapped[Item] = relationship()


class User(Base):
    """Someone who works the bar. The secret is a salted scrypt hash, never the PIN itself."""

    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint("role IN ('owner', 'bartender')", name="role"),
        CheckConstraint("secret_kind IS NULL OR secret_kind IN ('pin', 'password')", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    key: Mapped[str] = mapped_column(String(120), unique=True)  # casefolded name for matching
    role: Mapped[str] = mapped_column(String(16))
    secret_hash: Mapped[str | None] = mapped_column(String(255))
    secret_kind: Mapped[str | None] = mapped_column(String(8))
    active: Mapped[bool] = mapped_column(default=True)
    failed_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class AuditEntry(Base):
    """One change outside the ledger (catalogue, recipes, levels, users, settings, sign-ins).

    Append-only like `movements`: an undo is a new entry pointing at the one it reverses.
    `before` and `after` hold JSON objects of the changed fields only.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    author: Mapped[str] = mapped_column(String(120), index=True)
    entity: Mapped[str] = mapped_column(String(24))  # item, recipe, level, user, setting, ...
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    label: Mapped[str] = mapped_column(String(200), default="")  # what a person calls it
    action: Mapped[str] = mapped_column(String(24))  # create, update, disable, undo, sign_in, ...
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    undoes_id: Mapped[int | None] = mapped_column(ForeignKey("audit_log.id"), unique=True)


Index("ix_audit_log_entity_entity_id_at", AuditEntry.entity, AuditEntry.entity_id, AuditEntry.at)

# One count open at a time and one draft order per supplier are also held by two partial
# unique indexes that only migration 0012 declares: spelling their WHERE here takes
# `postgresql_where`, which loads SQLAlchemy's PostgreSQL dialect on every start (~30 ms
# before the first page, on a SQLite bar too). tests/db/test_migrations.py knows them.
MIGRATION_ONLY_INDEXES = frozenset({"uq_counts_one_open", "uq_orders_one_draft_per_supplier"})
