"""A window left open across midnight still takes the day's backup, off the UI thread."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from inventory_app.db.backups import Reason, list_backups
from inventory_app.ui.daily_backups import DailyBackups
from tests.db.damage import demo_file


def test_the_next_day_takes_its_backup_once(qtbot: Any, tmp_path: Path) -> None:
    bar = demo_file(tmp_path / "bar.sqlite3")
    days = [date.today() - timedelta(days=1)]  # the window opened yesterday
    backups = DailyBackups(f"sqlite:///{bar}", interval_ms=3_600_000, today=lambda: days[0])
    said: list[str] = []
    backups.said.connect(said.append)
    backups.tick()
    backups.join()
    assert list_backups(bar) == []  # still the day it opened on: that one was taken then
    days[0] = date.today()  # midnight has passed
    with qtbot.waitSignal(backups.said, timeout=10_000):
        backups.tick()
    backups.join()
    taken = list_backups(bar)
    assert [(b.reason, b.taken.date()) for b in taken] == [(Reason.DAILY, date.today())]
    assert said == [f"Today's backup: {taken[0].path.name}"]
    backups.tick()  # the same day again: nothing more
    backups.join()
    assert len(list_backups(bar)) == 1


def test_a_failed_backup_is_said_and_the_window_goes_on(qtbot: Any, tmp_path: Path) -> None:
    bar = demo_file(tmp_path / "bar.sqlite3")
    (tmp_path / "backups").write_text("a file where the folder should be")
    days = [date.today() - timedelta(days=1)]
    backups = DailyBackups(f"sqlite:///{bar}", interval_ms=3_600_000, today=lambda: days[0])
    days[0] = date.today()
    with qtbot.waitSignal(backups.said, timeout=10_000) as said:
        backups.tick()
    backups.join()
    assert said.args is not None and said.args[0].startswith("Today's backup was not written:")
