"""The order as a workbook (io/order_workbook.py), read back as the supplier opens it:
every field, whole quantities, live totals that LibreOffice recomputes to the same sum."""

from __future__ import annotations

import csv
import shutil
import subprocess
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy.orm import Session

from inventory_app.domain.ordering import delivery_date
from inventory_app.io.order_workbook import write_order_workbook
from inventory_app.services.ordering.order_document import order_document
from inventory_app.services.ordering.order_export import export_proposal
from inventory_app.services.ordering.orders import send_order
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

D = Decimal
OFFICE = shutil.which("soffice") or shutil.which("libreoffice")
RIALTO_LINES = RIALTO_ADDRESS.splitlines()


def sent_workbook(session: Session, supplier: str, tmp_path: Path) -> tuple[Path, int]:
    """The supplier's order sent as a workbook (the default writer): its path and id."""
    order_id = ordering_bar(session)[supplier]
    out = tmp_path / f"{supplier}.xlsx"
    return send_order(session, order_id, author="owner", out=out), order_id


def cells(path: Path) -> list[list[object]]:
    sheet = load_workbook(path).active
    assert sheet is not None
    return [[c.value for c in row] for row in sheet.iter_rows()]


def texts(path: Path) -> list[str]:
    return [str(v) for row in cells(path) for v in row if v is not None]


def row_of(rows: list[list[object]], first: object) -> list[object]:
    return next(r for r in rows if r[0] == first or (len(r) > 2 and r[2] == first))


def test_the_english_workbook_holds_every_field(session: Session, tmp_path: Path) -> None:
    path, order_id = sent_workbook(session, "Rialto", tmp_path)
    rows = cells(path)
    words = texts(path)
    year = date.today().year
    for text in (BAR.name, BAR.legal_name, BAR.address, "VAT no. IT09648150150",
                 BAR.delivery_address, BAR.receiving_hours, "Purchase order", "Rialto",
                 "Attn. Giulia", "orders@rialto.example", f"{year}-0001", *RIALTO_LINES,
                 "VAT no. IT05550100019", RIALTO_PHONE):  # fmt: skip
        assert text in words
    name = next(i for i, row in enumerate(rows) if row[1] == "Rialto")
    supplier = [str(row[1]) for row in rows[name : name + 7]]
    assert supplier == ["Rialto", *RIALTO_LINES, "VAT no. IT05550100019", "Attn. Giulia",
                        "orders@rialto.example", RIALTO_PHONE]  # fmt: skip
    assert SUPPLIER_NOTES not in words  # the owner's notes stay home
    assert row_of(rows, "Order number")[1] == f"{year}-0001"
    order_day = row_of(rows, "Order date")[1]
    assert isinstance(order_day, datetime) and order_day.date() == date.today()
    assert str(row_of(rows, "Requested delivery")[1]).endswith(
        order_document(session, order_id).delivery_day.isoformat()
    )
    header = row_of(rows, "Code")
    assert header == ["Code", "Item", "Cases", "Quantity", "Unit price", "Amount"]
    start = rows.index(header) + 1
    tonic, vermouth = rows[start], rows[start + 1]
    assert tonic == ["BR-T24", "Tonic Water 200 ml", "2 cases of 24", 48, tonic[4],
                     f"=ROUND(D{start + 1}*E{start + 1},2)"]  # fmt: skip
    assert vermouth[:4] == ["BR-9", "Item VER", None, 3]
    assert [D(str(row[4])) for row in (tonic, vermouth)] == [D("0.85"), D("13")]
    assert all(isinstance(r[3], int) for r in rows[start : start + 2])  # 48, never 48.0
    net = row_of(rows, "Total before VAT")
    assert net[5] == f"=SUM(F{start + 1}:F{start + 2})"
    assert row_of(rows, "VAT 22 %")[5] == f"=ROUND(F{start + 4}*22/100,2)"
    assert row_of(rows, "Total including VAT")[5] == f"=F{start + 4}+F{start + 5}"


def test_quantities_read_in_the_suppliers_unit(session: Session, tmp_path: Path) -> None:
    sheet = load_workbook(sent_workbook(session, "Rialto", tmp_path)[0]).active
    assert sheet is not None
    formats = {c.value: c.number_format for c in sheet["D"] if isinstance(c.value, int)}
    assert formats == {48: '#,##0" pcs"', 3: '#,##0" bottles"'}


def test_the_italian_workbook_is_in_italian(session: Session, tmp_path: Path) -> None:
    path, _id = sent_workbook(session, "Laguna Spirits", tmp_path)
    rows = cells(path)
    words = texts(path)
    for text in ("Ordine d'acquisto", "P.IVA IT09648150150", "Numero d'ordine",
                 *LAGUNA_ADDRESS.splitlines(), "P.IVA IT05550200025", "Alla c.a. di Marco",
                 LAGUNA_PHONE,
                 "Luogo di consegna", "Imponibile", "IVA 22\u00a0%", "Totale IVA inclusa",
                 "1 cassa da 6", "2 casse da 6"):  # fmt: skip
        assert text in words
    sheet = load_workbook(path).active
    assert sheet is not None
    assert row_of(rows, "Codice") == [
        "Codice", "Articolo", "Colli", "Quantità", "Prezzo unitario", "Importo"
    ]  # fmt: skip
    assert {c.number_format for c in sheet["E"] if isinstance(c.value, float)} == {'#,##0.00" €"'}
    assert {c.number_format for c in sheet["B"] if isinstance(c.value, datetime)} == {"dd/mm/yyyy"}


