"""The allergen register as the file a person names: a .pdf (Qt) or an .xlsx (openpyxl)."""

from __future__ import annotations

from pathlib import Path

from inventory_app.domain.allergen_register import AllergenRegister
from inventory_app.domain.errors import InputError
from inventory_app.i18n.catalogue import tr
from inventory_app.io.allergen_workbook import write_allergen_workbook

SUFFIXES = (".pdf", ".xlsx")


def check_register_path(path: Path) -> Path:
    """Refused before anything is written: only a .pdf or an .xlsx."""
    if path.suffix.lower() not in SUFFIXES:
        raise InputError(
            tr("the allergen register is written as a .pdf or an .xlsx file, got {name}").format(
                name=path.name
            )
        )
    return path


def write_register_file(path: Path, register: AllergenRegister) -> Path:
    """The suffix picks the format: the same content either way."""
    if check_register_path(path).suffix.lower() == ".pdf":
        from inventory_app.ui.render.allergen_pdf import write_allergen_pdf  # Qt: only for a PDF

        return write_allergen_pdf(path, register)
    return write_allergen_workbook(path, register)
