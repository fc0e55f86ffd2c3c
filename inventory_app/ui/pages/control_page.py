"""The Control page: for any week, what was opened, what is open now, what outran the sales."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QAbstractItemModel, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inventory_app.domain.units import format_decimal
from inventory_app.i18n.catalogue import current_language, ntr, tr
from inventory_app.i18n.formats import month_name, weekday_name
from inventory_app.services.bottles.opening_control import OpeningReport
from inventory_app.ui import queries
from inventory_app.ui.context import AppContext, Change
from inventory_app.ui.models.control_models import (
    ExcessModel,
    FlagModel,
    OpenNowModel,
    WeekOpeningModel,
    control_flags,
)
from inventory_app.ui.pages.sell_widgets import caption
from inventory_app.ui.styling import named

ROW_HEIGHT = 28
WEEK = timedelta(days=7)


def week_start(day: date) -> date:
    """The Monday of the day's week."""
    return day - timedelta(days=day.weekday())


def period_text(first: date, last: date) -> str:
    """'Mon 2 Mar – Sun 8 Mar 2026' ('lun 2 mar – dom 8 mar 2026')."""
    return tr("{first} – {last} {year}").format(first=_day(first), last=_day(last), year=last.year)


def _day(day: date) -> str:
    return f"{weekday_name(day, short=True)} {day.day} {month_name(day, short=True)}"


def excess_note(report: OpeningReport) -> str:
    tolerance = format_decimal(report.tolerance)
    if not report.excess:
        return tr("No item was opened beyond its usage (tolerance {tolerance} container)").format(
            tolerance=tolerance
        )
    count = len(report.excess)
    return ntr(
        "{count} item opened more than {tolerance} container beyond what sales, prep "
        "batches and losses explain",
        "{count} items opened more than {tolerance} container beyond what sales, prep "
        "batches and losses explain, worst first",
        count,
    ).format(count=count, tolerance=tolerance)


def flags_note(report: OpeningReport, flags: int) -> str:
    if flags:
        return tr("Flags of the moment: taste and finish these soon")
    return tr("No open bottle past {months} months, no flask past its shelf life").format(
        months=report.oxidation_months
    )


