"""Emitting signals never frees Python's True (PySide6 6.12.0's emit takes a reference)."""

from __future__ import annotations

import os
import subprocess
import sys

from inventory_app.ui.signal_refs import SPARE_REFERENCES, emit_takes_true

# More emits than True has references in a fresh process (a few thousand), from the UI
# thread and from a worker's thread as an import's progress does; run where a crash
# kills only the child.
EMITS = 50_000
CHILD = f"""
import sys
import inventory_app.ui
from PySide6.QtCore import QCoreApplication, QThread, Signal

class Busy(QThread):
    progressed = Signal(int)

    def run(self):
        for done in range({EMITS}):
            self.progressed.emit(done)

app = QCoreApplication([])
busy = Busy()
for done in range({EMITS}):
    busy.progressed.emit(done)
busy.start()
busy.wait()
print("alive", sys.getrefcount(True) > {EMITS})
"""


def test_emitting_more_signals_than_true_has_references_does_not_kill_the_process() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=120
    )
    assert "bool_dealloc" not in done.stderr
    assert (done.returncode, done.stdout.strip()) == (0, "alive True"), done.stderr


def test_true_keeps_spare_references_wherever_emit_takes_them() -> None:
    """Importing the GUI gave them (this module imports from ui/); a fixed PySide needs none."""
    assert not emit_takes_true() or sys.getrefcount(True) > SPARE_REFERENCES // 2
