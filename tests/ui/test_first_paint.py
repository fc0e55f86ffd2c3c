"""ui/first_paint.py: run something once, after what shows has painted."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from inventory_app.ui.first_paint import after_first_paint, after_first_paint_within


def test_the_callback_runs_once_after_the_first_paint(qtbot: Any) -> None:
    frame = QFrame()
    qtbot.addWidget(frame)
    ran: list[str] = []
    after_first_paint(frame, lambda: ran.append("ran"))
    qtbot.wait(50)
    assert ran == []  # not shown, not painted
    frame.show()
    qtbot.waitUntil(lambda: ran == ["ran"], timeout=2000)
    frame.repaint()
    frame.update()
    qtbot.wait(50)
    assert ran == ["ran"]


def test_a_page_that_paints_nothing_itself_waits_for_a_child(qtbot: Any) -> None:
    page = QWidget()  # a plain QWidget gets no paint event of its own
    QVBoxLayout(page).addWidget(QLabel("Stock"))
    qtbot.addWidget(page)
    ran: list[str] = []
    after_first_paint_within(page, lambda: ran.append("ran"))
    page.show()
    qtbot.waitUntil(lambda: ran == ["ran"], timeout=2000)
    qtbot.wait(50)
    assert ran == ["ran"]
