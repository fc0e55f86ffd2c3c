"""What the dashboard and the stock page reuse between reads always equals a fresh read.

The weeks of usage behind days of cover are summed once and reused until a write dated
in the past (services/ordering/usage_profiles.py); level and stock rows are rebuilt only when
their columns change (services/ordering/levels.py, services/views/stock.py). Each case changes
the bar the way a terminal does (a sale now, a backdated write from another connection
or process, midnight, an undo, a rollback) and compares the reused answer with the
ledger's own and with a read that starts from nothing.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from inventory_app.db.engine import Database
from inventory_app.db.migrate import open_database
from inventory_app.db.models import utcnow
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.services.catalogue.items import SupplierSpec, find_item, save_item, save_supplier
from inventory_app.services.ledger import usage
from inventory_app.services.ledger.movements import compensate, record_movement
from inventory_app.services.ordering import levels, usage_profiles
from inventory_app.services.ordering.levels import usage_profiles as profiles_of
from inventory_app.services.views import stock as stock_view
from inventory_app.services.views.dashboard import Dashboard, dashboard
from inventory_app.services.views.stock import StockRow, stock_rows
from tests.conftest import AUTHOR
from tests.services.order_fixtures import stock_bar
from tests.services.usage_fixtures import ledger_profiles

D = Decimal
TODAY = utcnow().date()  # the day the services date a movement made now
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def bar(db: Database) -> dict[str, int]:
    """The order fixtures' bar with seven weeks of evenings sold, committed."""
    with db.transaction() as s:
        items = stock_bar(s)
        for back in range(1, 50):
            at = datetime.combine(TODAY - timedelta(days=back), time(21))
            for n, sku in enumerate(("GIN", "VER", "SODA")):
                record_movement(
                    s, items[sku], -D(25 + back % 7 + n), Reason.SALE, author=AUTHOR, at=at
                )
    return items


@pytest.fixture
def other(db_url: str) -> Iterator[Database]:
    """A second terminal on the same database: its own engine, its own caches."""
    database = open_database(db_url)
    yield database
    database.dispose()


def _forget() -> None:
    """What this process reuses between reads, dropped: the next read starts from nothing."""
    usage_profiles._CACHE.clear()
    levels._ROWS.clear()
    stock_view._ROWS.clear()


def _fresh_dashboard(db: Database, today: date = TODAY) -> Dashboard:
    _forget()
    with db.reading() as s:
        return dashboard(s, today=today)


def _fresh_stock(db: Database) -> list[StockRow]:
    _forget()
    with db.reading() as s:
        return stock_rows(s)


def _same_as_fresh(db: Database, today: date = TODAY) -> None:
    """The reused answers equal the ledger's profiles and reads that start from nothing."""
    with db.reading() as s:
        for weeks in (1, 6):
            assert profiles_of(s, today=today, weeks=weeks) == ledger_profiles(
                s, today=today, weeks=weeks
            )
        board, stock = dashboard(s, today=today), stock_rows(s)
    assert board == _fresh_dashboard(db, today)
    assert stock == _fresh_stock(db)


def _sell_now(db: Database, sku: str, quantity: int = 30) -> int:
    with db.transaction() as s:
        item = find_item(s, sku).id
        return record_movement(s, item, -D(quantity), Reason.SALE, author=AUTHOR)


def _profiles(db: Database, today: date = TODAY) -> dict[int, tuple[Decimal, ...]]:
    with db.reading() as s:
        return profiles_of(s, today=today, weeks=6)


def test_sales_today_keep_the_weeks_summed_and_move_the_rows(db: Database, bar: dict) -> None:
    _same_as_fresh(db)
    for sku in ("GIN", "VER", "GIN"):
        before = _profiles(db)
        _sell_now(db, sku)
        assert _profiles(db) is before, "a sale of today changed no day already past"
        _same_as_fresh(db)


def test_a_backdated_write_from_another_terminal_is_seen(
    db: Database, other: Database, bar: dict
) -> None:
    _same_as_fresh(db)
    before = _profiles(db)
    with other.transaction() as s:
        at = datetime.combine(TODAY - timedelta(days=9), time(20))
        record_movement(s, bar["RUM"], D(-45), Reason.WASTE, author=AUTHOR, at=at)
    after = _profiles(db)
    assert after[bar["RUM"]] != before.get(bar["RUM"])
    assert after[bar["GIN"]] is before[bar["GIN"]], "an item the write did not move keeps its row"
    _same_as_fresh(db)


def test_a_backdated_write_from_another_process_is_seen(
    db: Database, db_url: str, bar: dict
) -> None:
    _same_as_fresh(db)
    before = _profiles(db)
    script = (
        "import sys\n"
        "from datetime import timedelta\n"
        "from decimal import Decimal\n"
        "from inventory_app.db.migrate import open_database\n"
        "from inventory_app.db.models import utcnow\n"
        "from inventory_app.domain.catalogue import Reason\n"
        "from inventory_app.services.ledger.movements import record_movement\n"
        "db = open_database(sys.argv[1])\n"
        "with db.transaction() as s:\n"
        "    at = utcnow() - timedelta(days=12)\n"
        "    item, waste = int(sys.argv[2]), Decimal(-60)\n"
        "    record_movement(s, item, waste, Reason.COMP, author='owner', at=at)\n"
        "db.dispose()\n"
    )
    command = [sys.executable, "-c", script, db_url, str(bar["SODA"])]
    subprocess.run(command, check=True, cwd=REPO, timeout=120)
    assert _profiles(db) != before
    _same_as_fresh(db)


