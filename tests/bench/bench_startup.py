"""Scenario 5: start-up on 1,000,000 movements, against a bare PySide6 empty QMainWindow.

Each start is a fresh process under QT_QPA_PLATFORM=offscreen, timed from just before
it is spawned to its window's first paint (the frame), and to the first paint of the page
the window opens on, built with its rows ("stock shown": the Dashboard, the first page).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.bench.bar_data import bar_file
from tests.bench.harness import Result

RUNS = 5


def run(folder: Path) -> list[Result]:
    url = f"sqlite:///{bar_file()}"
    _start("bare")
    _start("app", url)  # warm the file cache for both
    bare: list[float] = []
    painted: list[float] = []
    stock: list[float] = []
    for _ in range(RUNS):
        bare.append(_start("bare")[0])
        paint, rows = _start("app", url)
        painted.append(paint)
        stock.append(rows)
    base = statistics.median(bare)
    return [
        Result("start-up: window painted", statistics.median(painted), base, 1.5, RUNS),
        Result("start-up: stock shown", statistics.median(stock), base, 4, RUNS),
    ]


def _start(*args: str) -> tuple[float, float]:
    """Seconds from spawning the probe to its first paint and to its first page's."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "tests.bench.startup_probe", *args]
    start = time.time()
    out = subprocess.run(command, check=True, capture_output=True, text=True, env=env)
    paint, rows = (float(t) for t in out.stdout.split()[-2:])
    return paint - start, rows - start
