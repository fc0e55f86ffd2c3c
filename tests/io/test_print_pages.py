"""Every workbook we print fits one A4 page wide with its heading row on each page, as read
back from the saved file (a write-only sheet too, as the reorder sheet is written)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from inventory_app.io.print_pages import fit_a4_width


@pytest.mark.parametrize(("write_only", "landscape"), [(False, False), (True, True)])
def test_one_a4_page_wide_with_its_heading_on_each_page(
    tmp_path: Path, write_only: bool, landscape: bool
) -> None:
    book = Workbook(write_only=write_only)
    sheet = book.create_sheet("Rows") if write_only else book.active
    assert sheet is not None
    fit_a4_width(sheet, heading_row=3, landscape=landscape, margin=0.4)
    for n in range(200):
        sheet.append([f"row {n}", n])
    book.save(tmp_path / "printed.xlsx")
    back = load_workbook(tmp_path / "printed.xlsx")["Rows" if write_only else "Sheet"]
    assert isinstance(back, Worksheet)
    assert back.page_setup.paperSize == 9  # A4: openpyxl writes its '9', reads back 9
    assert back.page_setup.orientation == ("landscape" if landscape else "portrait")
    assert (back.page_setup.fitToWidth, back.page_setup.fitToHeight) == (1, 0)
    fit = back.sheet_properties.pageSetUpPr
    assert fit is not None and fit.fitToPage is True
    assert back.print_title_rows == "$3:$3"
    assert back.page_margins.left == back.page_margins.right == 0.4
