"""The suffix picks the register's format (ui/render/allergen_files.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy.orm import Session

from inventory_app.domain.errors import InputError
from inventory_app.services.views.allergen_register import allergen_register
from inventory_app.ui.render.allergen_files import check_register_path, write_register_file
from tests.services.recipes.allergen_menu import allergen_menu


@pytest.mark.parametrize("name", ["register.pdf", "REGISTER.PDF", "register.xlsx"])
def test_a_pdf_or_a_workbook(name: str, session: Session, tmp_path: Path) -> None:
    register = allergen_register(allergen_menu(session), language="en", today=date(2026, 12, 8))
    path = write_register_file(tmp_path / name, register)
    head = path.read_bytes()[:4]
    assert head == (b"%PDF" if name.lower().endswith(".pdf") else b"PK\x03\x04")
    if path.suffix == ".xlsx":
        assert load_workbook(path).active is not None


@pytest.mark.parametrize("name", ["register.csv", "register", "register.xls"])
def test_any_other_suffix_is_refused(name: str) -> None:
    with pytest.raises(InputError, match=r"a \.pdf or an \.xlsx"):
        check_register_path(Path(name))