def test_nothing_internal_is_in_the_workbook(session: Session, tmp_path: Path) -> None:
    for order_id in ordering_bar(session).values():
        path = send_order(session, order_id, author="owner", out=tmp_path / f"{order_id}.xlsx")
        words = " ".join(texts(path)).lower()
        for word in ("on hand", "par", "reorder", "cover", "giacenza", "scorta"):
            assert word not in words.split()
        assert TONIC_PAR not in [v for row in cells(path) for v in row]


def test_it_prints_on_a4_one_page_wide_with_its_header(session: Session, tmp_path: Path) -> None:
    sheet = load_workbook(sent_workbook(session, "Rialto", tmp_path)[0]).active
    assert sheet is not None
    header = next(r for r in sheet.iter_rows() if r[0].value == "Code")[0].row
    assert (sheet.page_setup.paperSize, sheet.page_setup.orientation) == (9, "portrait")
    assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
    assert sheet.print_title_rows == f"${header}:${header}"
    footer = sheet.oddFooter.center.text  # type: ignore[union-attr]
    assert footer is not None and "&P" in footer and "&N" in footer
    fonts = {c.font.name for row in sheet.iter_rows() for c in row if c.value is not None}
    assert fonts == {"Calibri"}  # one family: no serif headings beside sans-serif text


def test_a_text_starting_with_equals_stays_text(session: Session, tmp_path: Path) -> None:
    from dataclasses import replace

    document = order_document(session, ordering_bar(session)["Rialto"])
    hostile = replace(document, supplier_lines=('=HYPERLINK("x")',))
    sheet = load_workbook(write_order_workbook(tmp_path / "h.xlsx", hostile)).active
    assert sheet is not None
    found = [c for row in sheet.iter_rows() for c in row if c.value == '=HYPERLINK("x")']
    assert found and all(c.data_type == "s" for c in found)


@pytest.mark.skipif(OFFICE is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize(("supplier", "total"), [("Rialto", "97.36"), ("Laguna Spirits", "416.51")])
def test_libreoffice_recomputes_the_same_total(
    session: Session, tmp_path: Path, supplier: str, total: str
) -> None:
    """The formulas recomputed by LibreOffice give the document's own totals, to the cent."""
    assert OFFICE is not None
    path, order_id = sent_workbook(session, supplier, tmp_path)
    figures = recomputed(path, tmp_path)
    document = order_document(session, order_id)
    assert figures[-3:] == [document.net_total, document.vat, document.gross_total]
    assert figures[-1] == D(total)
    assert figures[:-3] == [line.line_total for line in document.lines]


def recomputed(path: Path, tmp_path: Path) -> list[Decimal]:
    """The amounts column (F) as LibreOffice computes it from the formulas."""
    assert OFFICE is not None
    out = tmp_path / "csv"
    subprocess.run(
        [OFFICE, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false",
         "--outdir", str(out), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    rows = list(csv.reader(next(out.glob("*.csv")).open(encoding="utf-8")))
    return [_euro(r[5]) for r in rows if len(r) > 5 and any(c.isdigit() for c in r[5])]


def _euro(text: str) -> Decimal:
    return Decimal(text.replace("€", "").replace(",", "").replace("\u00a0", "").strip())


def proposal_workbook(session: Session, tmp_path: Path) -> Path:
    """Rialto's share of the proposal written as the Orders page's Export writes it."""
    proposal_bar(session)
    written = export_proposal(
        session, {}, write=write_order_workbook, root=tmp_path, suffixes=(".xlsx",)
    )
    return next(w for w in written if w.supplier == "Rialto").files[0]


def test_the_proposals_workbook_is_a_draft_with_every_field(
    session: Session, tmp_path: Path
) -> None:
    """Not an order yet: it says so where the number goes, and holds all else."""
    path = proposal_workbook(session, tmp_path)
    today = date.today()
    assert path.name == f"draft {today.isoformat()} Rialto.xlsx"
    rows, words = cells(path), texts(path)
    for text in (BAR.name, BAR.legal_name, BAR.address, BAR.delivery_address,
                 BAR.receiving_hours, "Draft order: not confirmed yet", "Rialto",
                 "orders@rialto.example", "Teresa Colombo, +39 02 5555 0148",
                 "A draft for reading: the order is confirmed by a numbered copy.",
                 "Unit prices are per bottle or piece, before VAT."):  # fmt: skip
        assert text in words
    assert row_of(rows, "Order number")[1] == "given when the order is confirmed"
    order_day = row_of(rows, "Order date")[1]
    assert isinstance(order_day, datetime) and order_day.date() == today
    delivery = delivery_date(today, 1)
    assert row_of(rows, "Requested delivery")[1] == f"{delivery:%A} {delivery.isoformat()}"
    start = rows.index(row_of(rows, "Code")) + 1
    assert rows[start] == ["BR-T24", "Tonic Water 200 ml", "2 cases of 24", 48, 0.85,
                           f"=ROUND(D{start + 1}*E{start + 1},2)"]  # fmt: skip
    assert rows[start + 1] == ["BR-9", "Item VER", None, 3, 13,
                               f"=ROUND(D{start + 2}*E{start + 2},2)"]  # fmt: skip
    assert row_of(rows, "Total before VAT")[5] == f"=SUM(F{start + 1}:F{start + 2})"
    for word in ("on hand", "par", "reorder", "cover"):
        assert word not in " ".join(words).lower().split()
    assert TONIC_PAR not in [v for row in rows for v in row]


@pytest.mark.skipif(OFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_recomputes_the_proposals_total(session: Session, tmp_path: Path) -> None:
    assert OFFICE is not None
    path = proposal_workbook(session, tmp_path)
    figures = recomputed(path, tmp_path)
    assert figures == [D("40.80"), D("39.00"), D("79.80"), D("17.56"), D("97.36")]
