"""The suffix picks the order's format (ui/render/order_files.py): the same content either way."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy.orm import Session

from inventory_app.db.engine import Database
from inventory_app.domain.errors import InputError
from inventory_app.services.ordering.order_document import order_document
from inventory_app.services.ordering.order_reads import order_rows
from inventory_app.services.ordering.orders import send_order
from inventory_app.ui.render.order_files import check_document_path, write_order_file
from tests.services.order_fixtures import ordering_bar


@pytest.mark.parametrize("name", ["order.pdf", "ORDER.PDF", "order.xlsx"])
def test_a_pdf_or_a_workbook(name: str, session: Session, tmp_path: Path) -> None:
    document = order_document(session, ordering_bar(session)["Rialto"])
    path = write_order_file(tmp_path / name, document)
    head = path.read_bytes()[:4]
    assert head == (b"%PDF" if name.lower().endswith(".pdf") else b"PK\x03\x04")
    if path.suffix == ".xlsx":
        assert load_workbook(path).active is not None


@pytest.mark.parametrize("name", ["order.csv", "order", "order.xls", "order.pdf.txt"])
def test_any_other_suffix_is_refused(name: str) -> None:
    with pytest.raises(InputError, match=r"a \.pdf or an \.xlsx"):
        check_document_path(Path(name))


def test_a_refused_suffix_sends_nothing(db: Database, tmp_path: Path) -> None:
    """The writer refuses inside the sending transaction: the order stays a draft, unnumbered."""
    with db.transaction() as session:
        rialto = ordering_bar(session)["Rialto"]
    with pytest.raises(InputError), db.transaction() as session:
        send_order(session, rialto, author="owner", out=tmp_path / "o.csv",
                   write=write_order_file)  # fmt: skip
    with db.reading() as session:
        row = next(r for r in order_rows(session) if r.order_id == rialto)
    assert (row.status, row.number) == ("draft", "")
    assert not (tmp_path / "o.csv").exists()
