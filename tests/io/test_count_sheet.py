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
