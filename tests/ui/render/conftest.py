"""The documents are drawn in the process's QApplication, as in the window.

ui/render/ makes a bare QGuiApplication when none exists (the command line needs no more);
in a test process that one would stay, and every later test that builds a widget would
abort the process ("Fatal Python error: Aborted": a QWidget needs a QApplication). So the
tests here start pytest-qt's QApplication first, and ui/render/ finds and uses it.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def widgets_application(qapp: QApplication) -> QApplication:
    return qapp
