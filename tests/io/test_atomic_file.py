"""Exports are written whole or not at all (io/atomic_file.py and the writers that use it)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from inventory_app.io.atomic_file import part_path, write_atomically
from inventory_app.io.count_sheet import write_count_sheet
from inventory_app.io.reorder_workbook import write_reorder_workbook


def _half_then_fail(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04 half a zip")
    raise OSError("No space left on device")


def test_a_failed_write_keeps_the_old_file_and_leaves_no_part(tmp_path: Path) -> None:
    target = tmp_path / "orders.xlsx"
    target.write_bytes(b"yesterday's sheet")
    with pytest.raises(OSError, match="No space"):
        write_atomically(target, _half_then_fail)
    assert target.read_bytes() == b"yesterday's sheet"
    assert not part_path(target).exists()


def test_a_write_replaces_the_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "orders.xlsx"
    target.write_bytes(b"old")
    write_atomically(target, lambda path: path.write_bytes(b"new and whole"))
    assert target.read_bytes() == b"new and whole"
    assert [p.name for p in tmp_path.iterdir()] == ["orders.xlsx"]


@pytest.mark.parametrize(
    "write",
    [
        lambda path: write_reorder_workbook(path, [], day=date(2026, 2, 14)),
        lambda path: write_count_sheet(path, []),
    ],
    ids=["reorder workbook", "count sheet"],
)
def test_the_workbook_writers_never_leave_half_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, write: Callable[[Path], object]
) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"the last good export")

    def crash(_path: Path) -> None:
        raise OSError("the disk went away")

    monkeypatch.setattr("inventory_app.io.atomic_file.os.replace", lambda *_: crash(target))
    with pytest.raises(OSError, match="went away"):
        write(target)
    assert target.read_bytes() == b"the last good export"
    assert not part_path(target).exists()
