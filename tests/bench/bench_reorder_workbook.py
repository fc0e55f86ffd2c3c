"""Scenario 4: the reorder workbook for 500 items and 10 suppliers, against bare openpyxl."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from inventory_app.db.migrate import open_database
from inventory_app.io.reorder_workbook import HEADER, write_reorder_workbook
from inventory_app.services.ordering.reorder import SupplierProposal, reorder_proposal
from tests.bench.bar_data import bar_file
from tests.bench.harness import Result, compare

DAY = date(2026, 11, 23)


def run(folder: Path) -> list[Result]:
    db = open_database(f"sqlite:///{bar_file()}")
    with db.reading() as session:
        proposals = _everything_to_order(reorder_proposal(session))
    db.dispose()

    def baseline() -> None:
        _bare_openpyxl(folder / "bare.xlsx", proposals)

    def subject() -> None:
        write_reorder_workbook(folder / "reorder.xlsx", proposals, day=DAY)

    return [compare("reorder workbook (500 items)", baseline, subject, target=2, runs=5)]


def _everything_to_order(proposals: list[SupplierProposal]) -> list[SupplierProposal]:
    lines = sum(len(p.lines) for p in proposals)
    assert lines == 500, f"the big bar should need all 500 items ordered, got {lines}"
    return proposals


def _bare_openpyxl(path: Path, proposals: list[SupplierProposal]) -> None:
    """The same cells (title, header, lines, total) in write-only mode, no styling."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    for proposal in proposals:
        sheet = book.create_sheet(proposal.supplier[:31])
        sheet.append([proposal.supplier])
        sheet.append([proposal.contact])
        sheet.append(["Date", DAY])
        sheet.append([])
        sheet.append(list(HEADER))
        first = 6
        for row, line in enumerate(proposal.lines, start=first):
            sheet.append(
                [line.sku, line.supplier_code, line.name, line.on_hand, line.par, line.pack_size,
                 line.quantity, line.unit_cost, f"=G{row}*H{row}"]
            )  # fmt: skip
        last = first + len(proposal.lines)
        sheet.append([None] * 7 + ["Total", f"=SUM(I{first}:I{last - 1})"])
    book.save(path)
