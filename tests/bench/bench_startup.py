"""Scenario 5: start-up on 1,000,000 movements, against a bare PySide6 empty QMainWindow.

Each start is a fresh process under QT_QPA_PLATFORM=offscreen, timed from just before
it is spawned to its window's first paint (the frame), and to the first paint of the page
the window opens on, built with its rows ("stock shown": the Dashboard, the first page).

Our modules are compiled to bytecode first, as an installed program's are (pip compiles
on install; a first start writes them). A machine that sets PYTHONDONTWRITEBYTECODE would
otherwise compile every module from source at every start (~100 ms here), which no user
pays and PySide6, compiled by pip, does not pay in the bare baseline either.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import inventory_app
from tests.bench.bar_data import bar_file
from tests.bench.harness import Result

RUNS = 5


def run(folder: Path) -> list[Result]:
    url = f"sqlite:///{bar_file()}"
    compileall.compile_dir(Path(inventory_app.__file__).parent, quiet=1)
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
