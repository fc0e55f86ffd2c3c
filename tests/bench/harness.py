"""The benchmark harness: interleaved timing, medians, one table, one verdict per scenario.

Every figure is a ratio against a baseline measured in the same run, interleaved
(baseline, subject, baseline, subject...) so that load from other processes falls on
both alike; the median of several runs keeps one slow run from deciding.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    """One scenario: its subject and baseline (median seconds, or MiB) and the target ratio."""

    name: str
    subject: float
    baseline: float
    target: float
    runs: int
    unit: str = "ms"

    @property
    def ratio(self) -> float:
        return self.subject / self.baseline

    @property
    def passed(self) -> bool:
        return self.ratio <= self.target


def interleaved(
    baseline: Callable[[], object], subject: Callable[[], object], *, runs: int, warm: bool = True
) -> tuple[float, float]:
    """Median seconds of each, timed alternately; one untimed warm-up of each first (`warm`).

    A callable that needs untimed set-up (a fresh copy of a database) times itself
    and returns its seconds as a float; any other return value is ignored.
    """
    if warm:
        baseline()
        subject()
    base: list[float] = []
    ours: list[float] = []
    for _ in range(runs):
        base.append(_seconds(baseline))
        ours.append(_seconds(subject))
    return statistics.median(base), statistics.median(ours)


def compare(
    name: str,
    baseline: Callable[[], object],
    subject: Callable[[], object],
    *,
    target: float,
    runs: int = 5,
    per: int = 1,
    warm: bool = True,
) -> Result:
    """A timed scenario; `per` divides the times when one call does `per` operations."""
    base, ours = interleaved(baseline, subject, runs=runs, warm=warm)
    return Result(name, ours / per, base / per, target, runs)


def _seconds(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    own = work()
    elapsed = time.perf_counter() - start
    return own if isinstance(own, float) else elapsed


def _amount(value: float, unit: str) -> str:
    if unit == "ms":
        return f"{value * 1e3:,.3f} ms"
    return f"{value:,.1f} {unit}"


def table(results: list[Result]) -> str:
    """The one table `make bench` prints: ratio first, absolute figures beside it."""
    head = ("scenario", "ratio", "target", "subject", "baseline", "runs")
    rows = [
        (
            r.name,
            f"{r.ratio:.3f}x" if r.ratio < 0.1 else f"{r.ratio:.2f}x",
            f"{r.target:g}x",
            _amount(r.subject, r.unit),
            _amount(r.baseline, r.unit),
            str(r.runs),
        )
        for r in results
    ]
    widths = [max(len(str(c)) for c in column) for column in zip(head, *rows, strict=True)]
    lines = [_line(head, widths), _line(tuple("-" * w for w in widths), widths)]
    lines += [_line(row, widths) for row in rows]
    return "\n".join(lines)


def _line(cells: tuple[str, ...], widths: list[int]) -> str:
    first, *rest = cells
    return "  ".join(
        [first.ljust(widths[0])] + [c.rjust(w) for c, w in zip(rest, widths[1:], strict=True)]
    )


def summary(results: list[Result]) -> list[str]:
    return [
        f"bench {r.name}: ratio {r.ratio:.3g} (target {r.target:g}) "
        f"{'PASS' if r.passed else 'FAIL'}"
        for r in results
    ]


def report(results: list[Result]) -> int:
    """Print the table and the verdicts; the exit status is 1 when any scenario failed."""
    print(table(results))
    print()
    for line in summary(results):
        print(line)
    return 0 if all(r.passed for r in results) else 1
