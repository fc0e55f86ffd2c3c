"""Run in a process of its own: one import, then print the peak resident memory in MiB.

`python -m tests.bench.import_probe TEMPLATE SOURCE [sales|catalogue]` (sales by default).
"""

from __future__ import annotations

import resource
import sys
import tempfile
from pathlib import Path

from tests.bench.bench_sales_import import import_once


def main(template: str, source: str, kind: str = "sales") -> None:
    if kind == "catalogue":
        from tests.bench.bench_catalogue_import import import_once as import_catalogue_once

        once = import_catalogue_once
    else:
        once = import_once
    with tempfile.TemporaryDirectory() as folder:
        once(Path(template), Path(source), Path(folder) / "bar.sqlite3")
    print(_peak_kib() / 1024)


def _peak_kib() -> float:
    """This process's own peak: VmHWM where Linux gives it.

    ru_maxrss survives the exec that started the probe, so a probe spawned by a bench
    that had just imported in-process reported the bench's peak, not its own (both
    catalogue probes read 125.7 MiB); the high-water mark is reset by exec.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return float(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


if __name__ == "__main__":
    main(*sys.argv[1:])
