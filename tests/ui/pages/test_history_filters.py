"""ui/pages/history_filters.py: the History page's filter bar, read as one TimelineFilter.

The choices come from the demo bar's file (`queries.load_timeline_choices`); each answer
the bar gives is checked by asking the timeline with it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from inventory_app.db.engine import Database
from inventory_app.domain.local_day import local_days
from inventory_app.services.views.timeline_rows import Kind, TimelineFilter
from inventory_app.ui import queries
from inventory_app.ui.pages.history_filters import ANY_DATE, HistoryFilters
from tests.ui.conftest import DEMO_OWNER


def filters_of(qtbot: Any, database: Database) -> HistoryFilters:
    bar = HistoryFilters()
    qtbot.addWidget(bar)
    bar.set_choices(queries.load_timeline_choices(database))
    bar.set_people(queries.load_timeline_people(database))
    return bar


def test_nothing_chosen_asks_for_everything(qtbot: Any, demo_db: Database) -> None:
    bar = filters_of(qtbot, demo_db)
    assert bar.current() == TimelineFilter()
    assert bar.since.date() == ANY_DATE and bar.since.text() == "Any"
    assert [bar.kind.itemText(n) for n in range(3)] == [
        "Everything", "Stock movements", "All changes",
    ]  # fmt: skip


def test_each_choice_lands_in_the_filter(qtbot: Any, demo_db: Database) -> None:
    bar = filters_of(qtbot, demo_db)
    choices = queries.load_timeline_choices(demo_db)
    item_id, _label = choices.items[0]
    with qtbot.waitSignal(bar.changed):
        bar.choose(bar.item, item_id)
    bar.choose(bar.person, DEMO_OWNER)
    bar.choose(bar.reason, "sale")
    bar.choose(bar.kind, Kind.MOVEMENT.value)
    bar.set_days(date(2026, 3, 2), date(2026, 3, 8))
    since, until = local_days(date(2026, 3, 2), date(2026, 3, 8))
    assert bar.current() == TimelineFilter(
        item_id=item_id, person=DEMO_OWNER, reason="sale", kind=Kind.MOVEMENT,
        since=since, until=until,
    )  # fmt: skip
    entity = choices.entities[0]
    bar.choose(bar.kind, f"{Kind.CHANGE.value}:{entity}")
    assert (bar.current().kind, bar.current().entity) == (Kind.CHANGE, entity)
    bar.set_days(None, None)
    assert (bar.current().since, bar.current().until) == (None, None)


def test_refilling_keeps_the_choice_and_asks_nothing(qtbot: Any, demo_db: Database) -> None:
    bar = filters_of(qtbot, demo_db)
    bar.choose(bar.reason, "sale")
    with qtbot.assertNotEmitted(bar.changed):
        bar.set_choices(queries.load_timeline_choices(demo_db))
    assert bar.current().reason == "sale"
    bar.choose(bar.person, "nobody")  # not offered: everyone
    assert bar.current().person == ""


def test_typing_asks_once_after_a_pause_and_enter_asks_at_once(
    qtbot: Any, demo_db: Database
) -> None:
    bar = filters_of(qtbot, demo_db)
    heard: list[str] = []
    bar.changed.connect(lambda: heard.append(bar.current().search))
    qtbot.keyClicks(bar.search, "Negr")
    assert heard == []
    qtbot.waitUntil(lambda: heard == ["Negr"], timeout=2000)
    qtbot.keyClicks(bar.search, "oni")
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    assert heard == ["Negr", "Negroni"]
    qtbot.wait(400)  # the pause was stopped: no second question for the same text
    assert heard == ["Negr", "Negroni"]
    bar.flush_search()  # nothing typed since: nothing asked
    assert heard == ["Negr", "Negroni"]
