"""Emitting signals never frees Python's True, nor Qt's void calls None (PySide6 6.12.0 takes
a reference for each)."""

from __future__ import annotations

import os
import subprocess
import sys

from inventory_app.ui.signal_refs import SPARE_REFERENCES, emit_takes_true, void_call_takes_none

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


# More calls than None has references in a fresh process (about five thousand): the text
# of a label set, a button enabled, a painter saved and restored, as pages and PDFs do.
CALLS = 30_000
VOID_CHILD = f"""
import sys
import inventory_app.ui
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication([])
label = QLabel()
for n in range({CALLS}):
    label.setText(str(n))
    label.setEnabled(n % 2 == 0)
image = QImage(8, 8, QImage.Format.Format_ARGB32)
painter = QPainter(image)
for _ in range({CALLS}):
    painter.save()
    painter.restore()
painter.end()
print("alive", sys.getrefcount(None) > {CALLS})
"""


def test_more_void_qt_calls_than_none_has_references_do_not_kill_the_process() -> None:
    """Failed before keep_none_alive: 'Fatal Python error: none_dealloc' (exit 134)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", VOID_CHILD], capture_output=True, text=True, env=env, timeout=120
    )
    assert "none_dealloc" not in done.stderr
    assert (done.returncode, done.stdout.strip()) == (0, "alive True"), done.stderr


def test_none_keeps_spare_references_wherever_void_calls_take_them() -> None:
    assert not void_call_takes_none() or sys.getrefcount(None) > SPARE_REFERENCES // 2
