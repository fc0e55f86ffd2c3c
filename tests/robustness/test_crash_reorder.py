"""A reorder export killed at random moments: each workbook absent or whole, orders whole.

The child does what the owner does after closing: writes the reorder workbook, saves the
proposal as draft orders, and sends each (its supplier's document written, the order
marked sent and numbered).
"""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from inventory_app.db.engine import Database
from inventory_app.db.migrate import open_database
from inventory_app.db.models import OrderLine, PurchaseOrder, Supplier
from inventory_app.domain.catalogue import Reason
from inventory_app.io.reorder_workbook import FIRST_LINE, HEADER, HEADER_ROW, write_reorder_workbook
from inventory_app.services.catalogue.items import SupplierSpec, save_supplier
from inventory_app.services.ledger.movements import record_movement
from inventory_app.services.ordering.orders import create_orders, send_order
from inventory_app.services.ordering.reorder import reorder_proposal
from tests.conftest import assert_ledger_invariant, make_item
from tests.robustness.bar import AUTHOR
from tests.robustness.crash_kit import (
    crash_seed,
    fresh_copy,
    integrity,
    run_and_kill,
    seed_on_failure,
)

KILLS = 20
SUPPLIERS = 6
ITEMS_EACH = 30
D = Decimal


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


def _sku(supplier: int, n: int) -> str:
    return f"S{supplier}-{n:02d}"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Suppliers whose every item is below its reorder point (a closed SQLite file)."""
    path = tmp_path_factory.mktemp("reorder-crash") / "template.sqlite3"
    database = open_database(_url(path))
    with database.transaction() as s:
        for supplier in range(SUPPLIERS):
            save_supplier(s, SupplierSpec(f"Supplier {supplier}", contact="Ada"), author="owner")
            for n in range(ITEMS_EACH):
                item = make_item(
                    s, _sku(supplier, n), supplier=f"Supplier {supplier}", pack_size=6,
                    cost=D("12.40"), par=D(12), reorder_at=D(4),
                )  # fmt: skip
                record_movement(s, item, D(700 * (n % 4)), Reason.RECEIVE, author=AUTHOR)
    database.dispose()
    return path


def _export(path: Path, out: Path) -> None:
    """The owner's evening: the proposal's workbook, then the orders, each sent with its sheet."""
    database = open_database(_url(path))
    with database.reading() as session:
        proposals = reorder_proposal(session)
    write_reorder_workbook(out / "reorder.xlsx", proposals, day=date.today())
    with database.transaction() as session:
        drafts = create_orders(session, author=AUTHOR)
    for order_id in drafts:
        with database.transaction() as session:
            send_order(session, order_id, author=AUTHOR, out=out / f"order-{order_id}.xlsx")
    database.dispose()


def _sheet_skus(path: Path) -> dict[str, list[str]]:
    """Each sheet's SKUs, after checking it is a whole sheet: header, lines, total row."""
    book = load_workbook(path)
    found: dict[str, list[str]] = {}
    for sheet in book.worksheets:
        if sheet.title == "Nothing to order":
            found[sheet.title] = []
            continue
        header = [c.value for c in sheet[HEADER_ROW]][: len(HEADER)]
        assert tuple(header) == HEADER, f"{path.name} {sheet.title}: header {header}"
        last = sheet.max_row
        assert sheet.cell(last, 8).value == "Total", f"{path.name} {sheet.title}: no total row"
        assert sheet.cell(last, 9).value == f"=SUM(I{FIRST_LINE}:I{last - 1})"
        found[sheet.title] = [str(sheet.cell(r, 1).value) for r in range(FIRST_LINE, last)]
    return found


DOCUMENT_HEADER: list[object] = ["Code", "Item", "Cases", "Quantity", "Unit price", "Amount"]


