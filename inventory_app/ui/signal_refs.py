"""PySide6 6.12.0 gives back True and None objects it holds no reference to.

Each `Signal.emit()` from Python code (any thread, connected or not) takes one reference
away from Python's one True object, and each call of a Qt method that returns nothing
(`QLabel.setText`, `QWidget.setEnabled`, `QPainter.save`, …) takes one from None. In
Python 3.11 both are ordinary counted objects with a few thousand references, so a few
thousand calls later (an evening of sales, status messages and table refreshes) a count
reaches zero and the process dies: "Fatal Python error: bool_dealloc" or "none_dealloc".
Python 3.12 makes them immortal, which is what `keep_true_alive` and `keep_none_alive`
do here, once, when the bug is measured.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

PROBE_EMITS = 64
# The references given to True when emit is found taking them: ~10^12, more emits than a
# process makes in years at a thousand a second. Immortal objects in 3.12 count from 2^32.
SPARE_REFERENCES = 1 << 40


class _Probe(QObject):
    """A signal nobody listens to: emitting it touches nothing but the reference counts."""

    rang = Signal()


def emit_takes_true() -> bool:
    """Whether emitting a signal lowers True's reference count (the PySide6 6.12.0 bug)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(PROBE_EMITS):
        probe.rang.emit()
    # Other threads may hold or drop a few references meanwhile: the bug takes one per emit.
    return before - sys.getrefcount(True) >= PROBE_EMITS // 2


def keep_true_alive() -> bool:
    """Give True enough references that emits can never free it; whether it was needed.

    CPython only (ob_refcnt is a PyObject's first field); called when ui/ is imported,
    before any window or worker emits.
    """
    if sys.implementation.name != "cpython" or not emit_takes_true():
        return False
    refcount = ctypes.c_ssize_t.from_address(id(True))
    refcount.value += SPARE_REFERENCES
    return True


def void_call_takes_none() -> bool:
    """Whether a Qt method returning nothing lowers None's reference count (6.12.0's bug)."""
    probe = _Probe()
    before = sys.getrefcount(None)
    for _ in range(PROBE_EMITS):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None) >= PROBE_EMITS // 2


def keep_none_alive() -> bool:
    """Give None enough references that Qt's calls can never free it; whether it was needed.

    As `keep_true_alive`: CPython only, once, when ui/ is imported.
    """
    if sys.implementation.name != "cpython" or not void_call_takes_none():
        return False
    refcount = ctypes.c_ssize_t.from_address(id(None))
    refcount.value += SPARE_REFERENCES
    return True
