"""The order document's content (services/ordering/order_document.py): what the supplier
reads, in their language, and nothing the bar keeps for itself."""

from __future__ import annotations

from dataclasses import astuple
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from inventory_app.domain.order_document import OrderDocument
from inventory_app.domain.ordering import delivery_date
from inventory_app.i18n.catalogue import in_language
from inventory_app.services.ordering.order_document import order_document, packs_text
from inventory_app.services.ordering.orders import send_order
from inventory_app.services.settings import set_setting
from tests.services.order_fixtures import BAR, TONIC_PAR, ordering_bar

D = Decimal
DAY = date(2026, 12, 11)  # a Friday: Rialto's one day of lead time lands on Monday


def sent(session: Session, order_id: int, tmp_path: Path) -> OrderDocument:
    """Send the order (its number given) and read its document back."""
    send_order(session, order_id, author="owner", out=tmp_path / "o.xlsx",
               write=lambda path, _document: path)  # fmt: skip
    return order_document(session, order_id)


def everything(document: OrderDocument) -> str:
    """Every text and figure of the document, as one string to search."""
    return repr(astuple(document))


def test_an_english_suppliers_order_names_the_bar_the_supplier_and_its_number(
    session: Session, tmp_path: Path
) -> None:
    rialto = ordering_bar(session)["Rialto"]
    document = sent(session, rialto, tmp_path)
    today = date.today()
    assert (document.language, document.title) == ("en", "Purchase order")
    assert document.number == f"{today.year}-0001"
    assert document.bar == BAR
    assert document.bar_lines == (
        "La Chiusa di T. Colombo S.a.s.", "Alzaia Naviglio Grande 48, 20144 Milano MI",
        "VAT no. IT09648150150", "+39 02 5555 0148 · ordini@lachiusa.example",
    )  # fmt: skip
    assert document.supplier_lines == (
        "Rialto", "Ruga dei Spezieri 3", "30125 Venezia VE", "VAT no. IT05550100019",
        "Attn. Giulia", "orders@rialto.example", "+39 041 555 0100",
    )  # fmt: skip
    delivery = delivery_date(today, 1)
    assert [(f.label, f.value) for f in document.fields] == [
        ("Order number", f"{today.year}-0001"),
        ("Order date", today.isoformat()),
        ("Requested delivery", f"{delivery:%A} {delivery.isoformat()}"),
        ("Deliver to", "Vicolo dei Lavandai 2, 20144 Milano MI"),
        ("Receiving hours", "Mon-Fri 10-13"),
        ("Contact on delivery", "Teresa Colombo, +39 02 5555 0148"),
    ]
    rows = [(x.code, x.item, x.packs, x.units_text, x.unit_price_text, x.line_total_text)
            for x in document.lines]  # fmt: skip
    assert rows == [
        ("BR-T24", "Tonic Water 200 ml", "2 cases of 24", "48 pcs", "€0.85", "€40.80"),
        ("BR-9", "Item VER", "", "3 bottles", "€13.00", "€39.00"),
    ]
    assert (document.net_text, document.vat_label, document.vat_text, document.gross_text) == (
        "€79.80", "VAT 22 %", "€17.56", "€97.36"
    )  # fmt: skip
    assert document.notes[-1] == (
        f"Please quote order number {today.year}-0001 on the delivery note (DDT) and the invoice."
    )


def test_an_italian_suppliers_order_is_in_italian(session: Session, tmp_path: Path) -> None:
    laguna = ordering_bar(session)["Laguna Spirits"]
    document = sent(session, laguna, tmp_path)
    assert (document.language, document.title) == ("it", "Ordine d'acquisto")
    assert document.bar_lines[2] == "P.IVA IT09648150150"
    assert document.supplier_heading == "Fornitore"
    assert [f.label for f in document.fields][:3] == [
        "Numero d'ordine", "Data dell'ordine", "Consegna richiesta"
    ]  # fmt: skip
    assert document.fields[1].value == date.today().strftime("%d/%m/%Y")
    assert document.headings == (
        "Codice", "Articolo", "Colli", "Quantità", "Prezzo unitario", "Importo"
    )  # fmt: skip
    rows = [(x.code, x.packs, x.units_text, x.line_total_text) for x in document.lines]
    assert rows == [
        ("LS-1", "1 cassa da 6", "6 bottiglie", "107,40\u00a0€"),
        ("LS-2", "2 casse da 6", "12 bottiglie", "234,00\u00a0€"),
    ]
    assert (document.net_label, document.vat_label, document.gross_label) == (
        "Imponibile", "IVA 22\u00a0%", "Totale IVA inclusa"
    )  # fmt: skip
    assert (document.net_total, document.vat, document.gross_total) == (
        D("341.40"), D("75.11"), D("416.51")
    )  # fmt: skip
    assert document.file_stem.startswith(f"ordine-{date.today().year}-0001-laguna-spirits")


def test_nothing_the_bar_keeps_for_itself_is_on_it(session: Session, tmp_path: Path) -> None:
    """No on hand, par, reorder point or days of cover: not as words, not as figures."""
    drafts = ordering_bar(session)
    for order_id in drafts.values():
        text = everything(sent(session, order_id, tmp_path)).lower()
        for word in ("on hand", "par ", "reorder", "cover", "giacenza", "scorta", "riordino"):
            assert word not in text
        assert str(TONIC_PAR) not in text


def test_whole_quantities_are_shown_whole(session: Session, tmp_path: Path) -> None:
    document = sent(session, ordering_bar(session)["Rialto"], tmp_path)
    assert all(".0" not in x.units_text and x.units == int(x.units) for x in document.lines)


def test_a_draft_has_no_number_and_says_it_is_a_draft(session: Session) -> None:
    rialto = ordering_bar(session)["Rialto"]
    document = order_document(session, rialto, today=DAY)
    assert (document.number, document.title) == ("", "Draft order: not confirmed yet")
    assert document.fields[0].value == "given when the order is confirmed"
    assert (document.order_day, document.delivery_day) == (DAY, date(2026, 12, 14))
    assert document.file_stem == f"draft-order-{rialto}-rialto"
    assert "Draft order · page {page} of {pages}" in document.footer


def test_the_order_vat_is_a_setting_of_its_own(session: Session) -> None:
    """Menu prices may carry another rate (serving drinks is 10 % in Italy)."""
    drafts = ordering_bar(session)
    set_setting(session, "vat_rate_pct", "10", author="owner")
    set_setting(session, "order_vat_pct", "4", author="owner")
    document = order_document(session, drafts["Rialto"], today=DAY)
    assert (document.vat_label, document.vat, document.gross_total) == (
        "VAT 4 %", D("3.19"), D("82.99")
    )  # fmt: skip


def test_a_note_heads_the_notes(session: Session, tmp_path: Path) -> None:
    rialto = ordering_bar(session)["Rialto"]
    send_order(session, rialto, author="owner", out=tmp_path / "o.xlsx", note=" ring twice ",
               write=lambda path, _document: path)  # fmt: skip
    assert order_document(session, rialto).notes[0] == "Notes: ring twice"


def test_cases_in_both_languages() -> None:
    assert [packs_text(D(n), 6) for n in (0, 4, 6, 12, 14)] == [
        "", "", "1 case of 6", "2 cases of 6", "2 cases of 6 + 2"
    ]  # fmt: skip
    assert packs_text(D(12), 1) == ""
    with in_language("it"):
        assert [packs_text(D(n), 6) for n in (6, 12)] == ["1 cassa da 6", "2 casse da 6"]
        assert packs_text(D(2000), 1000) == "2 casse da 1.000"
