"""The order as a PDF (ui/render/order_pdf.py), read back as the supplier reads it: its text
with poppler's pdftotext, every field there, nothing internal, in the supplier's language."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from inventory_app.domain.ordering import delivery_date
from inventory_app.services.ordering.order_document import order_document
from inventory_app.services.ordering.order_export import export_proposal
from inventory_app.services.ordering.orders import send_order
from inventory_app.ui.render.order_pdf import order_html, write_order_pdf
from tests.services.order_fixtures import (
    BAR,
    LAGUNA_ADDRESS,
    LAGUNA_PHONE,
    RIALTO_ADDRESS,
    RIALTO_PHONE,
    SUPPLIER_NOTES,
    TONIC_PAR,
    ordering_bar,
    proposal_bar,
)

PDFTOTEXT = shutil.which("pdftotext")
needs_poppler = pytest.mark.skipif(PDFTOTEXT is None, reason="poppler-utils is not installed")


def pdf_text(path: Path) -> str:
    """The text as laid out on the page, each line's runs of spaces made one (a row of the
    table, a label beside its value, read as one line); pages end with a form feed."""
    assert PDFTOTEXT is not None
    done = subprocess.run([PDFTOTEXT, "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    return "\f".join(
        "\n".join(" ".join(line.split()) for line in page.split("\n"))
        for page in done.stdout.split("\f")
    )


def sent_pdfs(session: Session, tmp_path: Path) -> dict[str, Path]:
    """Both suppliers' orders sent as PDFs: Rialto's in English, Laguna's in Italian."""
    return {
        supplier: send_order(
            session,
            order_id,
            author="owner",
            out=tmp_path / f"{order_id}.pdf",
            write=write_order_pdf,
        )
        for supplier, order_id in sorted(ordering_bar(session).items(), key=lambda s: s[1])
    }


@needs_poppler
def test_the_english_pdf_holds_every_field(session: Session, tmp_path: Path) -> None:
    path = sent_pdfs(session, tmp_path)["Rialto"]
    text = pdf_text(path)
    number = f"{date.today().year}-0002"  # Laguna's order went first
    for expected in (
        BAR.name, BAR.legal_name, BAR.address, "VAT no. IT09648150150", BAR.delivery_address,
        BAR.receiving_hours, "Teresa Colombo, +39 02 5555 0148", "Purchase order", "Rialto",
        "Attn. Giulia", "orders@rialto.example", f"Order number {number}",
        *RIALTO_ADDRESS.splitlines(), "VAT no. IT05550100019", RIALTO_PHONE,
        f"Order date {date.today().isoformat()}", "Requested delivery",
        "BR-T24 Tonic Water 200 ml 2 cases of 24 48 pcs €0.85 €40.80",
        "BR-9 Item VER 3 bottles €13.00 €39.00", "Total before VAT €79.80", "VAT 22 % €17.56",
        "Total including VAT €97.36", "Unit prices are per bottle or piece, before VAT.",
        f"La Chiusa · Order {number} · page 1 of 1",
    ):  # fmt: skip
        assert expected in text
    assert SUPPLIER_NOTES not in text  # the owner's notes stay home


@needs_poppler
def test_the_italian_pdf_is_in_italian(session: Session, tmp_path: Path) -> None:
    text = pdf_text(sent_pdfs(session, tmp_path)["Laguna Spirits"])
    today = date.today()
    for expected in (
        "Ordine d'acquisto", "P.IVA IT09648150150", "Fornitore", "Alla c.a. di Marco",
        *LAGUNA_ADDRESS.splitlines(), "P.IVA IT05550200025", LAGUNA_PHONE,
        f"Data dell'ordine {today:%d/%m/%Y}", "Consegna richiesta", "Luogo di consegna",
        "Codice Articolo Colli Quantità Prezzo unitario Importo",
        "LS-1 Item GIN 1 cassa da 6 6 bottiglie 17,90 € 107,40 €",
        "LS-2 Item RUM 2 casse da 6 12 bottiglie 19,50 € 234,00 €",
        "Imponibile 341,40 €", "IVA 22 % 75,11 €", "Totale IVA inclusa 416,51 €",
        "pagina 1 di 1",
    ):  # fmt: skip
        assert expected in text.replace("\u00a0", " ")
    for english in ("Purchase order", "Total before", "bottles", "Supplier", "Amount"):
        assert english not in text


@needs_poppler
def test_nothing_internal_is_in_the_pdf(session: Session, tmp_path: Path) -> None:
    for path in sent_pdfs(session, tmp_path).values():
        words = pdf_text(path).lower()
        for word in ("on hand", " par ", "reorder", "cover", "giacenza", "scorta", "riordino"):
            assert word not in words
        assert str(TONIC_PAR) not in words
        assert ".0 " not in words and ",0 " not in words  # whole numbers are shown whole


