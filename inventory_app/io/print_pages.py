"""How our workbooks print: on A4, one page wide (as many pages tall as the rows take),
the table's heading row repeated on every page. The owner's count sheet and reorder sheet,
the supplier's order and the allergen register all print this way."""

from __future__ import annotations

from typing import Any


def fit_a4_width(sheet: Any, *, heading_row: int, landscape: bool = False, margin: float) -> None:
    """`sheet` (an openpyxl worksheet, write-only too) prints one A4 page wide, `heading_row`
    on each page; `margin` is the left and right margin in inches."""
    from openpyxl.worksheet.properties import PageSetupProperties
    from openpyxl.worksheet.worksheet import Worksheet

    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.orientation = (
        Worksheet.ORIENTATION_LANDSCAPE if landscape else Worksheet.ORIENTATION_PORTRAIT
    )
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_title_rows = f"{heading_row}:{heading_row}"
    sheet.page_margins.left = sheet.page_margins.right = margin
