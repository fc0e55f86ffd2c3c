"""Python's cycle collector held back while a bulk import builds its rows.

An import keeps every checked row in memory until it writes (all rows or none), and
those objects stay alive to the end. The cycle collector scans live objects each time
enough have been made since its last pass, so it walked the same growing pile again
and again: a fifth of a 20,000-row catalogue import (tests/bench/bench_catalogue_import.py),
with nothing to free. Reference counting still frees every value as it goes; only
cyclic garbage waits, for the collector's first pass after the import.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_LOCK = threading.Lock()
_held = 0  # how many imports hold it back now (one per thread at most)
_was_enabled = False


@contextmanager
def collector_held() -> Iterator[None]:
    """Automatic collection off for the block (and any running beside it), then as before."""
    global _held, _was_enabled
    with _LOCK:
        if _held == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _held += 1
    try:
        yield
    finally:
        with _LOCK:
            _held -= 1
            if _held == 0 and _was_enabled:
                gc.enable()  # its next pass takes what waited
