"""The progress of an import over its passes, and Cancel: a callback answering False."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from inventory_app.io.sales_file import SalesFormat, SalesStream
from inventory_app.services.imports.progress import ImportCancelled, Ticker


def stream(total: int, done: int) -> SalesStream:
    lines: Iterator[object] = iter(())
    return SalesStream("sales.csv", SalesFormat.GENERIC, lines, total, lambda: done)  # type: ignore[arg-type]


def test_progress_counts_both_passes_against_twice_the_lines() -> None:
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return True

    ticker = Ticker(progress, passes=2)
    ticker.tick(stream(100, 40), 0)
    ticker.tick(stream(100, 100), 0)
    ticker.tick(stream(100, 30), 1)
    ticker.tick(stream(100, 120), 1)  # a reader past its estimate never shows over 100%
    assert calls == [(40, 200), (100, 200), (130, 200), (200, 200)]


def test_answering_false_cancels_and_none_goes_on() -> None:
    ticker = Ticker(lambda done, total: done < 50, passes=1)
    ticker.tick(stream(100, 49), 0)
    with pytest.raises(ImportCancelled, match="the import was cancelled; nothing was imported"):
        ticker.tick(stream(100, 50), 0)
    Ticker(lambda done, total: None, passes=1).tick(stream(100, 100), 0)  # type: ignore[arg-type,return-value]


def test_no_callback_ticks_nothing() -> None:
    Ticker(None, passes=2).tick(stream(10, 99), 5)
