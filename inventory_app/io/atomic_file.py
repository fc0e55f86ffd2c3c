"""Files written whole or not at all: beside the target first, flushed, then renamed over it.

A killed export (a closed laptop, a crash, a full disk) leaves the previous file or the
new one, never half a workbook that Excel refuses to open.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path


def part_path(path: Path) -> Path:
    """Where a file is written before it takes its name: hidden, beside it (same disk)."""
    return path.with_name(f".{path.name}.part")


def write_atomically(path: Path, write: Callable[[Path], object]) -> Path:
    """Call `write` on a temporary path, flush it to disk, then rename it to `path`."""
    temporary = part_path(path)
    try:
        write(temporary)
        sync_file(temporary)  # the bytes are on disk before the name points at them
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    sync_folder(path.parent)
    return path


def sync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