@needs_poppler
def test_a_long_order_repeats_its_header_and_numbers_its_pages(
    session: Session, tmp_path: Path
) -> None:
    document = order_document(session, ordering_bar(session)["Rialto"])
    line = document.lines[0]
    many = tuple(replace(line, code=f"BR-{n:03d}") for n in range(90))
    path = write_order_pdf(tmp_path / "long.pdf", replace(document, lines=many))
    text = pdf_text(path)
    count = text.count("\f")  # pdftotext ends each page with a form feed
    assert count >= 2
    assert text.count("Code") == count  # the lines' header on every page
    assert f"page {count} of {count}" in text


def test_texts_are_escaped_not_read_as_markup(session: Session) -> None:
    document = order_document(session, ordering_bar(session)["Rialto"])
    odd = replace(document.lines[0], code="<b>", item="Gin & <i>tonic</i>")
    html = order_html(replace(document, lines=(odd,)))
    assert "Gin &amp; &lt;i&gt;tonic&lt;/i&gt;" in html and "<i>tonic" not in html


@needs_poppler
def test_the_pdf_fits_one_a4_page_with_one_family(session: Session, tmp_path: Path) -> None:
    path = sent_pdfs(session, tmp_path)["Laguna Spirits"]
    assert pdf_text(path).count("\f") == 1
    fonts = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True)
    families = {line.split()[0].split("+")[-1].split("-")[0] for line in
                fonts.stdout.splitlines()[2:]}  # fmt: skip
    assert len(families) == 1, families
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    assert "(A4)" in info.stdout


def _png(tmp_path: Path) -> bytes:
    from PySide6.QtGui import QColor, QImage

    from inventory_app.ui.render.a4_pdf import gui_application

    gui_application()
    image = QImage(300, 150, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f4e5f"))
    path = tmp_path / "logo.png"
    assert image.save(str(path))
    return path.read_bytes()


@needs_poppler
@pytest.mark.parametrize("kind", ["png", "svg", "damaged"])
def test_a_logo_is_drawn_and_a_damaged_one_is_left_out(
    session: Session, tmp_path: Path, kind: str
) -> None:
    from inventory_app.domain.order_document import Logo

    data = {
        "png": _png(tmp_path),
        "svg": b'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">'
        b'<rect width="40" height="20" fill="#1f4e5f"/></svg>',
        "damaged": b"\x89PNG\r\n\x1a\n but nothing after",
    }[kind]
    document = order_document(session, ordering_bar(session)["Rialto"])
    logo = Logo("png" if kind == "damaged" else kind, data)
    path = write_order_pdf(tmp_path / "logo.pdf", replace(document, logo=logo))
    images = subprocess.run(["pdfimages", "-list", str(path)], check=True, capture_output=True,
                            text=True).stdout.splitlines()[2:]  # fmt: skip
    assert len(images) == (0 if kind == "damaged" else 1)
    assert BAR.name in pdf_text(path)  # the order prints either way


@needs_poppler
def test_the_proposals_pdf_is_a_draft_with_every_field(session: Session, tmp_path: Path) -> None:
    """The proposal exported for its suppliers: each field there, marked a draft, no number,
    and nothing internal; Laguna's in Italian, with the name the Orders page gives it."""
    proposal_bar(session)
    written = export_proposal(
        session, {("Laguna Spirits", "GIN"): Decimal(12)}, write=write_order_pdf,
        root=tmp_path, suffixes=(".pdf",),
    )  # fmt: skip
    today = date.today()
    laguna, rialto = written
    assert laguna.files[0].name == f"bozza {today.isoformat()} Laguna Spirits.pdf"
    text = pdf_text(rialto.files[0])
    delivery = delivery_date(today, 1)
    for expected in (
        BAR.name, BAR.legal_name, BAR.address, "VAT no. IT09648150150", BAR.delivery_address,
        BAR.receiving_hours, "Teresa Colombo, +39 02 5555 0148", "Draft order: not confirmed yet",
        "Rialto", "Attn. Giulia", "orders@rialto.example",
        "Order number given when the order is confirmed", f"Order date {today.isoformat()}",
        f"Requested delivery {delivery:%A} {delivery.isoformat()}",
        "BR-T24 Tonic Water 200 ml 2 cases of 24 48 pcs €0.85 €40.80",
        "BR-9 Item VER 3 bottles €13.00 €39.00", "Total before VAT €79.80", "VAT 22 % €17.56",
        "Total including VAT €97.36",
        "A draft for reading: the order is confirmed by a numbered copy.",
        "La Chiusa · Draft order · page 1 of 1",
    ):  # fmt: skip
        assert expected in text
    italian = pdf_text(laguna.files[0]).replace("\u00a0", " ")
    for expected in ("Bozza d'ordine da confermare",
                     "Numero d'ordine assegnato alla conferma dell'ordine",
                     "LS-1 Item GIN 2 casse da 6 12 bottiglie 17,90 € 214,80 €"):  # fmt: skip
        assert expected in italian
    for words in (text.lower(), italian.lower()):
        for word in ("on hand", " par ", "reorder", "cover", "giacenza", "scorta", "riordino"):
            assert word not in words
        assert str(TONIC_PAR) not in words
