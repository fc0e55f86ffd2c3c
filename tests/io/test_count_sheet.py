"""The count sheet: blind, printable, text stays text, and a filled sheet reads back exactly."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from inventory_app.db.engine import Database
from inventory_app.db.models import Count, CountLine
from inventory_app.domain.errors import ImportErrors
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.i18n.catalogue import ENGLISH, set_language
from inventory_app.io.count_sheet import HEADER
from inventory_app.services.catalogue.items import save_item
from inventory_app.services.imports.counts import export_count_sheet, import_count_sheet
from inventory_app.services.ledger.movements import on_hand
from tests.conftest import AUTHOR
from tests.services.count_fixtures import CountBar, make_count_bar

D = Decimal


@pytest.fixture
def bar(db: Database) -> CountBar:
    with db.transaction() as s:
        return make_count_bar(s)


@pytest.fixture
def sheet(db: Database, bar: CountBar, tmp_path: Path) -> Path:
    path = tmp_path / "count.xlsx"
    with db.transaction() as s:
        assert export_count_sheet(s, path) == 3
    return path


def fill(path: Path, cells: dict[tuple[int, str], str | int | None]) -> Path:
    """Write values by (row, column title), as a person fills the printed sheet."""
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    for (row, title), value in cells.items():
        sheet.cell(row=row, column=HEADER.index(title) + 1).value = value
    book.save(path)
    return path


def test_sheet_is_blind_in_walking_order(sheet: Path) -> None:
    rows = list(load_workbook(sheet).active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert rows == [
        HEADER,
        ("AMA-CAMP", "Campari", "Back wall", "ml", 1000, None, None, None, None),
        ("WHI-MONKEY", "Monkey Shoulder", "Back wall", "ml", 700, None, None, None, None),
        ("CUP-12", "Cups", "Store", "pcs", 1, None, None, None, None),
    ]


def test_sheet_is_printable(sheet: Path) -> None:
    ws = load_workbook(sheet).active
    assert ws is not None
    assert (ws.page_setup.paperSize, ws.page_setup.orientation) == (9, "portrait")
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True  # type: ignore[union-attr]
    assert ws.print_title_rows == "$1:$1"
    assert ws.print_options.gridLines is True
    assert ws.freeze_panes == "A2"
    assert ws.column_dimensions["B"].width == 38


def test_a_name_beginning_with_equals_stays_text(
    db: Database, bar: CountBar, tmp_path: Path
) -> None:
    with db.transaction() as s:
        save_item(s, ItemSpec(sku="WHI-MONKEY", name='=HYPERLINK("http://x")'), author="owner")
        export_count_sheet(s, tmp_path / "count.xlsx")
    cell = load_workbook(tmp_path / "count.xlsx").active["B2"]  # type: ignore[index]
    assert (cell.data_type, cell.value) == ("s", '=HYPERLINK("http://x")')


def test_round_trip_counts_filled_rows_only(db: Database, bar: CountBar, sheet: Path) -> None:
    fill(sheet, {(3, "Full"): 1, (3, "Weight g"): 905, (4, "Quantity"): 95})
    with db.transaction() as s:
        done = import_count_sheet(s, sheet, author=AUTHOR, finalise=True)
        assert (done.started, done.counted) == (True, 2)
        assert done.finalised is not None and done.finalised.movements == 2
        lines = s.execute(select(CountLine.item_id, CountLine.weight_g, CountLine.counted)).all()
        assert sorted(lines) == [(bar.whisky, D(905), D("1084.2")), (bar.cups, None, D(95))]
        assert (on_hand(s, bar.whisky), on_hand(s, bar.campari)) == (D("1084.2"), D(2000))


def test_bad_cells_name_row_and_column_and_nothing_changes(
    db: Database, bar: CountBar, sheet: Path
) -> None:
    fill(sheet, {(3, "Weight g"): 1380, (2, "Open tenths"): "lots", (4, "Open tenths"): 3})
    with pytest.raises(ImportErrors) as caught, db.transaction() as s:
        import_count_sheet(s, sheet, author=AUTHOR)
    assert [str(e) for e in caught.value.errors] == [
        "row 2, column 'open tenths': expected tenths of the open container, 0 to 10, got 'lots'",
    ]
    fill(sheet, {(2, "Open tenths"): None})
    with pytest.raises(ImportErrors) as caught, db.transaction() as s:
        import_count_sheet(s, sheet, author=AUTHOR)
    assert [str(e) for e in caught.value.errors] == [
        "row 3, column 'weight g': 1,380 g is above the full weight of 1,205 g for "
        "Monkey Shoulder: weigh again or enter tenths",
        "row 4, column 'open tenths': Cups is counted in pieces: enter them as full or as a "
        "quantity",
    ]
    with db.sessions() as s:
        assert s.scalars(select(Count)).all() == []  # the count it started is gone too


def test_unknown_and_repeated_skus(db: Database, bar: CountBar, sheet: Path) -> None:
    fill(sheet, {(3, "Full"): 2, (4, "SKU"): "whi-monkey", (4, "Full"): 1,
                 (5, "SKU"): "NOPE", (5, "Full"): 1})  # fmt: skip
    with pytest.raises(ImportErrors) as caught, db.transaction() as s:
        import_count_sheet(s, sheet, author=AUTHOR)
    assert [str(e) for e in caught.value.errors] == [
        "row 4, column 'sku': WHI-MONKEY already appears on row 3",
        "row 5, column 'sku': no item with SKU or barcode 'NOPE'",
    ]


ITALIAN_HEADER = (
    "Codice", "Articolo", "Posizione", "Unità", "Formato", "Piene", "Decimi aperta", "Peso g",
    "Quantità",
)  # fmt: skip


def fill_by_heading(path: Path, cells: dict[tuple[int, str], str | int | None]) -> Path:
    """Fill the printed sheet by its own headings, whatever language they are in."""
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    headings = [cell.value for cell in sheet[1]]
    for (row, title), value in cells.items():
        sheet.cell(row=row, column=headings.index(title) + 1).value = value
    book.save(path)
    return path


@pytest.fixture
def italian_sheet(db: Database, bar: CountBar, tmp_path: Path, italian: None) -> Path:
    path = tmp_path / "conta.xlsx"
    with db.transaction() as s:
        assert export_count_sheet(s, path) == 3
    return path


def test_in_italian_the_sheet_is_italian_and_sizes_stay_numbers(italian_sheet: Path) -> None:
    ws = load_workbook(italian_sheet).active
    assert ws is not None and ws.title == "Conta"
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == ITALIAN_HEADER
    assert rows[3] == ("CUP-12", "Cups", "Store", "pz", 1, None, None, None, None)
    assert (ws["E2"].value, ws["E2"].data_type, ws["E2"].number_format) == (1000, "n", "#,##0.##")
    assert ws.oddHeader.center.text.startswith("Conta giacenze ")  # type: ignore[union-attr]
    assert ws.oddFooter.right.text == "Pagina &P di &N"  # type: ignore[union-attr]
    assert ws.column_dimensions["G"].width == len("Decimi aperta") + 1


def test_a_sheet_printed_in_italian_imports_in_english(
    db: Database, bar: CountBar, italian_sheet: Path
) -> None:
    fill_by_heading(italian_sheet, {(3, "Piene"): 1, (3, "Peso g"): 905, (4, "Quantità"): 95})
    set_language(ENGLISH)  # the owner imports it in an English session
    with db.transaction() as s:
        done = import_count_sheet(s, italian_sheet, author=AUTHOR, finalise=True)
        assert (done.counted, on_hand(s, bar.whisky), on_hand(s, bar.cups)) == (
            2, D("1084.2"), D(95),
        )  # fmt: skip


def test_a_sheet_printed_in_english_imports_in_italian(
    db: Database, bar: CountBar, sheet: Path, italian: None
) -> None:
    fill(sheet, {(3, "Full"): 1, (3, "Weight g"): 905, (4, "Quantity"): 95})
    with db.transaction() as s:
        done = import_count_sheet(s, sheet, author=AUTHOR, finalise=True)
        assert (done.counted, on_hand(s, bar.whisky)) == (2, D("1084.2"))


def test_in_italian_a_bad_cell_names_the_italian_column(
    db: Database, bar: CountBar, italian_sheet: Path
) -> None:
    """The column a person looks for is the one printed on their sheet."""
    fill_by_heading(italian_sheet, {(2, "Decimi aperta"): "tanti", (4, "Decimi aperta"): 3})
    with pytest.raises(ImportErrors) as caught, db.transaction() as s:
        import_count_sheet(s, italian_sheet, author=AUTHOR)
    assert [(e.row, e.column) for e in caught.value.errors] == [(2, "decimi aperta")]
    fill_by_heading(italian_sheet, {(2, "Decimi aperta"): None, (5, "Piene"): 1})
    with pytest.raises(ImportErrors) as caught, db.transaction() as s:
        import_count_sheet(s, italian_sheet, author=AUTHOR)
    [no_sku] = caught.value.errors  # the sheet is read whole before any row is entered
    assert (no_sku.row, no_sku.column, no_sku.detail) == (5, "codice", "serve uno SKU")
    fill_by_heading(italian_sheet, {(5, "Piene"): None})
    with pytest.raises(ImportErrors) as caught, db.transaction() as s:
        import_count_sheet(s, italian_sheet, author=AUTHOR)
    [cups] = caught.value.errors  # refused by the counting rules, named by the sheet's heading
    assert (cups.row, cups.column) == (4, "decimi aperta")


def test_in_italian_an_unknown_heading_lists_the_italian_ones(
    db: Database, bar: CountBar, italian_sheet: Path
) -> None:
    fill_by_heading(italian_sheet, {(1, "Piene"): "Bottiglie"})
    with pytest.raises(ImportErrors) as caught, db.transaction() as s:
        import_count_sheet(s, italian_sheet, author=AUTHOR)
    [error] = caught.value.errors
    assert error.column == "bottiglie"
    assert error.detail == (
        "colonna sconosciuta; le colonne sono codice, articolo, posizione, unità, formato, "
        "piene, decimi aperta, peso g, quantità"
    )
