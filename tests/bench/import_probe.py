"""Run in a process of its own: one sales import, then print the peak resident memory in MiB."""

from __future__ import annotations

import resource
import sys
import tempfile
from pathlib import Path

from tests.bench.bench_sales_import import import_once


def main(template: str, source: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        import_once(Path(template), Path(source), Path(folder) / "bar.sqlite3")
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)  # KiB on Linux


if __name__ == "__main__":
    main(*sys.argv[1:])
