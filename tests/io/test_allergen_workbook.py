"""The allergen register as a workbook, read back with openpyxl against the menu's table."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy.orm import Session

from inventory_app.io.allergen_workbook import write_allergen_workbook
from inventory_app.services.settings import set_setting
from inventory_app.services.views.allergen_register import allergen_register
from tests.conftest import AUTHOR
from tests.services.recipes.allergen_menu import REGISTER_EN, REGISTER_IT, allergen_menu


@pytest.mark.parametrize(("language", "table"), [("en", REGISTER_EN), ("it", REGISTER_IT)])
def test_every_cocktail_row_and_its_marks(
    session: Session, tmp_path: Path, language: str, table: list[tuple[str, str, str]]
) -> None:
    set_setting(allergen_menu(session), "bar_name", "=La Chiusa", author=AUTHOR)
    register = allergen_register(session, language=language, today=date(2026, 12, 8))
    path = write_allergen_workbook(tmp_path / "register.xlsx", register)
    sheet = load_workbook(path).active
    assert sheet is not None
    cells = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert cells[0][0] == "=La Chiusa"  # text, never a formula
    assert sheet["A1"].data_type == "s"
    header = next(i for i, row in enumerate(cells) if row[0] == register.headings[0])
    assert cells[header][:3] == list(register.headings)
    assert cells[header][3:17] == [str(n) for n in range(1, 15)]
    rows = cells[header + 1 : header + 1 + len(table)]
    assert [tuple(row[:3]) for row in rows] == table
    # The marks say the same as the words: 'X' under each allergen's number.
    for row in rows:
        marked = [n for n in range(1, 15) if row[2 + n] == "X"]
        listed = [int(part.split()[0]) for part in str(row[2]).split(", ") if part[0].isdigit()]
        assert marked == listed
    assert any(register.issued_text == row[0] for row in cells)
    legend = [row[0] for row in cells if str(row[0] or "").startswith("12. ")]
    assert legend and "10 mg" in str(legend[0])
    footer = sheet.oddFooter
    assert footer is not None and "&P" in str(footer.center.text)
