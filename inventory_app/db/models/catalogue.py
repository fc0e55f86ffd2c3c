"""What the bar stocks and where it comes from: items, their barcodes, suppliers, places.

Every other domain's table points at `items`; this module imports no other table module.
"""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from inventory_app.db.models.base import Base
from inventory_app.db.types import Money, Quantity
from inventory_app.i18n.catalogue import LANGUAGES


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
    # 'it' or 'en': the language of the order sheets sent to them; None is the bar's.
    language: Mapped[str | None] = mapped_column(String(8), default=None)
    # Under their name on the order document; the P.IVA as domain/vat_number.py stores it.
    address: Mapped[str] = mapped_column(String(400), default="", server_default="")
    vat_number: Mapped[str] = mapped_column(String(20), default="", server_default="")
    notes: Mapped[str] = mapped_column(String(1000), default="", server_default="")
    LANGUAGES: ClassVar[tuple[str, ...]] = LANGUAGES  # those a supplier may have


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
    # Annex II allergens the item carries, as domain/allergens.py stores them: "eggs|milk".
    allergens: Mapped[str] = mapped_column(String(160), default="", server_default="")
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
