"""Order numbers (services/ordering/order_numbers.py): given at sending, sequential per
year, never given twice, also by two terminals sending at once on PostgreSQL."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from inventory_app.db.engine import Database
from inventory_app.db.models import PurchaseOrder
from inventory_app.services.ordering.order_numbers import next_sequence, number_order
from inventory_app.services.ordering.order_reads import order_rows
from inventory_app.services.ordering.orders import cancel_order, create_orders, send_order
from tests.services.order_fixtures import ordering_bar


def _send(session: Session, order_id: int, tmp_path: Path) -> str:
    send_order(session, order_id, author="owner", out=tmp_path / f"{order_id}.xlsx",
               write=lambda path, _document: path)  # fmt: skip
    return next(r.number for r in order_rows(session) if r.order_id == order_id)


def test_numbers_are_given_at_sending_in_order(session: Session, tmp_path: Path) -> None:
    drafts = ordering_bar(session)
    assert {r.number for r in order_rows(session)} == {""}  # drafts have none
    year = date.today().year
    assert _send(session, drafts["Rialto"], tmp_path) == f"{year}-0001"
    assert _send(session, drafts["Laguna Spirits"], tmp_path) == f"{year}-0002"


def test_a_cancelled_orders_number_is_never_given_again(session: Session, tmp_path: Path) -> None:
    drafts = ordering_bar(session)
    first = _send(session, drafts["Rialto"], tmp_path)
    cancel_order(session, drafts["Rialto"], author="owner")
    new_draft = create_orders(session, author="owner", suppliers=["Rialto"])[0]
    second = _send(session, new_draft, tmp_path)
    assert (first[-4:], second[-4:]) == ("0001", "0002")


def test_each_year_starts_at_one_and_a_number_is_kept(session: Session) -> None:
    drafts = ordering_bar(session)
    laguna = session.get(PurchaseOrder, drafts["Laguna Spirits"])
    rialto = session.get(PurchaseOrder, drafts["Rialto"])
    assert laguna is not None and rialto is not None
    assert number_order(session, laguna, date(2026, 12, 31)) == "2026-0001"
    assert number_order(session, rialto, date(2027, 1, 1)) == "2027-0001"
    assert number_order(session, rialto, date(2027, 1, 2)) == "2027-0001"  # once given, kept
    assert (next_sequence(session, 2026), next_sequence(session, 2027)) == (2, 2)


def test_two_terminals_sending_at_once_take_two_numbers(db: Database, tmp_path: Path) -> None:
    """On PostgreSQL both read the same highest number; the second waits for the first's
    commit, is refused by the unique index, and retries. SQLite lets one writer at a time."""
    if db.url.startswith("sqlite"):
        pytest.skip("SQLite takes the write lock at BEGIN: the two sends never overlap")
    with db.transaction() as session:
        drafts = ordering_bar(session)
    first_read = threading.Event()
    numbers: dict[str, str] = {}

    def terminal(supplier: str, *, hold: bool) -> None:
        with db.transaction() as session:
            order = session.get(PurchaseOrder, drafts[supplier])
            assert order is not None
            numbers[supplier] = number_order(session, order, date(2026, 3, 6))
            if hold:  # keep the number uncommitted while the other terminal reads and writes
                first_read.set()
                threading.Event().wait(0.5)

    holder = threading.Thread(target=terminal, args=("Rialto",), kwargs={"hold": True})
    holder.start()
    first_read.wait(10)
    terminal("Laguna Spirits", hold=False)
    holder.join(10)
    assert sorted(numbers.values()) == ["2026-0001", "2026-0002"]
