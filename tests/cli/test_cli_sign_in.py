"""`--user NAME` with a PIN while another terminal writes: signing in only reads."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.cli.test_cli import run


def test_stock_signs_in_and_reads_while_an_import_holds_the_write_lock(
    bar: tuple[str, Path],
) -> None:
    url, folder = bar
    importer = sqlite3.connect(folder / "bar.sqlite3", isolation_level=None, timeout=0)
    importer.execute("BEGIN IMMEDIATE")  # as `import sales` holds it for a long file
    try:
        done = run("--db", url, "--user", "giulia", "stock", "--format", "json", cwd=folder)
        still_held = importer.in_transaction
    finally:
        importer.execute("ROLLBACK")
        importer.close()
    assert done.returncode == 0, done.stderr
    assert still_held, "the import held the write lock all through the command"
    assert any(row["sku"] for row in json.loads(done.stdout))
