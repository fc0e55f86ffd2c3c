"""The window's one way to run work: an Op writes and says what changed, a Query reads.

Real SQLite files throughout; the signals are waited for as the window would hear them.
"""

from __future__ import annotations

import sqlite3
import threading
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy.orm import Session

from inventory_app.db.engine import Database
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.errors import InventoryError
from inventory_app.domain.units import Unit
from inventory_app.services.ledger import movements as stock
from inventory_app.services.settings import all_settings, set_setting
from inventory_app.services.views.timeline import TimelineFilter
from inventory_app.ui import queries
from inventory_app.ui.context import AppContext, Change
from inventory_app.ui.ops import Op, Query, read_now
from inventory_app.ui.pages.history_page import HistoryPage
from tests.conftest import AUTHOR
from tests.ui.conftest import Bar, heard

WAIT_MS = 5000


def test_an_op_announces_what_it_changed_once(qtbot: Any, context: AppContext) -> None:
    said = heard(context)
    op = Op(context, Change.SETTINGS, lambda s: set_setting(s, "vat_rate_pct", "10", author=AUTHOR))
    with qtbot.waitSignal(context.changes.changed) as signal:
        assert op.run() is None
    assert signal.args == [Change.SETTINGS] and said == [Change.SETTINGS]
    assert read_now(context.database, all_settings)["vat_rate_pct"] == "10"


def test_an_op_gives_back_what_the_work_returned(context: AppContext, bar: Bar) -> None:
    def adjust(session: Session) -> int:
        return stock.adjust(session, "GIN-TANQ", Decimal(-20), Unit.ML, Reason.WASTE, author=AUTHOR)

    done = Op(context, Change.STOCK, adjust).run()
    assert isinstance(done, int) and done > 0


def test_a_refused_op_returns_the_message_and_changes_nothing(
    qtbot: Any, context: AppContext, bar: Bar
) -> None:
    said = heard(context)

    def refused(session: Session) -> None:
        set_setting(session, "vat_rate_pct", "10", author=AUTHOR)  # rolled back with the rest
        stock.adjust(session, "NO-SUCH", Decimal(1), Unit.ML, Reason.WASTE, author=AUTHOR)

    with qtbot.assertNotEmitted(context.changes.changed):
        error = Op(context, Change.STOCK, refused).run()
    assert isinstance(error, InventoryError)
    # The service's own words, unchanged.
    with pytest.raises(InventoryError) as direct, context.database.transaction() as session:
        stock.adjust(session, "NO-SUCH", Decimal(1), Unit.ML, Reason.WASTE, author=AUTHOR)
    assert str(error) == str(direct.value)
    assert said == [] and read_now(context.database, all_settings)["vat_rate_pct"] != "10"


def test_an_op_in_a_worker_raises_and_is_announced_by_the_caller(
    qtbot: Any, context: AppContext
) -> None:
    """`call` is the transaction alone (a long import runs it on a worker thread)."""
    said = heard(context)
    op = Op(
        context,
        Change.SETTINGS | Change.PEOPLE,
        lambda s: set_setting(s, "vat_rate_pct", "x", author=AUTHOR),
    )
    with pytest.raises(InventoryError):
        op.call()
    assert said == []
    op.announce()
    assert said == [Change.SETTINGS | Change.PEOPLE]


def query() -> tuple[Query[int], list[object]]:
    """A Query whose answers and errors land in one list, in the order they arrive."""
    got: list[object] = []
    asked: Query[int] = Query(shown=got.append, failed=got.append, failure="could not count")
    return asked, got


def count(database: Database) -> int:
    return queries.count_timeline(database, TimelineFilter())


def test_a_query_answers_on_the_ui_thread(qtbot: Any, context: AppContext, bar: Bar) -> None:
    got: list[object] = []
    threads: list[threading.Thread] = []

    def shown(total: int) -> None:
        threads.append(threading.current_thread())
        got.append(total)

    asked = Query(shown=shown, failed=got.append, failure="could not count")
    asked.ask(lambda: count(context.database))
    assert asked.waiting
    qtbot.waitUntil(lambda: bool(got), timeout=WAIT_MS)
    assert got == [count(context.database)] and threads == [threading.main_thread()]
    assert not asked.waiting


def test_an_older_querys_answer_is_dropped(qtbot: Any, context: AppContext, bar: Bar) -> None:
    """The first question's reading is held until the second's has been shown."""
    asked, got = query()
    first_may_answer = threading.Event()

    def first() -> int:
        first_may_answer.wait(WAIT_MS / 1000)
        return -count(context.database)

    asked.ask(first)
    asked.ask(lambda: count(context.database))
    qtbot.waitUntil(lambda: bool(got), timeout=WAIT_MS)
    first_may_answer.set()
    qtbot.wait(200)  # the first answer arrives now, for a question nobody asks any more
    assert got == [count(context.database)]


def test_a_dropped_query_shows_nothing(qtbot: Any, context: AppContext, bar: Bar) -> None:
    asked, got = query()
    reading = threading.Event()
    asked.ask(lambda: reading.wait(WAIT_MS / 1000) and count(context.database))
    asked.drop()
    assert not asked.waiting
    reading.set()
    qtbot.wait(200)
    assert got == []


def test_a_querys_error_comes_as_its_message(qtbot: Any) -> None:
    got: list[object] = []
    asked: Query[int] = Query(shown=got.append, failed=got.append, failure="could not count")
    asked.ask(lambda: int("a dozen"))
    qtbot.waitUntil(lambda: bool(got), timeout=WAIT_MS)
    [error] = got
    assert isinstance(error, InventoryError)
    assert str(error) == "could not count: invalid literal for int() with base 10: 'a dozen'"


def test_a_querys_error_reaches_the_page_as_a_message(
    qtbot: Any, context: AppContext, bar: Bar, db: Database
) -> None:
    """The History page searches in the background; a file that lost its table says so."""
    page = HistoryPage(context)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignals([page.choices_shown, page.counted], timeout=WAIT_MS):
        pass
    if not db.url.startswith("sqlite:///"):
        pytest.skip("the damage is done with sqlite3")
    with sqlite3.connect(db.url.removeprefix("sqlite:///")) as damage:
        damage.execute("DROP TABLE audit_log")  # the timeline reads it beside the movements
    page.filters.search.setText("Campari")
    page.filters.flush_search()
    qtbot.waitUntil(lambda: page.message.isVisible(), timeout=WAIT_MS)
    assert page.message.text().startswith(
        ("could not search the history: ", "could not count the lines: ")
    )
    assert "no such table: audit_log" in page.message.text()
