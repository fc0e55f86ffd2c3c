"""The count table: type a number, press Enter, and the cursor is on the next item."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from inventory_app.ui.models.count_model import ENTRY_FIELDS, CountColumn, CountModel

Index = QModelIndex | QPersistentModelIndex
ROW_HEIGHT = 30
COLUMN_WIDTHS = {
    CountColumn.LOCATION: 130,
    CountColumn.ITEM: 230,
    CountColumn.SKU: 110,
    CountColumn.UNIT: 46,
    CountColumn.SIZE: 64,
    CountColumn.FULL: 70,
    CountColumn.TENTHS: 70,
    CountColumn.WEIGHT: 84,
    CountColumn.QUANTITY: 84,
    CountColumn.COUNTED: 100,
}
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_CLEAR = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class CountDelegate(QStyledItemDelegate):
    """A plain line editor whose every keystroke previews what the entry amounts to."""

    def __init__(self, model: CountModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.open_editor: QLineEdit | None = None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        """A right-aligned line edit; typing previews the counted quantity live."""
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row, column = index.row(), index.column()
        editor.textEdited.connect(lambda text: self._model.preview(row, column, text))
        self.open_editor = editor
        return editor

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        """Hand the typed text to the model, which saves it (or keeps it with a message)."""
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def destroyEditor(self, editor: QWidget, index: Index) -> None:
        """The preview belongs to the editor: it goes with it."""
        if editor is self.open_editor:
            self.open_editor = None
        self._model.clear_preview()
        super().destroyEditor(editor, index)


class CountTable(QTableView):
    """Enter saves and moves down in the same column; Delete clears the cell."""

    def __init__(self, model: CountModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countTable")
        self.setModel(model)
        self.count_model = model
        self.delegate = CountDelegate(model, self)
        self.setItemDelegate(self.delegate)
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(
            triggers.AnyKeyPressed | triggers.DoubleClicked | triggers.EditKeyPressed
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(ROW_HEIGHT)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        for column, width in COLUMN_WIDTHS.items():
            self.setColumnWidth(column, width)
        header.setSectionResizeMode(CountColumn.STATUS, QHeaderView.ResizeMode.Stretch)

    def showEvent(self, event: QShowEvent) -> None:
        """An opaque viewport, so moving down one row scrolls pixels instead of repainting all.

        The style sheet's table rule leaves the viewport transparent, and Qt repaints every
        visible row (25-30 ms with 500 items) on each scroll of a transparent widget.
        """
        super().showEvent(event)
        self.viewport().setAutoFillBackground(True)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Back from our own editor: only the current cell changes (Qt repaints every row)."""
        if self.delegate.open_editor is None:
            super().focusInEvent(event)
            return
        QAbstractScrollArea.focusInEvent(self, event)
        self.viewport().update(self.visualRect(self.currentIndex()))

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Into our own editor: the same, the other way (typing a digit opens it)."""
        editor = self.delegate.open_editor
        if editor is None or QApplication.focusWidget() is not editor:
            super().focusOutEvent(event)
            return
        QAbstractScrollArea.focusOutEvent(self, event)
        self.viewport().update(self.visualRect(self.currentIndex()))

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Enter in an editor (SubmitModelCache) moves to the next item, same column."""
        enter = hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if enter else hint)
        if enter:
            self.move_down()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter on a cell not being edited moves down; Delete clears an entry cell."""
        current = self.currentIndex()
        if event.key() in _ENTER and self.state() != QAbstractItemView.State.EditingState:
            self.move_down()
            return
        if event.key() in _CLEAR and current.column() in ENTRY_FIELDS:
            self.count_model.setData(current, "", Qt.ItemDataRole.EditRole)
            return
        super().keyPressEvent(event)

    def move_down(self) -> None:
        current = self.currentIndex()
        below = current.siblingAtRow(current.row() + 1)
        if below.isValid():
            if not self.viewport().rect().contains(self.visualRect(below)):
                # A scroll with rows still to paint (the saved one, the closed editor's cell)
                # repaints every row: paint those few first, then the scroll moves pixels.
                self.viewport().repaint(self.visualRect(current))
            self.setCurrentIndex(below)
            self.scrollTo(below)

    def go_to(self, row: int, column: int) -> None:
        """Put the cursor on a cell, dropping any edit in progress (a scan interrupts it)."""
        if self.delegate.open_editor is not None:
            self.closeEditor(
                self.delegate.open_editor, QAbstractItemDelegate.EndEditHint.RevertModelCache
            )
        index = self.count_model.index(row, column)
        self.setCurrentIndex(index)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.setFocus()
