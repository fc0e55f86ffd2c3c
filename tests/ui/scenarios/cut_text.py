"""Finding text a person cannot read whole: a label, button, column title or table cell
whose text is wider than the room it has, and what its tooltip says when hovered.

Measured with the widget's own font (`fontMetrics().horizontalAdvance`), independently of
the code that adds the tooltips (ui/column_fit.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QHeaderView,
    QLabel,
    QStyle,
    QTableView,
    QToolTip,
    QWidget,
)

Role = Qt.ItemDataRole


@dataclass(frozen=True)
class CutText:
    where: str  # 'Stock: cell (3, 2)'
    text: str
    tooltip: str


def widest_line(widget: QWidget, text: str) -> int:
    metrics = widget.fontMetrics()
    return max((metrics.horizontalAdvance(line) for line in text.splitlines()), default=0)


def hover_tooltip(target: QWidget, pos: QPoint) -> str:
    """What hovering `pos` of `target` shows: the tooltip event a resting mouse sends."""
    QToolTip.hideText()  # hides on a timer: wait, so an earlier tip is never read again
    for _ in range(50):
        if not QToolTip.isVisible():
            break
        QTest.qWait(10)
    event = QHelpEvent(QEvent.Type.ToolTip, pos, target.mapToGlobal(pos))
    QApplication.sendEvent(target, event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def _margin(widget: QWidget) -> int:
    """Qt's own text margin in an item view cell, both sides."""
    return 2 * (
        widget.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
    )


def cut_cells(name: str, table: QTableView) -> Iterator[CutText]:
    model = table.model()
    viewport = table.viewport()
    first, last = table.rowAt(0), table.rowAt(viewport.height() - 1)
    last = model.rowCount() - 1 if last < 0 else last
    for row in range(max(first, 0), last + 1):
        for column in range(model.columnCount()):
            if table.isColumnHidden(column):
                continue
            index = model.index(row, column)
            cut = _cut_cell(table, index)
            if cut is not None:
                pos = table.visualRect(index).center()
                yield CutText(f"{name}: cell ({row}, {column})", cut, hover_tooltip(viewport, pos))


def _cut_cell(table: QTableView, index: QModelIndex) -> str | None:
    text = index.data(Role.DisplayRole)
    if not isinstance(text, str) or not text.strip():
        return None
    rect = table.visualRect(index).intersected(table.viewport().rect())
    if rect.width() <= 0:
        return None
    room = table.visualRect(index).width() - _margin(table)
    if index.data(Role.DecorationRole) is not None:
        room -= table.iconSize().width() if table.iconSize().isValid() else 16
    return text if widest_line(table, text) > room else None


def cut_titles(name: str, table: QTableView) -> Iterator[CutText]:
    header: QHeaderView = table.horizontalHeader()
    if not header.isVisible():
        return
    model = table.model()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        title = model.headerData(section, Qt.Orientation.Horizontal, Role.DisplayRole)
        if not isinstance(title, str) or not title:
            continue
        room = header.sectionSize(section) - _margin(header) - 4
        if widest_line(header, title) > room:
            x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
            pos = QPoint(x, header.height() // 2)
            tip = hover_tooltip(header.viewport(), pos)
            yield CutText(f"{name}: title {section}", title, tip)


def cut_widgets(name: str, root: QWidget) -> Iterator[CutText]:
    """Plain labels and buttons whose one-line text is wider than the widget."""
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if (
            isinstance(widget, QLabel)
            and not widget.wordWrap()
            and widget.textFormat() != Qt.TextFormat.RichText
        ):
            text, room = widget.text().replace("&", ""), widget.contentsRect().width()
        elif isinstance(widget, QAbstractButton) and widget.objectName() != "drink":
            text = widget.text().replace("&", "")
            room = (
                widget.width()
                - 12
                - (widget.iconSize().width() + 4 if not widget.icon().isNull() else 0)
            )
        else:
            continue
        if text.startswith("<") or not text.strip():
            continue
        if widest_line(widget, text) > room:
            yield CutText(
                f"{name}: {type(widget).__name__} {widget.objectName()}", text, widget.toolTip()
            )


def every_cut_text(name: str, root: QWidget) -> list[CutText]:
    found = list(cut_widgets(name, root))
    for table in root.findChildren(QTableView):
        if table.isVisible() and table.model() is not None:
            found += cut_titles(name, table)
            found += cut_cells(name, table)
    return found


def untold(found: list[CutText]) -> list[CutText]:
    """The cut texts whose tooltip does not hold the whole text."""
    return [
        cut for cut in found if cut.text.replace("\n", " ") not in cut.tooltip.replace("\n", " ")
    ]
