"""Every `import` command refuses a bad file at once: exit 2, the file named, no traceback.

Run as real processes on a copy of the demo bar. The unreadable case runs the process
without the capabilities that let root read any file (tests/bad_files.py), so it holds
when CI runs as root.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.bad_files import (
    BAD_FILES,
    IDS,
    LIMITS,
    BadFile,
    child_without_read_override,
    refusal,
)
from tests.commands.running import DEMO_OWNER, TRACEBACK

COMMANDS = {
    "sales": ("import", "sales"),
    "catalogue": ("import", "catalogue"),
    "recipes": ("import", "recipes"),
    "count": ("count", "import"),
}


def run_import(
    url: str, folder: Path, command: tuple[str, ...], path: Path, *, kept_out: bool = False
) -> subprocess.CompletedProcess[str]:
    """As the demo owner; `kept_out`: in a process root's file-permission bypass does not reach."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("INVENTORY_APP_")}
    env.update(DEMO_OWNER)
    return subprocess.run(
        [sys.executable, "-m", "inventory_app", "--db", url, *command, str(path)],
        capture_output=True,
        text=True,
        cwd=folder,
        env=env,
        timeout=60,
        check=False,
        preexec_fn=child_without_read_override if kept_out else None,
    )


def require_unreadable_in_a_child(path: Path) -> None:
    """Skip, saying why, when a child process here can still read `path` (or cannot be made)."""
    try:
        probe = subprocess.run(
            [sys.executable, "-c", f"open({str(path)!r}).read()"],
            capture_output=True,
            timeout=60,
            check=False,
            preexec_fn=child_without_read_override,
        )
    except subprocess.SubprocessError as exc:
        pytest.skip(f"cannot start a process without CAP_DAC_OVERRIDE here: {exc}")
    if probe.returncode == 0:
        pytest.skip("a process here reads a file of mode 000; the case cannot be made")


@pytest.mark.parametrize("bad", BAD_FILES, ids=IDS)
@pytest.mark.parametrize("kind", list(COMMANDS))
def test_a_bad_file_exits_2_naming_it(kind: str, bad: BadFile, bar: tuple[str, Path]) -> None:
    url, folder = bar
    path = bad.at(folder, f"{kind}.csv", LIMITS[kind])
    if bad.name == "unreadable":
        require_unreadable_in_a_child(path)
    done = run_import(url, folder, COMMANDS[kind], path, kept_out=bad.name == "unreadable")
    assert TRACEBACK not in done.stderr
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f"inventory-app: error: {refusal(bad, path.name, LIMITS[kind])}\n"


def test_a_count_sheet_with_a_quote_never_closed_exits_2(bar: tuple[str, Path]) -> None:
    """It used to exit 0 with "0 items entered": the quote swallowed every row after it."""
    url, folder = bar
    path = folder / "count.csv"
    path.write_text('SKU,Item,Full\nGIN-TANQ,"Tanqueray,2\nCAMP,Campari,1\n', encoding="utf-8")
    done = run_import(url, folder, COMMANDS["count"], path)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith(
        'inventory-app: error: count.csv, row 2: a quote (") opened on this row is never closed'
    )


def test_a_count_sheet_formula_without_its_value_exits_2(bar: tuple[str, Path]) -> None:
    """It used to count `=1+1` full bottles as none (the open tenths alone)."""
    from openpyxl import Workbook

    url, folder = bar
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["SKU", "Full", "Open tenths"])
    sheet.append(["GIN-TANQ", "=1+1", 5])
    book.save(folder / "count.xlsx")
    done = run_import(url, folder, COMMANDS["count"], folder / "count.xlsx")
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        "inventory-app: error: count.xlsx, row 2, column 'Full': the cell holds the formula "
        "=1+1 but no computed value; open the file in Excel or LibreOffice and save it, "
        "or type the value\n"
    )
