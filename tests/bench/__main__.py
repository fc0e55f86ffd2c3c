"""`make bench`: every scenario, one table, one verdict line each; exit 1 when one fails.

`python -m tests.bench selling stock_view` runs only those scenarios.
"""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
from pathlib import Path

from tests.bench.harness import Result, report

SCENARIOS = (
    "selling",
    "sales_import",
    "catalogue_import",
    "stock_view",
    "reorder_workbook",
    "startup",
    "ledger_check",
    "counting",
    "history",
)


def main(names: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    chosen = names or list(SCENARIOS)
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="inventory-bench-") as folder:
        for name in chosen:
            module = importlib.import_module(f"tests.bench.bench_{name}")
            print(f"running {name}...", file=sys.stderr, flush=True)
            results += module.run(Path(folder))
    return report(results)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
