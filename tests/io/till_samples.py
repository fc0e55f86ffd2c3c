"""One evening's sales as each built-in profile's till exports it, with the till's own header.

Every sample holds the same sales: two Negroni sold on one receipt, one Negroni refunded on
another (the generic sheet has no refunds: it holds the sale only). Loyverse's also holds a
cancelled receipt of three Negroni, which sold nothing. Imported, each deducts exactly two
Negroni (a refund moves no stock). Headers: Square's from DOMAIN.md, SumUp's the two real
lines of issue 18 (and our Italian one), Loyverse's as io/till_profiles.py cites it.
"""

from __future__ import annotations

SQUARE = (
    "Date,Time,Time Zone,Category,Item,Qty,Price Point Name,SKU,Modifiers Applied,Gross Sales,"
    "Discounts,Net Sales,Tax,Transaction ID,Payment ID,Device Name,Notes,Details,Event Type,"
    "Location,Dining Option\n"
    "2026-11-22,21:00:00,Europe/Rome,Cocktails,Negroni,2.0,Regular,,,€20.00,€0.00,€16.39,"
    "€3.61,T1,P1,Bar,,,Payment,Milano,For Here\n"
    "2026-11-22,21:30:00,Europe/Rome,Cocktails,Negroni,-1.0,Regular,,,-€10.00,€0.00,-€8.20,"
    "-€1.80,T2,P2,Bar,,,Refund,Milano,For Here\n"
)
SUMUP_EN = (
    "Account,Date,Time,Type,Transaction ID,Receipt Number,Payment Method,Quantity,Description,"
    "Currency,Price (Gross),Price (Net),Tax,Tax rate,Transaction refunded\n"
    "bar@example.com,22.11.2026,21:00,Sale,T1,1,Card,2,Negroni,EUR,20.00,16.39,3.61,22%,\n"
    "bar@example.com,22.11.2026,21:30,Refund,T2,2,Card,-1,Negroni,EUR,-10.00,-8.20,-1.80,22%,"
    "yes\n"
)
SUMUP_DE = (
    "Datum;Typ;Transaktionsnummer;Zahlungsmethode;Menge;Beschreibung;Category;Sku;Währung;"
    "Preis vor Rabatt;Rabatt;Preis (brutto);Preis (netto);Steuer;Steuersatz;Konto\n"
    '"22.11.2026, 21:00";Verkauf;T1;Karte;2;Negroni;Drinks;;EUR;20,00;0;20,00;16,39;3,61;22%;bar\n'
    '"22.11.2026, 21:30";Rückerstattung;T2;Karte;1;Negroni;Drinks;;EUR;10,00;0;10,00;8,20;1,80;'
    "22%;bar\n"
)
LOYVERSE = (
    "Date,Receipt number,Receipt type,Category,SKU,Item,Variant,Modifiers applied,Quantity,"
    "Gross sales,Discounts,Net sales,Cost of goods,Gross profit,Taxes,POS,Store,Cashier name,"
    "Customer name,Customer contacts,Comment,Status\n"
    "22/11/2026 21:00,1-1001,Sale,Cocktails,10001,Negroni,Regular,Senza ghiaccio,2,20.00,0.00,"
    "20.00,6.40,13.60,3.61,POS 1,Milano,Giulia,,,,Closed\n"
    "22/11/2026 21:30,1-1002,Refund,Cocktails,10001,Negroni,,,-1,-10.00,0.00,-10.00,-3.20,"
    "-6.80,-1.80,POS 1,Milano,Giulia,,,wrong drink,Closed\n"
    "22/11/2026 21:40,1-1003,Sale,Cocktails,10001,Negroni,,,3,30.00,0.00,30.00,9.60,20.40,5.41,"
    "POS 1,Milano,Giulia,,,,Cancelled\n"
)
GENERIC = "date,time,item,qty,transaction_id,net_sales\n2026-11-22,21:00,Negroni,2,T1,16.39\n"

# (profile name, sample, refunds in it)
SAMPLES = {
    "square": (SQUARE, 1),
    "sumup": (SUMUP_EN, 1),
    "sumup-de": (SUMUP_DE, 1),
    "loyverse": (LOYVERSE, 1),
    "generic": (GENERIC, 0),
}


def profile_of(sample: str) -> str:
    """The profile a sample's key names ('sumup-de' is SumUp's)."""
    return sample.split("-")[0]
