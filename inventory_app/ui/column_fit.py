"""Tables whose columns take their widths from their content and the room the page has, and
whose cut-off text is never lost: hovering a cell or a title that does not fit shows it whole.

Set up once per table by `fit_table` (the main window does it for every table of every page
and dialog it builds), instead of a dictionary of pixel widths per page: fixed widths cut
names at 1280 px while leaving half the page empty at 1920.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QTableView,
    QToolTip,
    QWidget,
)

Role = Qt.ItemDataRole
SAMPLED_ROWS = 100  # content widths from the rows on screen, never all of them
CELL_PADDING = 12  # the delegate's text margins and the grid line, both sides
TITLE_PADDING = 22  # a title's margins and its sort arrow
MIN_TEXT_WIDTH = 72  # a text column cut shorter than this shows nothing useful
FITTER = "columnFitter"


def text_width(metrics: QFontMetrics, text: str) -> int:
    """The widest line of `text` (a two-line cell is as wide as its longest line)."""
    return max((metrics.horizontalAdvance(line) for line in text.splitlines()), default=0)


def cell_room(view: QAbstractItemView, index: QModelIndex) -> int:
    """The width a cell's text may take: the cell less its margins and its icon."""
    room = view.visualRect(index).width() - CELL_PADDING
    if index.data(Role.DecorationRole) is not None:
        room -= view.iconSize().width() if view.iconSize().isValid() else 16
    return room


def cell_is_cut(view: QAbstractItemView, index: QModelIndex) -> bool:
    text = index.data(Role.DisplayRole)
    if not isinstance(text, str) or not text:
        return False
    return text_width(view.fontMetrics(), text) > cell_room(view, index)


def title_metrics(header: QHeaderView) -> QFontMetrics:
    """Titles are painted semibold (app.qss, font-weight 600): wider than the header's own
    font says, by enough to cut a long title ('Punto di riordino') that seemed to fit."""
    font = QFont(header.font())
    font.setWeight(QFont.Weight.DemiBold)
    return QFontMetrics(font)


def title_is_cut(header: QHeaderView, section: int) -> bool:
    title = _title(header, section)
    room = header.sectionSize(section) - TITLE_PADDING
    return bool(title) and text_width(title_metrics(header), title) > room


def _title(header: QHeaderView, section: int) -> str:
    model = header.model()
    text = model.headerData(section, header.orientation(), Role.DisplayRole) if model else None
    return text if isinstance(text, str) else ""


def full_text(shown: str, tip: Any) -> str:
    """What the tooltip of a cut text says: the text itself, then any tip the model gives."""
    if not isinstance(tip, str) or not tip:
        return shown
    return tip if shown in tip else f"{shown}\n{tip}"


class CutTextTips(QObject):
    """Answers a tooltip request over a cut cell or title with its whole text."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Only tooltip requests; a text that fits keeps the model's own tooltip (or none)."""
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        text = self._cut_text(watched, event.pos())
        if text is None:
            return False
        assert isinstance(watched, QWidget)
        QToolTip.showText(event.globalPos(), text, watched)
        return True

    def _cut_text(self, watched: QObject, pos: QPoint) -> str | None:
        view = self._view
        if watched is view.viewport():
            index = view.indexAt(pos)
            if not index.isValid() or not cell_is_cut(view, index):
                return None
            return full_text(index.data(Role.DisplayRole), index.data(Role.ToolTipRole))
        header = view.horizontalHeader() if isinstance(view, QTableView) else None
        if header is not None and watched is header.viewport():
            section = header.logicalIndexAt(pos)
            if section < 0 or not title_is_cut(header, section):
                return None
            model = header.model()
            tip = model.headerData(section, header.orientation(), Role.ToolTipRole)
            return full_text(_title(header, section), tip)
        return None


