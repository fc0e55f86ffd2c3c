"""What a supplier reads on an order, built once (services/ordering/order_document.py) and
drawn twice: as a workbook (io/order_workbook.py) and as a PDF (ui/render/order_pdf.py).

Every text is already in the supplier's language and every figure already decided, so the
two files cannot disagree. Nothing internal is here: no on hand, par, reorder point or
days of cover, only what the supplier needs to deliver and invoice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class BarDetails:
    """The bar as its documents name it (the `bar_*` settings); any may be empty."""

    name: str = ""
    legal_name: str = ""
    vat_number: str = ""
    address: str = ""
    delivery_address: str = ""
    receiving_hours: str = ""
    contact: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class Logo:
    """The bar's logo as stored: PNG, JPEG or SVG bytes (services/bar_logo.py)."""

    kind: str  # 'png', 'jpeg' or 'svg'
    data: bytes


@dataclass(frozen=True)
class DocumentLine:
    """One line as the supplier reads it: their code, the item, cases, units, price."""

    code: str
    item: str
    packs: str  # '2 cases of 6' / '2 casse da 6'; '' when the item is not sold in cases
    units: Decimal  # containers (bottles, pieces): the price is per one
    unit_word: str  # 'bottles' / 'bottiglie', 'pcs' / 'pz': what `units` counts
    units_text: str  # '12 bottles'
    unit_price: Decimal  # per container, before VAT
    unit_price_text: str
    line_total: Decimal  # units x unit price, to the cent
    line_total_text: str


@dataclass(frozen=True)
class Field:
    """A labelled value of the heading ('Order number', '2026-0042')."""

    label: str
    value: str
    day: date | None = None  # a date, which a workbook keeps as a date cell


@dataclass(frozen=True)
class OrderDocument:
    """One order to one supplier, ready to draw."""

    language: str  # 'it' or 'en': the writers format numbers and dates in it
    title: str  # 'Order' / 'Ordine d'acquisto'; a draft says so
    number: str  # '2026-0042'; '' for a draft, which has none yet
    order_day: date
    delivery_day: date
    bar: BarDetails
    bar_lines: tuple[str, ...]  # under the bar's name: legal name, address, VAT, contacts
    supplier_heading: str  # 'Supplier' / 'Fornitore'
    supplier_lines: tuple[str, ...]  # name, address lines, P.IVA, contact, email, phone
    fields: tuple[Field, ...]  # number, dates, where and when to deliver
    headings: tuple[str, ...]  # the lines' columns: code, item, cases, quantity, price, total
    lines: tuple[DocumentLine, ...]
    net_label: str
    net_total: Decimal  # the sum of the lines' totals
    net_text: str
    vat_label: str  # 'VAT 22 %' / 'IVA 22 %'
    vat_rate_pct: Decimal
    vat: Decimal  # the net total times the rate, to the cent
    vat_text: str
    gross_label: str
    gross_total: Decimal
    gross_text: str
    notes: tuple[str, ...]  # the order's note, then what to quote on the delivery note
    footer: str  # the page footer's words, '{page}' and '{pages}' filled by the writer
    file_stem: str  # 'order-2026-0042-laguna-spirits-srl': a file name without its suffix
    logo: Logo | None = None  # drawn beside the bar's name where the writer can; else none
    supplier: str = ""  # the supplier's name, for the file's name and the email
    supplier_email: str = ""  # where the prepared email goes; '' when they have none
