"""The profiles the app knows without being told: Square, SumUp, Loyverse, the generic sheet.

Only columns seen in a real export, in the vendor's own documentation or in public code
that reads the vendor's real files are listed; each profile's comment says where they
come from and what is not confirmed (the README's "Tills and their exports" too).

Zettle, Lightspeed K-series, Cassa in Cloud and Tilby are not built in. No source names
the columns of an item-level export for them: Zettle's receipts workbook (16 lines above
its header: Dato, Kvitteringsnummer, ..., Beskrivelse in a Danish account, as
bornhack/bornhack-website src/economy/utils.py reads it) has one row per receipt with
every drink in one description cell; Lightspeed K-series documents its Transactions
report (Export Transactions CSV, types Sale, Refund, ...) but not its column names;
Cassa in Cloud and Tilby publish none. A guessed profile would misread rather than
refuse, so their owners map the file once in the assistant or write a TOML profile.
"""

from __future__ import annotations

from inventory_app.domain.recipes import SaleKind
from inventory_app.i18n.catalogue import N_
from inventory_app.io.sales_line import SalesFormat
from inventory_app.io.sales_profile import DateOrder, DecimalMark, Reader, SalesProfile

SQUARE = SalesProfile(
    name=SalesFormat.SQUARE,
    title=N_("Square item sales"),
    columns={
        "date": ("Date",),
        "time": ("Time",),
        "item": ("Item",),
        "quantity": ("Qty",),
        "variant": ("Price Point Name",),
        "modifiers": ("Modifiers Applied",),
        "transaction_id": ("Transaction ID",),
        "line_type": ("Event Type",),
        "channel": ("Dining Option",),
        "net_amount": ("Net Sales",),
        "gross_amount": ("Gross Sales",),
        "note": ("Notes",),
    },
    required=frozenset({"date", "item", "quantity"}),
    line_types={"payment": SaleKind.SALE, "refund": SaleKind.REFUND},
    reader=Reader.SQUARE,
    source="square",
)

# Two real header lines (English and German accounts, issue 18); SumUp writes its headers
# in the account's language. No Italian header line could be found: the Italian names
# here are our translation of the same columns, not yet checked against a real export.
# If SumUp words them otherwise, the import stops naming the column; it never misreads.
# The words of SumUp's Type column. "Refund" became "Rückerstattung" in one real export;
# the sale words and the Italian ones are not confirmed: an unknown word stops the import.
SUMUP_WORDS = {
    "sale": SaleKind.SALE, "sales": SaleKind.SALE, "payment": SaleKind.SALE,
    "verkauf": SaleKind.SALE, "zahlung": SaleKind.SALE,
    "vendita": SaleKind.SALE, "pagamento": SaleKind.SALE,
    "refund": SaleKind.REFUND, "rückerstattung": SaleKind.REFUND,
    "erstattung": SaleKind.REFUND, "rimborso": SaleKind.REFUND,
}  # fmt: skip
SUMUP = SalesProfile(
    name="sumup",
    title=N_("SumUp sales report"),
    columns={
        "date": ("Date", "Datum", "Data"),
        "time": ("Time", "Uhrzeit", "Zeit", "Ora"),
        "item": ("Description", "Beschreibung", "Descrizione"),
        "quantity": ("Quantity", "Menge", "Quantità"),
        "transaction_id": ("Transaction ID", "Transaktionsnummer", "ID transazione"),
        "line_type": ("Type", "Typ", "Tipo"),
        "net_amount": ("Price (Net)", "Preis (netto)", "Prezzo (netto)"),
        "gross_amount": ("Price (Gross)", "Preis (brutto)", "Prezzo (lordo)"),
    },
    required=frozenset({"date", "item", "quantity", "transaction_id", "line_type"}),
    line_types=SUMUP_WORDS,
    decimal=DecimalMark.AUTO,
    date_order=DateOrder.DMY,
)

# Loyverse, Back office > Sales > Receipts > Export > "Receipts by item": one row per item
# of a receipt. Loyverse's help centre gives no column list; this header is the one
# several independent public parsers of real exports read, word for word (GitHub code
# search for "Date,Receipt number,Receipt type,Category,SKU,Item,Variant,Modifiers
# applied,Quantity,Gross sales"):
#   Date, Receipt number, Receipt type, Category, SKU, Item, Variant, Modifiers applied,
#   Quantity, Gross sales, Discounts, Net sales, Cost of goods, Gross profit, Taxes, POS,
#   Store, Cashier name, Customer name, Customer contacts, Comment, Status
# Confirmed by those files: Receipt type is Sale or Refund, a refund's Quantity and money
# are negative, Status is Closed or Cancelled (a cancelled receipt sold nothing), Date
# holds the time too. Not confirmed: the headers of a non-English back office, and the
# date order, which follows the account's region (US accounts write 7/28/26 1:33 PM);
# day first is read here, as an Italian account writes it, and a month-first file is
# refused (month 28), never turned around. "Sales by item" is a total per item over the
# period with no date on its lines (Item name, SKU, Category, Items sold, Gross sales,
# Items refunded, ...): it cannot date a deduction, so this profile does not read it.
LOYVERSE = SalesProfile(
    name="loyverse",
    title=N_("Loyverse receipts by item"),
    columns={
        "date": ("Date",),
        "item": ("Item",),
        "quantity": ("Quantity",),
        "variant": ("Variant",),
        "modifiers": ("Modifiers applied",),
        "transaction_id": ("Receipt number",),
        "line_type": ("Receipt type",),
        "status": ("Status",),
        "net_amount": ("Net sales",),
        "gross_amount": ("Gross sales",),
        "note": ("Comment",),
    },
    required=frozenset({"date", "item", "quantity", "transaction_id", "line_type", "status"}),
    line_types={"sale": SaleKind.SALE, "refund": SaleKind.REFUND},
    statuses={"closed": True, "cancelled": False},
    decimal=DecimalMark.AUTO,
    date_order=DateOrder.DMY,
)

GENERIC = SalesProfile(
    name=SalesFormat.GENERIC,
    title=N_("Generic sheet"),
    columns={
        "date": ("date",),
        "time": ("time",),
        "item": ("item",),
        "quantity": ("qty",),
        "channel": ("channel",),
        "transaction_id": ("transaction_id",),
        "net_amount": ("net_sales",),
        "gross_amount": ("gross_sales",),
    },
    required=frozenset({"date", "item", "quantity"}),
    reader=Reader.GENERIC,
    source="pos",
)

BUILT_IN = (SQUARE, SUMUP, LOYVERSE, GENERIC)
