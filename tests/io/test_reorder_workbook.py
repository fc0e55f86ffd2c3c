"""The reorder workbook read back: sheets, headers, quantities, formulas, formats, hostile text."""

from __future__ import annotations

import csv
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from inventory_app.io.reorder_workbook import EURO, HEADER, sheet_names, write_reorder_workbook
from inventory_app.services.ordering.reorder import ProposalLine, SupplierProposal

D = Decimal
DAY = date(2026, 11, 24)
HOSTILE = '=HYPERLINK("http://x")'


def _line(sku: str, name: str, quantity: str, cost: str, pack: int = 6) -> ProposalLine:
    q, c = D(quantity), D(cost)
    return ProposalLine(
        item_id=1, sku=sku, supplier_code=f"-{sku}", name=name, on_hand=D("0.5"), par=D(6),
        reorder_at=D(2), pack_size=pack, on_order=D(0), quantity=q, unit_cost=c,
        line_total=q * c,
    )  # fmt: skip


def _proposal(supplier: str, *lines: ProposalLine, contact: str = "Marco") -> SupplierProposal:
    total = sum((line.line_total for line in lines), D(0))
    return SupplierProposal(1, supplier, contact, "o@x.example", "+39 041", tuple(lines), total)


PROPOSALS = [
    _proposal(
        "Laguna Spirits Srl",
        _line("GIN-TANQ", "Tanqueray London Dry", "6", "17.90"),
        _line("WHI-LAG16", HOSTILE, "12", "62.00"),
        contact="@marco",
    ),
    _proposal(
        "Rialto: Bevande/Distribuzione [VE]", _line("VER-PUNT", "+Punt e Mes", "3", "13.05", 1)
    ),
]


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    seen: list[tuple[int, int]] = []
    path = write_reorder_workbook(
        tmp_path / "order.xlsx", PROPOSALS, day=DAY, progress=lambda d, t: seen.append((d, t))
    )
    assert seen == [(1, 2), (2, 2)]
    assert not list(tmp_path.glob(".*.part"))
    return path


def test_one_sheet_per_supplier_with_title_block(workbook: Path) -> None:
    book = load_workbook(workbook)
    assert book.sheetnames == ["Laguna Spirits Srl", "Rialto Bevande Distribuzione VE"]
    sheet = book["Laguna Spirits Srl"]
    assert sheet["A1"].value == "Laguna Spirits Srl"
    assert sheet["A2"].value == "@marco · o@x.example · +39 041"
    assert sheet["A2"].data_type == "s"
    assert sheet["B3"].value == datetime(2026, 11, 24)
    assert [c.value for c in sheet[5]] == list(HEADER)
    assert sheet.freeze_panes == "A6"


def test_lines_formulas_and_formats(workbook: Path) -> None:
    sheet = load_workbook(workbook)["Laguna Spirits Srl"]
    assert [sheet.cell(row=r, column=7).value for r in (6, 7)] == [6, 12]
    assert sheet["F6"].value == 6
    assert sheet["I6"].value == "=G6*H6" and sheet["I7"].value == "=G7*H7"
    assert sheet["H8"].value == "Total" and sheet["I8"].value == "=SUM(I6:I7)"
    for ref in ("H6", "I6", "I7", "I8"):
        assert sheet[ref].number_format == EURO
    assert sheet.column_dimensions["C"].width == 42


def test_containers_show_as_the_window_shows_them(workbook: Path) -> None:
    """On hand 0.5, par 6, order 6: '0.5', '6', '6' in Excel, never '6.0'; cells exact."""
    sheet = load_workbook(workbook)["Laguna Spirits Srl"]
    assert (sheet["D6"].value, sheet["D6"].number_format) == (0.5, "#,##0.0")
    assert (sheet["E6"].value, sheet["E6"].number_format) == (6, "#,##0")
    assert (sheet["G6"].value, sheet["G6"].number_format) == (6, "#,##0")


def test_database_text_never_becomes_a_formula(workbook: Path) -> None:
    book = load_workbook(workbook)
    laguna = book["Laguna Spirits Srl"]
    assert laguna["C7"].value == HOSTILE and laguna["C7"].data_type == "s"
    assert laguna["B6"].value == "-GIN-TANQ" and laguna["B6"].data_type == "s"
    rialto = book.worksheets[1]
    assert rialto["C6"].value == "+Punt e Mes" and rialto["C6"].data_type == "s"


def test_print_setup_fits_one_page_wide(workbook: Path) -> None:
    sheet = load_workbook(workbook).worksheets[0]
    assert sheet.page_setup.fitToWidth == 1
    assert sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr is not None
    assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
    assert sheet.page_setup.orientation in ("portrait", "landscape")


