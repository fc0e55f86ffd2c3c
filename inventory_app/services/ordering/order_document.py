"""An order as its supplier reads it: the content both the workbook and the PDF draw.

Built in the supplier's language (their own, else the bar's: reorder.sheet_language),
from the order's lines and the bar's details; the writers decide nothing but layout.
Unit costs are kept before VAT (as the supplier's price list quotes them); the VAT on
the order is the `order_vat_pct` setting, 22 % by default as in Italy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from inventory_app.db.models import Item, Supplier
from inventory_app.domain.display import CONTAINER_PLACES, number_text, percent_text
from inventory_app.domain.money import format_money, to_cents
from inventory_app.domain.order_document import BarDetails, DocumentLine, Field, OrderDocument
from inventory_app.domain.ordering import delivery_date
from inventory_app.domain.units import unit_label
from inventory_app.i18n.catalogue import current_language, in_language, ntr, tr, trc
from inventory_app.i18n.formats import date_text, weekday_name
from inventory_app.services.bar_logo import bar_logo
from inventory_app.services.ordering.order_numbers import local_date, order_number
from inventory_app.services.ordering.order_reads import STATUSES, order_in_status
from inventory_app.services.ordering.reorder import SupplierProposal, sheet_language
from inventory_app.services.settings import bar_details, order_vat_pct


def order_document(session: Session, order_id: int, *, today: date | None = None) -> OrderDocument:
    """The document of one order: a sent one as it was sent (its number, its day), a draft
    as it stands today, marked a draft and without a number."""
    order = order_in_status(session, order_id, allowed=STATUSES, action="shown")
    day = local_date(order.sent_at) if order.sent_at else (today or date.today())
    ordered = [(x.item, x.quantity, x.unit_cost) for x in order.lines
               if x.substitutes_line_id is None]  # not what came instead  # fmt: skip
    content = _Content(order.supplier, ordered, order.note, order_number(order), f"{order.id}")
    return _in_their_language(session, content, day)


def proposal_document(
    session: Session, proposal: SupplierProposal, *, today: date | None = None
) -> OrderDocument:
    """The proposal for one supplier (with the owner's quantities) as they would read it:
    not an order yet, so marked a draft and without a number, dated today."""
    supplier = session.get(Supplier, proposal.supplier_id)
    assert supplier is not None  # the proposal was read from the suppliers just now
    ordered = [(_item(session, x.item_id), x.quantity, x.unit_cost) for x in proposal.lines]
    content = _Content(supplier, ordered, "", "", "")
    return _in_their_language(session, content, today or date.today())


def _item(session: Session, item_id: int) -> Item:
    item = session.get(Item, item_id)
    assert item is not None  # a proposal line names an item that exists
    return item


@dataclass(frozen=True)
class _Content:
    """What a document is drawn from: an order's or the proposal's, read alike."""

    supplier: Supplier
    lines: list[tuple[Item, Decimal, Decimal]]  # item, containers, unit cost before VAT
    note: str
    number: str  # '' for a draft or the proposal
    draft_id: str  # a draft's id for its file stem; '' for the proposal


def _in_their_language(session: Session, content: _Content, day: date) -> OrderDocument:
    with in_language(sheet_language(session, content.supplier)):
        document = _document(content, bar_details(session), order_vat_pct(session), day)
    return replace(
        document, logo=bar_logo(session), supplier=content.supplier.name,
        supplier_email=content.supplier.email,
    )  # fmt: skip


def _document(content: _Content, bar: BarDetails, rate: Decimal, day: date) -> OrderDocument:
    number = content.number
    delivery = delivery_date(day, content.supplier.lead_time_days)
    ordered = sorted(content.lines, key=lambda x: x[0].sku)
    lines = tuple(_line(item, units, cost) for item, units, cost in ordered)
    net = sum((x.line_total for x in lines), Decimal(0))
    vat = to_cents(net * rate / 100)
    return OrderDocument(
        language=current_language(),
        title=tr("Purchase order") if number else tr("Draft order: not confirmed yet"),
        number=number, order_day=day, delivery_day=delivery, bar=bar,
        bar_lines=bar_lines(bar), supplier_heading=tr("Supplier"),
        supplier_lines=_supplier_lines(content.supplier),
        fields=_fields(number, day, delivery, bar),
        headings=_headings(),
        lines=lines,
        net_label=tr("Total before VAT"), net_total=net, net_text=format_money(net),
        vat_label=tr("VAT {rate}").format(rate=percent_text(rate)), vat_rate_pct=rate,
        vat=vat, vat_text=format_money(vat),
        gross_label=tr("Total including VAT"), gross_total=net + vat,
        gross_text=format_money(net + vat),
        notes=_notes(content.note, number),
        footer=_footer(bar, number),
        file_stem=_file_stem(content, number),
    )  # fmt: skip


def _headings() -> tuple[str, ...]:
    """The lines' columns: the supplier's code, the item, cases, units, price, amount."""
    return (
        trc("order document", "Code"), tr("Item"), tr("Cases"), tr("Quantity"),
        tr("Unit price"), tr("Amount"),
    )  # fmt: skip


def bar_lines(bar: BarDetails) -> tuple[str, ...]:
    """Under the bar's name: who it is for the tax office, where, and how to reach it."""
    vat = tr("VAT no. {number}").format(number=bar.vat_number) if bar.vat_number else ""
    reach = " · ".join(t for t in (bar.phone, bar.email) if t)
    legal = bar.legal_name if bar.legal_name != bar.name else ""
    return tuple(t for t in (legal, bar.address, vat, reach) if t)


def _supplier_lines(supplier: Supplier) -> tuple[str, ...]:
    """Their name, address and P.IVA as on their invoices, then whom and how to reach."""
    contact = tr("Attn. {name}").format(name=supplier.contact) if supplier.contact else ""
    vat = tr("VAT no. {number}").format(number=supplier.vat_number) if supplier.vat_number else ""
    address = tuple(supplier.address.splitlines())
    lines = (supplier.name, *address, vat, contact, supplier.email, supplier.phone)
    return tuple(t for t in lines if t)


def _fields(number: str, day: date, delivery: date, bar: BarDetails) -> tuple[Field, ...]:
    """Number, dates, and where, when and whom to deliver to (a field without a value goes)."""
    person = ", ".join(t for t in (bar.contact, bar.phone) if t)
    fields = (
        Field(tr("Order number"), number or tr("given when the order is confirmed")),
        Field(tr("Order date"), date_text(day), day),
        Field(tr("Requested delivery"), f"{weekday_name(delivery)} {date_text(delivery)}"),
        Field(tr("Deliver to"), bar.delivery_address or bar.address),
        Field(tr("Receiving hours"), bar.receiving_hours),
        Field(tr("Contact on delivery"), person),
    )
    return tuple(f for f in fields if f.value)


def _line(item: Item, units: Decimal, unit_cost: Decimal) -> DocumentLine:
    total = to_cents(units * unit_cost)
    word = _unit_word(item.kind, units)
    shown = number_text(units, CONTAINER_PLACES)
    return DocumentLine(
        code=item.supplier_code, item=item.name, packs=packs_text(units, item.pack_size),
        units=units, unit_word=word, units_text=f"{shown} {word}",
        unit_price=unit_cost, unit_price_text=format_money(unit_cost),
        line_total=total, line_total_text=format_money(total),
    )  # fmt: skip


def packs_text(units: Decimal, pack_size: int) -> str:
    """'2 cases of 6' ('2 casse da 6'); '1 case of 6 + 2' when not whole cases; '' when the
    item is not sold by the case or less than a case is ordered."""
    if pack_size <= 1:
        return ""
    cases, rest = divmod(units, pack_size)
    if cases < 1:
        return ""
    count = int(cases)
    text = ntr("{count} case of {size}", "{count} cases of {size}", count).format(
        count=count, size=number_text(Decimal(pack_size), 0)
    )
    return f"{text} + {number_text(rest, CONTAINER_PLACES)}" if rest else text


def _unit_word(kind: str, units: Decimal) -> str:
    """What the quantity counts: bottles, or pieces (cups, lids, limes)."""
    if kind == "bottle":  # one word or the other, as Italian and English both count
        return trc("order unit", "bottle") if units == 1 else trc("order unit", "bottles")
    return unit_label("pcs")


def _notes(note_text: str, number: str) -> tuple[str, ...]:
    note = tr("Notes: {note}").format(note=note_text.strip()) if note_text.strip() else ""
    quote = (
        tr("Please quote order number {number} on the delivery note (DDT) and the invoice.").format(
            number=number
        )
        if number
        else tr("A draft for reading: the order is confirmed by a numbered copy.")
    )
    prices = tr("Unit prices are per bottle or piece, before VAT.")
    return tuple(t for t in (note, prices, quote) if t)


def _footer(bar: BarDetails, number: str) -> str:
    """The page footer; {page} and {pages} stay for the writer to fill."""
    heading = tr("Order {number}").format(number=number) if number else tr("Draft order")
    parts = [p for p in (bar.name, heading) if p]
    return " · ".join([*parts, tr("page {page} of {pages}")])


def _file_stem(content: _Content, number: str) -> str:
    """'order-2026-0042-laguna-spirits-srl' ('ordine-...'); a draft's by its id; the
    proposal's by the supplier alone."""
    slug = re.sub(r"[^a-z0-9]+", "-", content.supplier.name.lower()).strip("-") or "supplier"
    if number:
        word = trc("file name", "order")
        return f"{word}-{number}-{slug}"
    word = trc("file name", "draft-order")
    return f"{word}-{content.draft_id}-{slug}" if content.draft_id else f"{word}-{slug}"
