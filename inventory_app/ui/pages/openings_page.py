"""The Openings page: the bartender scans a bottle and opens or finishes it with one button.

The big buttons say what they act on ("Finish / Springbank 21 Year Old #1"), and opening
another container of an item that has one open asks first (issue 15).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inventory_app.domain.bottle_states import Opening
from inventory_app.domain.errors import InventoryError
from inventory_app.i18n.catalogue import N_, ntr, tr, trc
from inventory_app.services.bottles.containers import OpeningResult
from inventory_app.services.bottles.view import OpeningEntry, OpeningTarget
from inventory_app.ui import formatting, operations, queries
from inventory_app.ui.context import AppContext, Change
from inventory_app.ui.icons import icon
from inventory_app.ui.models.opening_log_model import OpeningLogModel, what
from inventory_app.ui.pages.sell_widgets import caption
from inventory_app.ui.styling import named, set_state

LOG_WIDTH = 460
ROW_HEIGHT = 34
PLACEHOLDER = N_("Scan a bottle, or type a name, SKU or bottle number (#12)")
UNDONE = {Opening.OPEN: N_("Undone: opened {what}"), Opening.EMPTY: N_("Undone: finished {what}")}


def target_text(target: OpeningTarget) -> str:
    """'#3 Cask 12 (WHI-MAC18) — open, 245 ml left' or 'Campari (AMA-CAMP) — 2 open'."""
    state = target.state_shown
    if target.bottle:
        left = formatting.quantity(target.remaining, target.unit)
        return tr("{bottle} ({sku}) — {state}, {left} left").format(
            bottle=target.bottle, sku=target.sku, state=state, left=left
        )
    return tr("{name} ({sku}) — {state}").format(name=target.name, sku=target.sku, state=state)


def target_name(target: OpeningTarget | None) -> tuple[str, str]:
    """What a big button acts on: ('Springbank 21 Year Old', '#1'), or ('Campari', '')."""
    if target is None:
        return "", ""
    return (target.name, target.code) if target.bottle else (target.name, "")


class ActionButton(QPushButton):
    """A big button whose second line names what it acts on: the name elided to fit, the
    bottle's number never (it is what tells #1 from #2); the whole of it in the tooltip."""

    def __init__(self, verb: str) -> None:
        super().__init__(verb)
        self.verb = verb
        self.thing = ""
        self._name, self._number = "", ""

    def name_target(self, name: str, number: str = "") -> None:
        self._name, self._number = name, number
        self.thing = f"{name} {number}".strip()
        self._fit()

    def _fit(self) -> None:
        if not self.thing:
            self.setText(self.verb)
            self.setToolTip("")
            self.setAccessibleName(self.verb)
            return
        metrics = self.fontMetrics()
        suffix = f" {self._number}" if self._number else ""
        room = max(self.width() - 32 - metrics.horizontalAdvance(suffix), 60)
        line = metrics.elidedText(self._name, Qt.TextElideMode.ElideRight, room) + suffix
        self.setText(f"{self.verb}\n{line}")
        self.setToolTip(f"{self.verb} {self.thing}")
        self.setAccessibleName(f"{self.verb} {self.thing}")

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width: the name is elided again to fit it."""
        super().resizeEvent(event)
        self._fit()


def result_text(result: OpeningResult) -> str:
    opened = result.action == "open"
    thing = result.bottle or result.name
    if result.bottle:
        text = (tr("Opened {thing}") if opened else tr("Finished {thing}")).format(thing=thing)
    else:
        count = result.open_containers
        said = (
            ntr("Opened {thing} — {count} open now", "Opened {thing} — {count} open now", count)
            if opened
            else ntr(
                "Finished {thing} — {count} open now", "Finished {thing} — {count} open now", count
            )
        )
        text = said.format(thing=thing, count=count)
    if result.written_off > 0:
        left = formatting.quantity(result.written_off, result.unit)
        text = tr("{done}; {left} left written off").format(done=text, left=left)
    return text


class OpeningsPage(QWidget):
    """Search or scan, pick the match, Open or Finish; today's log with Undo beside it."""

    SHOWS = (
        Change.BOTTLES | Change.STOCK | Change.ITEMS | Change.SETTINGS
    )  # the changes it refreshes on

    status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openingsPage")
        self._context = context
        self._targets: list[OpeningTarget] = []
        self._build()
        context.changes.watch(self, self.SHOWS, self.refresh)
        self.refresh()

    # --- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = named(QLineEdit(), "scanField")
        self.search.setPlaceholderText(tr(PLACEHOLDER))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(56)
        self.search.textChanged.connect(self._find)
        self.search.returnPressed.connect(self._enter)
        self.matches = named(QListWidget(), "openingMatches")
        self.matches.setWordWrap(True)
        self.matches.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.matches.currentRowChanged.connect(self._update_buttons)
        self.matches.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.open_button = self._big_button(trc("verb", "Open"), "openButton", self.open_selected)
        self.finish_button = self._big_button(tr("Finish"), "finishButton", self.finish_selected)
        for button in (self.open_button, self.finish_button):
            button.setMinimumWidth(200)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.finish_button)
        self.feedback = named(QLabel(), "saleFeedback")
        self.feedback.setMinimumHeight(40)
        self.feedback.setWordWrap(True)
        main = QVBoxLayout()
        main.setSpacing(12)
        main.addWidget(caption(tr("Scan or search")))
        main.addWidget(self.search)
        main.addWidget(self.matches, 1)
        main.addLayout(buttons)
        main.addWidget(self.feedback)
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 18, 20, 16)
        row.setSpacing(20)
        row.addLayout(main, 1)
        row.addWidget(self._build_log())
        self._update_buttons()

    def _big_button(self, text: str, name: str, slot: object) -> ActionButton:
        button = named(ActionButton(text), name)
        button.setMinimumHeight(88)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(slot)
        return button

    def _build_log(self) -> QWidget:
        self.log_model = OpeningLogModel(self)
        self.log = QTableView()
        self.log.setObjectName("openingLog")
        self.log.setModel(self.log_model)
        self.log.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.log.verticalHeader().hide()
        self.log.setWordWrap(False)
        self.log.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.log.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.log.selectionModel().selectionChanged.connect(lambda *_: self._update_undo())
        self.undo_button = named(
            QPushButton(icon("undo"), tr("Undo the selected line")), "undoSale"
        )
        self.undo_button.setMinimumHeight(64)
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.undo_button.clicked.connect(self.undo_selected)
        panel = named(QFrame(), "sellPanel")
        panel.setFixedWidth(LOG_WIDTH)
        column = QVBoxLayout(panel)
        column.setContentsMargins(18, 18, 18, 18)
        column.setSpacing(12)
        column.addWidget(caption(tr("Today")))
        column.addWidget(self.log, 1)
        column.addWidget(self.undo_button)
        return panel

    # --- what the page shows ---------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read today's log and the matches (their states) after any change anywhere."""
        self.log_model.set_rows(queries.load_opening_log(self._context.database))
        self.log.setColumnWidth(0, 64)
        self.log.setColumnWidth(2, 80)
        self._find(self.search.text(), keep=True)
        self._update_undo()

    def _find(self, text: str, *, keep: bool = False) -> None:
        chosen = self.selected_target()
        self._targets = queries.load_opening_targets(self._context.database, text)
        self.matches.clear()
        for target in self._targets:
            QListWidgetItem(target_text(target), self.matches)
        codes = [t.code for t in self._targets]
        if keep and chosen is not None and chosen.code in codes:
            self.matches.setCurrentRow(codes.index(chosen.code))
        elif self._targets:
            self.matches.setCurrentRow(0)
        self._update_buttons()

    def selected_target(self) -> OpeningTarget | None:
        row = self.matches.currentRow()
        return self._targets[row] if 0 <= row < len(self._targets) else None

    def selected_entry(self) -> OpeningEntry | None:
        rows = self.log.selectionModel().selectedRows()
        return self.log_model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        """Each big button names the container it acts on, or stays off."""
        target = self.selected_target()
        may_open = target is not None and target.state != "open"
        may_finish = target is not None and target.state not in ("sealed", "0 open")
        self.open_button.setEnabled(may_open)
        self.finish_button.setEnabled(may_finish)
        nothing = ("", "")
        self.open_button.name_target(*(target_name(target) if may_open else nothing))
        self.finish_button.name_target(*(target_name(target) if may_finish else nothing))

    def _update_undo(self) -> None:
        entry = self.selected_entry()
        self.undo_button.setEnabled(entry is not None and not entry.undone)

    # --- actions --------------------------------------------------------------------------
    def take_scan(self, code: str) -> bool:
        """A scan while the page is shown: search for it (the window routes scans here)."""
        self.search.setText(code)
        self.search.setFocus()
        return True

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _enter(self) -> None:
        if self.matches.count() == 1 and self.open_button.isEnabled():
            self.open_selected()

    def open_selected(self) -> None:
        """Open the selected container; with another of the item open, ask first."""
        target = self.selected_target()
        if target is None:
            return
        already = queries.still_open(self._context.database, target.code)
        if already is not None:
            answer = QMessageBox.question(self, tr("Open another?"), already.question())
            if answer != QMessageBox.StandardButton.Yes:
                thing = " ".join(target_name(target)).strip()
                self._say(tr("Not opened: {thing}").format(thing=thing), ok=False)
                return
        self._show(operations.open_container(self._context, code=target.code))

    def finish_selected(self) -> None:
        target = self.selected_target()
        if target is not None:
            self._show(operations.empty_container(self._context, code=target.code))

    def _show(self, result: OpeningResult | InventoryError) -> None:
        if isinstance(result, InventoryError):
            self._say(tr("Not done: {error}").format(error=result), ok=False)
            return
        text = result_text(result)
        self._say(text, ok=True)
        self.status_message.emit(text)

    def undo_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        error = operations.undo_opening(self._context, movement_id=entry.movement_id)
        if error is not None:
            self._say(tr("Not undone: {error}").format(error=error), ok=False)
            return
        self._say(tr(UNDONE[Opening(entry.action)]).format(what=what(entry)), ok=True)

    def _say(self, text: str, *, ok: bool) -> None:
        self.feedback.setText(("✓  " if ok else "⚠  ") + text)
        set_state(self.feedback, "ok", ok)
