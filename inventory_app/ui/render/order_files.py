"""An order's document as the file a person names: a .pdf (Qt) or an .xlsx (openpyxl)."""

from __future__ import annotations

from pathlib import Path

from inventory_app.domain.errors import InputError
from inventory_app.domain.order_document import OrderDocument
from inventory_app.i18n.catalogue import tr
from inventory_app.io.order_workbook import write_order_workbook

SUFFIXES = (".pdf", ".xlsx")


def check_document_path(path: Path) -> Path:
    """Refused before anything is sent: only a .pdf or an .xlsx can be written."""
    if path.suffix.lower() not in SUFFIXES:
        raise InputError(
            tr("an order is written as a .pdf or an .xlsx file, got {name}").format(name=path.name)
        )
    return path


def write_order_file(path: Path, document: OrderDocument) -> Path:
    """The suffix picks the format: the same content either way."""
    if check_document_path(path).suffix.lower() == ".pdf":
        from inventory_app.ui.render.order_pdf import write_order_pdf  # Qt: only for a PDF

        return write_order_pdf(path, document)
    return write_order_workbook(path, document)
