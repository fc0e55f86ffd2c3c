"""The suppliers' documents into the month's folder (services/ordering/order_export.py):
drafts, the proposal and sending, each file named for the supplier, with its email."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy.orm import Session

from inventory_app.domain.errors import InputError
from inventory_app.domain.order_document import OrderDocument
from inventory_app.io.order_workbook import write_order_workbook
from inventory_app.services.ordering import order_reads
from inventory_app.services.ordering.order_export import (
    documents_root,
    export_orders,
    export_proposal,
    send_to_folder,
)
from inventory_app.services.settings import set_setting
from inventory_app.ui.render.order_files import write_order_file
from tests.services.order_fixtures import ordering_bar, stock_bar

DAY = date(2026, 12, 8)
XLSX = (".xlsx",)


def test_a_draft_goes_into_its_months_folder_named_for_the_supplier(
    session: Session, tmp_path: Path
) -> None:
    ids = ordering_bar(session)
    [laguna, rialto] = export_orders(
        session, [ids["Laguna Spirits"], ids["Rialto"]], write=write_order_workbook,
        root=tmp_path, suffixes=XLSX, today=DAY,
    )  # fmt: skip
    assert laguna.folder == tmp_path / "2026-12"
    assert laguna.files == (tmp_path / "2026-12" / "bozza 2026-12-08 Laguna Spirits.xlsx",)
    assert rialto.files == (tmp_path / "2026-12" / "draft 2026-12-08 Rialto.xlsx",)
    assert all(p.is_file() for p in laguna.files + rialto.files)
    assert laguna.mailto is None and laguna.email == ""  # Laguna gave no address
    assert rialto.mailto is not None
    assert rialto.mailto.startswith("mailto:orders@rialto.example?subject=Draft%20order%20")


def test_exporting_again_never_writes_over_the_first(session: Session, tmp_path: Path) -> None:
    rialto = ordering_bar(session)["Rialto"]
    first, again = (
        export_orders(session, [rialto], write=write_order_workbook, root=tmp_path,
                      suffixes=XLSX, today=DAY)[0]
        for _ in range(2)
    )  # fmt: skip
    assert [p.name for p in first.files + again.files] == [
        "draft 2026-12-08 Rialto.xlsx", "draft 2026-12-08 Rialto (2).xlsx",
    ]  # fmt: skip
    assert "Rialto%20%282%29.xlsx" in (again.mailto or "")


def test_the_proposal_is_a_draft_per_supplier_with_the_owners_quantities(
    session: Session, tmp_path: Path
) -> None:
    stock_bar(session)
    written = export_proposal(
        session, {("Laguna Spirits", "GIN"): Decimal(12)}, write=write_order_workbook,
        root=tmp_path, suffixes=XLSX, today=DAY,
    )  # fmt: skip
    assert [w.supplier for w in written] == ["Laguna Spirits", "Rialto"]
    assert [w.number for w in written] == ["", ""]
    sheet = load_workbook(written[0].files[0]).active
    assert sheet is not None
    cells = [c for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert "LS-1" in cells and "2 cases of 6" in cells and 12 in cells


def test_sending_numbers_the_order_and_writes_both_files(
    qapp: Any, session: Session, tmp_path: Path
) -> None:
    rialto = ordering_bar(session)["Rialto"]
    sent = send_to_folder(
        session, rialto, author="owner", write=write_order_file, root=tmp_path,
        suffixes=(".pdf", ".xlsx"),
    )  # fmt: skip
    number = next(r.number for r in order_reads.order_rows(session) if r.order_id == rialto)
    today = date.today()
    folder = tmp_path / f"{today:%Y-%m}"
    assert sent.number == number
    assert sent.files == (folder / f"{number} Rialto.pdf", folder / f"{number} Rialto.xlsx")
    assert sent.files[0].read_bytes().startswith(b"%PDF")
    assert f"subject=Order%20{number}%20%E2%80%93%20La%20Chiusa" in (sent.mailto or "")


def test_a_format_that_cannot_be_written_takes_the_other_with_it(
    session: Session, tmp_path: Path
) -> None:
    rialto = ordering_bar(session)["Rialto"]

    def pdf_fails(path: Path, document: OrderDocument) -> Path:
        if path.suffix == ".pdf":
            raise OSError("disk full")
        return write_order_workbook(path, document)

    with pytest.raises(OSError):
        export_orders(session, [rialto], write=pdf_fails, root=tmp_path,
                      suffixes=(".xlsx", ".pdf"), today=DAY)  # fmt: skip
    assert list((tmp_path / "2026-12").iterdir()) == []


def test_the_documents_folder_is_the_setting_else_ordini_in_the_users_documents(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("platformdirs.user_documents_dir", lambda: str(tmp_path / "Documenti"))
    set_setting(session, "bar_language", "it", author="owner")
    assert documents_root(session) == tmp_path / "Documenti" / "Ordini"
    set_setting(session, "order_documents_folder", str(tmp_path / "bar"), author="owner")
    assert documents_root(session) == tmp_path / "bar"


def test_the_owners_format_is_the_setting(session: Session, tmp_path: Path) -> None:
    rialto = ordering_bar(session)["Rialto"]
    set_setting(session, "order_document_format", "xlsx", author="owner")
    [written] = export_orders(session, [rialto], write=write_order_workbook, root=tmp_path)
    assert [p.suffix for p in written.files] == [".xlsx"]
    with pytest.raises(InputError, match="order_document_format is one of both, pdf, xlsx"):
        set_setting(session, "order_document_format", "docx", author="owner")
    with pytest.raises(InputError, match="whole folder path"):
        set_setting(session, "order_documents_folder", "Ordini", author="owner")