class ControlPage(QWidget):
    """The owner's weekly check; the period is seven local days from the picked start."""

    SHOWS = (
        Change.BOTTLES
        | Change.SALES
        | Change.RECIPES
        | Change.STOCK
        | Change.ITEMS
        | Change.SETTINGS
    )  # the changes it refreshes on

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("controlPage")
        self._context = context
        self._today = today
        self.week_model = WeekOpeningModel(self)
        self.open_model = OpenNowModel(self)
        self.excess_model = ExcessModel(self)
        self.flag_model = FlagModel(self)
        self._build()
        context.changes.watch(self, self.SHOWS, self.refresh)
        self.show_week_of(today())

    # --- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.week_table = self._table(self.week_model, stretch=1)
        self.open_table = self._table(self.open_model, stretch=0)
        self.excess_table = self._table(self.excess_model, stretch=1)
        self.flag_table = self._table(self.flag_model, stretch=4)
        self.week_caption, self.open_caption = caption(""), caption("")
        self.excess_caption, self.flag_caption = caption(""), caption("")
        self.excess_note = named(QLabel(), "count")
        self.flags_note = named(QLabel(), "count")
        grid = QGridLayout()
        grid.setSpacing(14)
        grid.addWidget(self._card(self.week_caption, self.week_table), 0, 0)
        grid.addWidget(self._card(self.open_caption, self.open_table), 0, 1)
        grid.addWidget(self._findings(), 1, 0, 1, 2)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 7)  # bottle labels are long
        grid.setRowStretch(0, 5)
        grid.setRowStretch(1, 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(12)
        layout.addLayout(self._week_bar())
        layout.addLayout(grid, 1)

    def _week_bar(self) -> QHBoxLayout:
        self.week_start = named(QDateEdit(), "weekStart")
        self.week_start.setCalendarPopup(True)
        self.week_start.setLocale(QLocale(current_language()))  # its day and month names
        self.week_start.setDisplayFormat("ddd d MMM yyyy")
        self.week_start.setMinimumWidth(150)
        self.week_start.dateChanged.connect(lambda _d: self.refresh())
        self.previous_button = self._button(tr("◀  Previous week"), lambda: self._shift(-WEEK))
        self.next_button = self._button(tr("Next week  ▶"), lambda: self._shift(WEEK))
        self.last_days_button = self._button(tr("Last 7 days"), self.show_last_days)
        self.period_label = named(QLabel(), "periodTitle")
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(QLabel(tr("Week from")))
        bar.addWidget(self.week_start)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.last_days_button)
        bar.addStretch(1)
        bar.addWidget(self.period_label)
        return bar

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = named(QPushButton(text), "weekButton")
        button.clicked.connect(lambda: slot())
        return button

    def _findings(self) -> QFrame:
        card = named(QFrame(), "controlCard")
        column = QVBoxLayout(card)
        column.setContentsMargins(16, 14, 16, 14)
        column.setSpacing(8)
        column.addWidget(self.excess_caption)
        column.addWidget(self.excess_note)
        column.addWidget(self.excess_table, 3)
        column.addSpacing(6)
        column.addWidget(self.flag_caption)
        column.addWidget(self.flags_note)
        column.addWidget(self.flag_table, 2)
        return card

    def _card(self, title: QLabel, table: QTableView) -> QFrame:
        card = named(QFrame(), "controlCard")
        column = QVBoxLayout(card)
        column.setContentsMargins(16, 14, 16, 14)
        column.setSpacing(8)
        column.addWidget(title)
        column.addWidget(table, 1)
        return card

    def _table(self, model: QAbstractItemModel, *, stretch: int) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        rows = table.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(ROW_HEIGHT)
        header = table.horizontalHeader()
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return table

    # --- the period -----------------------------------------------------------------------
    def period(self) -> tuple[date, date]:
        """The first and last local day shown, both included."""
        first = self.week_start.date().toPython()
        assert isinstance(first, date)
        return first, first + timedelta(days=6)

    def show_week_of(self, day: date) -> None:
        """Monday to Sunday of the day's week."""
        self._set_start(week_start(day))

    def show_last_days(self) -> None:
        """The seven days ending today."""
        self._set_start(self._today() - timedelta(days=6))

    def _shift(self, step: timedelta) -> None:
        self._set_start(self.period()[0] + step)

    def _set_start(self, first: date) -> None:
        if self.week_start.date().toPython() == first:
            self.refresh()  # same date: no dateChanged, still show fresh data
        else:
            self.week_start.setDate(QDate(first.year, first.month, first.day))

    # --- what the page shows ---------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the period's openings, what is open now and the control report."""
        first, last = self.period()
        state = queries.load_control(self._context.database, first, last)
        flags = control_flags(state.report)
        self.week_model.set_rows(state.openings)
        self.open_model.set_rows(state.open_now)
        self.excess_model.set_rows(state.report.excess)
        self.flag_model.set_rows(flags)
        self.period_label.setText(period_text(first, last))
        self.next_button.setEnabled(first + WEEK <= self._today())
        self.week_caption.setText(
            tr("OPENED IN THE WEEK · {count}").format(count=len(state.openings))
        )
        self.open_caption.setText(tr("OPEN NOW · {count}").format(count=len(state.open_now)))
        self.excess_caption.setText(
            tr("OPENINGS BEYOND USAGE · {count}").format(count=len(state.report.excess))
        )
        self.flag_caption.setText(tr("OXIDATION AND SHELF LIFE · {count}").format(count=len(flags)))
        self.excess_note.setText(excess_note(state.report))
        self.flags_note.setText(flags_note(state.report, len(flags)))
        for table in (self.week_table, self.open_table, self.excess_table, self.flag_table):
            table.resizeColumnsToContents()
