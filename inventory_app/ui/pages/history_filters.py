"""The History page's filter bar: item, person, reason, kind, dates and search, as one filter."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from inventory_app.domain.local_day import local_days
from inventory_app.i18n.catalogue import tr
from inventory_app.i18n.formats import decimal_comma
from inventory_app.services.support.code_words import entity_words, reason_words
from inventory_app.services.views.timeline_choices import TimelineChoices
from inventory_app.services.views.timeline_rows import Kind, TimelineFilter
from inventory_app.ui.styling import named

ANY_DATE = QDate(2000, 1, 1)  # the date edits' minimum, shown as "Any"
SEARCH_PAUSE_MS = 250  # a query per pause in typing, not per key


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class HistoryFilters(QWidget):
    """Emits `changed` whenever the question changes; `current()` is the filter to ask.

    The search field belongs to the filter but the page places it (beside its buttons).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = named(QComboBox(), "historyItem")
        self.item.setEditable(True)
        self.item.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.item.setMinimumWidth(220)
        completer = QCompleter(self.item.model(), self.item)
        self.item.setCompleter(completer)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.person = named(QComboBox(), "historyPerson")
        self.reason = named(QComboBox(), "historyReason")
        self.kind = named(QComboBox(), "historyKind")
        self.since = self._date_edit("historySince")
        self.until = self._date_edit("historyUntil")
        self.search = named(QLineEdit(), "historySearch")
        self.search.setPlaceholderText(tr("Search item, SKU, bottle, note, reference"))
        self.search.setClearButtonEnabled(True)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEARCH_PAUSE_MS)
        self._pause.timeout.connect(self.changed.emit)
        self.set_choices(TimelineChoices(items=[], reasons=[], entities=[]))
        self.set_people([])
        self._lay_out()
        for combo in (self.item, self.person, self.reason, self.kind):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        for edit in (self.since, self.until):
            edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.search.textChanged.connect(lambda _t: self._pause.start())
        self.search.returnPressed.connect(self.flush_search)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = named(QDateEdit(), name)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(ANY_DATE)
        edit.setSpecialValueText(tr("Any"))
        edit.setDisplayFormat("dd/MM/yyyy" if decimal_comma() else "yyyy-MM-dd")
        edit.setDate(ANY_DATE)
        return edit

    def _lay_out(self) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        parts = ((tr("Item"), self.item), (tr("Person"), self.person),
                 (tr("Reason"), self.reason), (tr("Kind"), self.kind))  # fmt: skip
        _labelled(row, parts)
        row.addStretch(1)
        # The days go on the page's second row, with the search box and its buttons: six
        # labelled filters on one row made the window wider than a 1280-pixel screen.
        self.dates = QWidget(self)
        days = QHBoxLayout(self.dates)
        days.setContentsMargins(0, 0, 0, 0)
        days.setSpacing(8)
        _labelled(days, ((tr("From"), self.since), (tr("To"), self.until)))

    # --- choices and the filter -------------------------------------------------------------
    def set_choices(self, choices: TimelineChoices) -> None:
        """Refill the combos, keeping what was chosen; quietly (no query per refill)."""
        self.blockSignals(True)
        try:
            self._fill(self.item, tr("All items"), [(label, i) for i, label in choices.items])
            self._fill(
                self.reason, tr("Any reason"), [(reason_words(r), r) for r in choices.reasons]
            )
            kinds = [
                (tr("Stock movements"), Kind.MOVEMENT.value),
                (tr("All changes"), Kind.CHANGE.value),
            ]
            kinds += [
                (tr("Changes: {what}").format(what=entity_words(e)), f"{Kind.CHANGE.value}:{e}")
                for e in choices.entities
            ]
            self._fill(self.kind, tr("Everything"), kinds)
        finally:
            self.blockSignals(False)

    def set_people(self, people: Sequence[str]) -> None:
        """The person filter's choices, read apart from the rest (see HistoryPage)."""
        self._fill(self.person, tr("Everyone"), [(p, p) for p in people])

    def _fill(
        self, combo: QComboBox, everything: str, entries: Sequence[tuple[str, object]]
    ) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, data in entries:
            combo.addItem(text, data)
        found = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def current(self) -> TimelineFilter:
        kind, _, entity = (self.kind.currentData() or "").partition(":")
        first, last = self.since.date(), self.until.date()
        since, until = local_days(
            None if first == ANY_DATE else _day(first), None if last == ANY_DATE else _day(last)
        )
        return TimelineFilter(
            item_id=self.item.currentData(),
            person=self.person.currentData() or "",
            reason=self.reason.currentData() or "",
            kind=Kind(kind) if kind else None,
            entity=entity,
            since=since,
            until=until,
            search=self.search.text(),
        )

    def flush_search(self) -> None:
        """Enter in the search box: ask now rather than after the pause."""
        if self._pause.isActive():
            self._pause.stop()
            self.changed.emit()

    # --- set from code (the page's own shortcuts and the tests) -----------------------------
    def choose(self, combo: QComboBox, data: object) -> None:
        combo.setCurrentIndex(max(combo.findData(data), 0))

    def set_days(self, first: date | None, last: date | None) -> None:
        """One day (first == last), a range, or any time (None)."""
        self.since.setDate(QDate(first) if first else ANY_DATE)
        self.until.setDate(QDate(last) if last else ANY_DATE)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()


def _labelled(row: QHBoxLayout, parts: Sequence[tuple[str, QWidget]]) -> None:
    for text, widget in parts:
        label = QLabel(text)
        label.setBuddy(widget)
        row.addWidget(label)
        row.addWidget(widget)