@pytest.mark.parametrize(
    ("suppliers", "expected"),
    [
        (["A/B"], ["A B"]),
        (["x" * 40], ["x" * 31]),
        (["Same", "same"], ["Same", "same (2)"]),
        (["y" * 40, "y" * 35], ["y" * 31, "y" * 27 + " (2)"]),
        (["'quoted'", "???", "History"], ["quoted", "Supplier", "History (supplier)"]),
    ],
)
def test_sheet_names(suppliers: list[str], expected: list[str]) -> None:
    assert sheet_names(suppliers) == expected


def test_nothing_to_order_still_opens(tmp_path: Path) -> None:
    path = write_reorder_workbook(tmp_path / "empty.xlsx", [], day=DAY)
    assert load_workbook(path).sheetnames == ["Nothing to order"]


OFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(OFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_computes_the_same_totals(workbook: Path, tmp_path: Path) -> None:
    """LibreOffice recomputes every formula; each sheet's total equals the exact Decimal total."""
    assert OFFICE is not None
    for number, proposal in enumerate(PROPOSALS, start=1):
        out = tmp_path / f"sheet{number}"
        subprocess.run(
            [OFFICE, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
             "--convert-to", f'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,'
             f"false,false,{number}", "--outdir", str(out), str(workbook)],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        rows = list(csv.reader(next(out.glob("*.csv")).open(encoding="utf-8")))
        total_row = next(r for r in rows if len(r) >= 9 and r[7] == "Total")
        assert _euro(total_row[8]) == proposal.total
        lines = [r for r in rows[5:] if len(r) >= 9 and r[0] and r[7] != "Total"]
        assert [_euro(r[8]) for r in lines] == [line.line_total for line in proposal.lines]


def _euro(text: str) -> Decimal:
    return Decimal(text.replace("€", "").replace(",", "").strip())


ITALIAN_HEADER = [
    "Codice", "Codice fornitore", "Articolo", "Giacenza", "Scorta ideale", "Confezione",
    "Da ordinare", "Costo unitario", "Totale riga",
]  # fmt: skip


def test_in_italian_headings_are_italian_and_cells_stay_numbers(
    italian: None, tmp_path: Path
) -> None:
    """Read back with openpyxl: Italian words, the same numbers, formats for an Italian reader."""
    path = write_reorder_workbook(tmp_path / "ordine.xlsx", PROPOSALS, day=DAY)
    sheet = load_workbook(path)["Laguna Spirits Srl"]
    assert [c.value for c in sheet[5]] == ITALIAN_HEADER
    assert (sheet["A3"].value, sheet["B3"].value) == ("Data", datetime(2026, 11, 24))
    assert sheet["B3"].number_format == "dd/mm/yyyy"
    assert (sheet["D6"].value, sheet["D6"].number_format) == (0.5, "#,##0.0")
    assert (sheet["G7"].value, sheet["G7"].data_type) == (12, "n")
    assert (sheet["H6"].value, sheet["H6"].data_type) == (17.9, "n")
    for ref in ("H6", "I6", "I8"):
        assert sheet[ref].number_format == '#,##0.00" €"'
    assert sheet["H8"].value == "Totale" and sheet["I8"].value == "=SUM(I6:I7)"
    assert sheet.oddHeader.center.text == "Ordine Laguna Spirits Srl 24/11/2026"  # type: ignore[union-attr]
    assert sheet.oddFooter.right.text == "Pagina &P di &N"  # type: ignore[union-attr]
    assert sheet.column_dimensions["E"].width == len("Scorta ideale") + 1


@dataclass(frozen=True)
class SupplierIn:
    """A proposal that names its supplier's language, as a supplier with one set gives it."""

    supplier: str
    contact: str
    email: str
    phone: str
    lines: tuple[ProposalLine, ...]
    language: str


def test_each_supplier_sheet_is_in_its_suppliers_language(tmp_path: Path) -> None:
    """The owner works in English; the Milan supplier reads Italian, the Irish one English."""
    milan = SupplierIn("Milano Spirits", "Luca", "", "", PROPOSALS[0].lines, "it")
    dublin = SupplierIn("Dublin Drinks", "Sean", "", "", PROPOSALS[1].lines, "en")
    path = write_reorder_workbook(tmp_path / "order.xlsx", [milan, dublin], day=DAY)
    book = load_workbook(path)
    assert [c.value for c in book["Milano Spirits"][5]] == ITALIAN_HEADER
    assert book["Milano Spirits"]["B3"].number_format == "dd/mm/yyyy"
    assert [c.value for c in book["Dublin Drinks"][5]] == list(HEADER)
    assert book["Dublin Drinks"]["H6"].number_format == EURO


def test_in_italian_an_empty_proposal_says_so_in_italian(italian: None, tmp_path: Path) -> None:
    path = write_reorder_workbook(tmp_path / "vuoto.xlsx", [], day=DAY)
    book = load_workbook(path)
    assert book.sheetnames == ["Niente da ordinare"]
    assert book.active["A1"].value == "Niente da ordinare"  # type: ignore[index]