def test_midnight_a_new_day_and_a_sale_committed_after_it(
    db: Database, other: Database, bar: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sale dated before midnight, committed after it, is not backdated to its writer:
    the day before today is read every time, so it counts all the same."""
    monkeypatch.setattr(usage, "utc_today", lambda: TODAY)
    _same_as_fresh(db)
    with other.transaction() as s:
        late = datetime.combine(TODAY, time(23, 59, 59))
        record_movement(s, bar["GIN"], D(-70), Reason.SALE, author=AUTHOR, at=late)
        monkeypatch.setattr(usage, "utc_today", lambda: TODAY + timedelta(days=1))
        _profiles(db, TODAY + timedelta(days=1))  # summed while the sale is not committed
    _same_as_fresh(db, TODAY + timedelta(days=1))
    _same_as_fresh(db, TODAY)  # and the day before still answers as it did


def test_an_undo_keeps_the_usage_as_the_ledger_does(db: Database, bar: dict) -> None:
    sale = _sell_now(db, "VER")
    with db.reading() as s:
        dashboard(s, today=TODAY)
    with db.transaction() as s:
        compensate(s, sale, author=AUTHOR)
        past = datetime.combine(TODAY - timedelta(days=3), time(20))
        waste = record_movement(s, bar["GIN"], D(-5), Reason.WASTE, author=AUTHOR, at=past)
    _same_as_fresh(db)
    with db.transaction() as s:
        compensate(s, waste, author=AUTHOR)
    _same_as_fresh(db)


def test_a_rolled_back_backdated_write_is_forgotten(db: Database, bar: dict) -> None:
    """Summed inside the writing transaction (so with its revision row), then rolled back;
    the next backdated write appends a row at the same place, with another random token."""
    _same_as_fresh(db)
    past = datetime.combine(TODAY - timedelta(days=4), time(20))
    with pytest.raises(RuntimeError), db.transaction() as s:
        record_movement(s, bar["GIN"], D(-500), Reason.WASTE, author=AUTHOR, at=past)
        assert profiles_of(s, today=TODAY, weeks=6) == ledger_profiles(s, today=TODAY, weeks=6)
        raise RuntimeError("the terminal gave up")
    with db.transaction() as s:
        record_movement(s, bar["GIN"], D(-7), Reason.WASTE, author=AUTHOR, at=past)
    _same_as_fresh(db)


def test_item_and_supplier_edits_rebuild_their_rows(db: Database, bar: dict) -> None:
    _same_as_fresh(db)
    with db.transaction() as s:
        save_item(s, ItemSpec(sku="SODA", name="Soda water", reorder_at=D(9)), author=AUTHOR)
        save_supplier(s, SupplierSpec("Rialto", contact="Giulia", lead_time_days=30), author=AUTHOR)
    _same_as_fresh(db)
    with db.reading() as s:
        assert [r.name for r in stock_rows(s) if r.sku == "SODA"] == ["Soda water"]
        board = dashboard(s, today=TODAY)
    assert "VER" in {r.sku for r in board.running_out}, "a month's lead time outlasts the vermouth"


def test_two_bars_in_one_process_never_share_what_they_reuse(
    db: Database, bar: dict, tmp_path: Path
) -> None:
    """The same item ids in another database: rows are checked column by column and the
    weeks kept per engine, so reading one never answers for the other."""
    second = open_database(f"sqlite:///{tmp_path / 'second.sqlite3'}")
    try:
        with second.transaction() as s:
            items = stock_bar(s)
            at = datetime.combine(TODAY - timedelta(days=2), time(21))
            record_movement(s, items["GIN"], D(-300), Reason.SALE, author=AUTHOR, at=at)
        for _ in range(2):
            with db.reading() as s:
                first_board, first_stock = dashboard(s, today=TODAY), stock_rows(s)
            with second.reading() as s:
                second_board, second_stock = dashboard(s, today=TODAY), stock_rows(s)
            assert first_board == _fresh_dashboard(db)
            assert first_stock == _fresh_stock(db)
            assert second_board == _fresh_dashboard(second)
            assert second_stock == _fresh_stock(second)
    finally:
        second.dispose()


def test_a_restored_backup_is_seen_by_the_window_and_other_terminals(
    db: Database, other: Database, bar: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A backup from a few days ago, restored: its usage rows differ from the settled weeks
    summed before, yet no write was backdated since it was taken, so its revision rows are
    the very rows the open database has. Both the window that restores and a terminal on
    the same file must read the restored weeks."""
    from inventory_app.db.engine import sqlite_path
    from inventory_app.services.backups.files import back_up_now
    from inventory_app.services.backups.restoring import restore_open

    if sqlite_path(db.url) is None:
        pytest.skip("SQLite only: a server database is restored with its own tools")
    backup = back_up_now(db.url, out=tmp_path / "monday.sqlite3")
    # Later that day (five days ago): a sale of that day, so not backdated to its writer.
    then = TODAY - timedelta(days=5)
    monkeypatch.setattr(usage, "utc_today", lambda: then)
    with db.transaction() as s:
        at = datetime.combine(then, time(22))
        record_movement(s, bar["RUM"], D(-400), Reason.SALE, author=AUTHOR, at=at)
    monkeypatch.undo()
    before = _profiles(db)
    with other.reading() as s:
        assert profiles_of(s, today=TODAY, weeks=6) == before
    restore_open(db, backup, sign_in=lambda _database: "owner")
    with db.reading() as s:
        assert profiles_of(s, today=TODAY, weeks=6) == ledger_profiles(s, today=TODAY, weeks=6)
    with other.reading() as s:
        assert profiles_of(s, today=TODAY, weeks=6) == ledger_profiles(s, today=TODAY, weeks=6)