def _document_skus(path: Path) -> tuple[str, list[str]]:
    """A sent order's document (io/order_workbook.py), after checking it is whole: its
    supplier, the lines' items (named 'Item <SKU>' here) and the totals' formulas."""
    sheet = load_workbook(path).active
    assert sheet is not None
    rows: list[list[object]] = [[c.value for c in row] for row in sheet.iter_rows()]
    assert DOCUMENT_HEADER in rows, f"{path.name}: no lines header"
    first = rows.index(DOCUMENT_HEADER) + 1
    last = next(i for i in range(first, len(rows)) if not rows[i][1]) - 1
    gross = next(r for r in rows if r[2] == "Total including VAT")
    assert str(gross[5]).startswith("=F"), f"{path.name}: no total"
    supplier = next(r[1] for r in rows if r[0] == "Supplier")
    return str(supplier), [str(r[1]).removeprefix("Item ") for r in rows[first : last + 1]]


def _orders(database: Database) -> dict[int, tuple[str, str, list[str]]]:
    """Order id -> (supplier, status, its SKUs in order)."""
    with database.reading() as s:
        rows = s.execute(
            select(PurchaseOrder.id, Supplier.name, PurchaseOrder.status).join(
                Supplier, Supplier.id == PurchaseOrder.supplier_id
            )
        ).all()
        lines = {
            order_id: sorted(
                s.scalars(select(OrderLine).where(OrderLine.order_id == order_id)),
                key=lambda x: x.item.sku,
            )
            for order_id, _, _ in rows
        }
        return {
            order_id: (name, status, [x.item.sku for x in lines[order_id]])
            for order_id, name, status in rows
        }


def _check(database: Database, out: Path, wanted: dict[str, list[str]]) -> bool:
    """Everything on disk and in the database is whole; True when the evening is done."""
    files = {p.name for p in out.iterdir() if not p.name.startswith(".")}
    if "reorder.xlsx" in files:
        sheets = _sheet_skus(out / "reorder.xlsx")
        assert sheets == wanted or sheets == {"Nothing to order": []}, "a partial reorder sheet"
    orders = _orders(database)
    suppliers = [name for name, status, _ in orders.values() if status != "cancelled"]
    assert len(suppliers) == len(set(suppliers)), f"two open orders for one supplier: {orders}"
    for order_id, (name, status, skus) in orders.items():
        assert skus == wanted[name], f"order {order_id} is missing lines"
        sheet = f"order-{order_id}.xlsx"
        if status == "sent":
            assert sheet in files, f"order {order_id} is sent but its sheet is missing"
        if sheet in files:
            assert _document_skus(out / sheet) == (name, skus)
    sent = sorted(name for name, status, _ in orders.values() if status == "sent")
    return sent == sorted(wanted) and "reorder.xlsx" in files


def test_a_killed_export_leaves_whole_files_and_orders_and_finishes_when_run_again(
    template: Path, tmp_path: Path
) -> None:
    work, out = tmp_path / "bar.sqlite3", tmp_path / "out"
    out.mkdir()
    run_and_kill(lambda: _export(fresh_copy(template, work), out), None)  # warms the imports
    _start_over(template, work, out)
    clean = run_and_kill(lambda: _export(fresh_copy(template, work), out), None)
    wanted = _sheet_skus(out / "reorder.xlsx")
    assert len(wanted) == SUPPLIERS
    seed = crash_seed()
    rng = random.Random(seed)
    _start_over(template, work, out)
    finished = 0
    for kill in range(KILLS):
        delay = rng.uniform(0, clean.seconds * 1.1)
        with seed_on_failure(seed, kill, delay):
            outcome = run_and_kill(lambda: _export(work, out), delay)
            assert integrity(work) == "ok"
            database = open_database(_url(work))
            assert_ledger_invariant(database)
            done = _check(database, out, wanted)
            assert done or not outcome.finished
            database.dispose()
            if done:
                _start_over(template, work, out)
                finished += 1
    _export(work, out)
    database = open_database(_url(work))
    assert _check(database, out, wanted)
    database.dispose()
    print(
        f"\nreorder export ({clean.seconds:.2f} s): {KILLS} kills, {finished} after the "
        f"last commit; seed {seed}"
    )


def _start_over(template: Path, work: Path, out: Path) -> None:
    fresh_copy(template, work)
    for path in out.iterdir():
        path.unlink()
