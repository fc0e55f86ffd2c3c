"""Purchase orders to suppliers and their lines, from draft to received."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from inventory_app.db.models.base import Base, utcnow
from inventory_app.db.models.catalogue import Item, Supplier
from inventory_app.db.types import Money, Quantity


class PurchaseOrder(Base):
    """An order to one supplier: draft (editable) -> sent -> received."""

    __tablename__ = "orders"
    __table_args__ = (
        CheckConstraint("status IN ('draft', 'sent', 'received', 'cancelled')", name="status"),
        # One number per order of a year, whatever the terminal (migration 0016).
        Index("uq_orders_number", "number_year", "number_seq", unique=True),
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
    # Given when sent (services/ordering/order_numbers.py): 2026-0042 is (2026, 42).
    number_year: Mapped[int | None] = mapped_column()
    number_seq: Mapped[int | None] = mapped_column()
    # What the supplier's papers say (migration 0019): the delivery note (DDT) that came
    # with the goods and the invoice, as the bar files them beside the order.
    delivery_note: Mapped[str] = mapped_column(String(60), default="", server_default="")
    invoice_number: Mapped[str] = mapped_column(String(60), default="", server_default="")

    supplier: Mapped[Supplier] = relationship()
    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderLine.id"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class OrderLine(Base):
    """One item on an order, in containers; what arrived is kept beside what was asked.

    A line the supplier filled with another item keeps its own (zero) received quantity;
    what came instead is a line of its own with nothing ordered (quantity 0) whose
    `substitutes_line_id` names the line it replaced (services/ordering/receiving.py).
    """

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
    substitutes_line_id: Mapped[int | None] = mapped_column(ForeignKey("order_lines.id"))

    order: Mapped[PurchaseOrder] = relationship(back_populates="lines")
    item: Mapped[Item] = relationship()
