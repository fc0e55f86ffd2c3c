"""The profiles the app knows without being told: Square, SumUp's sales report, the generic sheet.

Only columns seen in a real export or in the vendor's own documentation are listed (the
README says which). Zettle, Lightspeed K-series, Loyverse and Cassa in Cloud are not
built in: their exact export columns could not be confirmed, and a guessed profile
would misread rather than refuse. Their owners write a small TOML profile instead.
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

BUILT_IN = (SQUARE, SUMUP, GENERIC)