class ColumnFitter(QObject):
    """Gives each column the width of its content; the room left goes to the stretching
    (text) columns, and when the room is short only text columns give way, never numbers.

    A column the person resized by hand keeps the width they chose.
    """

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        self._fitting = False
        self._chosen: set[int] = set()
        self._stretch = self._stretching_columns()
        header = table.horizontalHeader()
        # The page's own widths: the room an empty column keeps (Count's entry columns
        # before anything is typed), never a limit on a column with text.
        self._blank_widths = {c: header.sectionSize(c) for c in range(header.count())}
        for column in range(header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._resized_by_hand)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        model = table.model()
        model.modelReset.connect(self._timer.start)
        model.headerDataChanged.connect(self._timer.start)  # titles in another language
        model.rowsInserted.connect(self._rows_arrived)
        table.viewport().installEventFilter(self)

    def _rows_arrived(self, _parent: QModelIndex, first: int, _last: int) -> None:
        """The first rows of an empty table are measured; later pages (History scrolling)
        and a sort or a search (layoutChanged) leave the columns where the eye found them."""
        if first < SAMPLED_ROWS:
            self._timer.start()

    def _stretching_columns(self) -> list[int]:
        """The columns the page meant to take the room (Stretch), else its text columns."""
        header = self._table.horizontalHeader()
        stretch = [
            c
            for c in range(header.count())
            if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch
        ]
        if header.stretchLastSection() and header.count():
            stretch.append(header.count() - 1)
        return stretch

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._timer.start()
        return False

    def _resized_by_hand(self, column: int, _old: int, _new: int) -> None:
        """A drag on the header's edge (a page setting widths in code is not a choice)."""
        dragging = QApplication.mouseButtons() & Qt.MouseButton.LeftButton
        if not self._fitting and dragging:
            self._chosen.add(column)

    def fit(self) -> None:
        """Widths from content, then the page's free room shared out or taken back."""
        table = self._table
        header = table.horizontalHeader()
        columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if not columns:
            return
        measured = {c: self._measure(c) for c in columns}
        wanted = {c: width for c, (width, _numeric) in measured.items()}
        for column in columns:
            if self._is_blank(column):
                wanted[column] = max(wanted[column], self._blank_widths.get(column, 0))
        for column in self._chosen & set(columns):
            wanted[column] = header.sectionSize(column)
        flexible = [c for c in columns if not measured[c][1] and c not in self._chosen]
        room = table.viewport().width()
        widths = share_room(wanted, room, flexible, self._stretch)
        self._fitting = True
        try:
            for column, width in widths.items():
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _is_blank(self, column: int) -> bool:
        """No sampled cell of the column holds text yet."""
        model = self._table.model()
        return not any(model.index(row, column).data(Role.DisplayRole) for row in self._rows())

    def _rows(self) -> range:
        """The rows on screen (the text a person sees decides), at most SAMPLED_ROWS."""
        table = self._table
        first = max(table.rowAt(0), 0)
        last = table.rowAt(table.viewport().height() - 1)
        end = table.model().rowCount() if last < 0 else last + 1
        return range(first, min(end, first + SAMPLED_ROWS))

    def _measure(self, column: int) -> tuple[int, bool]:
        """The width the column's title and sampled cells want, and whether every sampled
        cell is a number (right-aligned): numbers never give way to text."""
        table = self._table
        header = table.horizontalHeader()
        title = text_width(title_metrics(header), _title(header, column)) + TITLE_PADDING
        model = table.model()
        widest, aligned = 0, []
        for row in self._rows():
            if table.columnSpan(row, column) > 1 or table.isRowHidden(row):
                continue
            index = model.index(row, column)
            widest = max(widest, table.sizeHintForIndex(index).width())
            aligned.append(_right_aligned(index.data(Role.TextAlignmentRole)))
        return max(title, widest + 2), bool(aligned) and all(aligned)


def _right_aligned(alignment: Any) -> bool:
    if alignment is None:
        return False
    return bool(Qt.AlignmentFlag(int(alignment)) & Qt.AlignmentFlag.AlignRight)


def share_room(
    wanted: dict[int, int], room: int, flexible: list[int], stretch: list[int]
) -> dict[int, int]:
    """Each column its wanted width; extra room to `stretch` (else the flexible columns),
    missing room taken from the flexible columns in proportion, down to a minimum."""
    total = sum(wanted.values())
    widths = dict(wanted)
    if total <= room:
        takers = [c for c in stretch if c in widths] or flexible or list(widths)
        extra, share = room - total, room - total
        for n, column in enumerate(takers):
            part = extra // len(takers) if n < len(takers) - 1 else share
            widths[column] += part
            share -= part
        return widths
    budget = room - sum(w for c, w in wanted.items() if c not in flexible)
    cap = widest_that_fits(sorted(wanted[c] for c in flexible), budget)
    for column in flexible:
        widths[column] = min(wanted[column], max(cap, MIN_TEXT_WIDTH))
    return widths


def widest_that_fits(wanted: list[int], budget: int) -> int:
    """The one width at which the widest columns are cut so that all fit in `budget`: the
    short columns (dates, names of places) keep their whole text, the long ones share."""
    left = budget
    for n, width in enumerate(wanted):
        if width * (len(wanted) - n) > left:
            return left // (len(wanted) - n)
        left -= width
    return max(wanted, default=0)


def fit_table(table: QTableView) -> None:
    """Columns fitted to content and room, and tooltips on every cut cell and title (once)."""
    if table.property(FITTER) or table.model() is None:
        return
    table.setProperty(FITTER, True)
    tips = CutTextTips(table)
    table.viewport().installEventFilter(tips)
    table.horizontalHeader().viewport().installEventFilter(tips)
    table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    ColumnFitter(table).fit()


def fit_tables(widget: QWidget) -> None:
    """Every table inside `widget` (a page or a dialog)."""
    for table in widget.findChildren(QTableView):
        fit_table(table)
