"""The Variance page: what a finalised count revealed, worst loss in money first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inventory_app.domain import display
from inventory_app.domain.money import format_money
from inventory_app.i18n.catalogue import N_, tr
from inventory_app.services.counts.report import FIGURE_MEANINGS, CountReport
from inventory_app.services.counts.report_export import export_count_report
from inventory_app.ui import formatting, queries
from inventory_app.ui.context import AppContext, Change
from inventory_app.ui.dialogs.unmatched_dialog import UnmatchedNotice
from inventory_app.ui.file_choice import save_path
from inventory_app.ui.icons import icon
from inventory_app.ui.models.variance_model import VarianceColumn, VarianceModel
from inventory_app.ui.styling import named

ROW_HEIGHT = 28
COLUMN_WIDTHS = {
    VarianceColumn.SKU: 120,
    VarianceColumn.LOCATION: 140,
    VarianceColumn.EXPECTED: 100,
    VarianceColumn.COUNTED: 100,
    VarianceColumn.VARIANCE: 100,
    VarianceColumn.VALUE: 90,
    VarianceColumn.PCT: 90,
    VarianceColumn.USED: 100,
}
FACTS = tuple(FIGURE_MEANINGS)
# The figures' captions as a person reads them (the keys stay the report's names).
FACT_CAPTIONS = {
    "Items": N_("Items"), "Net variance": N_("Net variance"), "Losses": N_("Losses"),
    "Used by sales": N_("Used by sales"), "Used by preps": N_("Used by preps"),
    "Waste": N_("Waste"), "Unexplained": N_("Unexplained"), "Beverage cost": N_("Beverage cost"),
}  # fmt: skip


class VariancePage(QWidget):
    """Shows the latest finalised count unless another is picked; exports it to Excel."""

    SHOWS = (
        Change.COUNTS | Change.STOCK | Change.ITEMS | Change.SETTINGS | Change.SALES
    )  # the changes it refreshes on

    status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.report: CountReport | None = None
        self._newest: int | None = None
        self.model = VarianceModel(self)
        self.picker = named(QComboBox(), "countPicker")
        self.picker.setMinimumWidth(260)
        self.title = named(QLabel(), "pageTitle")
        self.facts = {name: QLabel() for name in FACTS}
        self.captions: dict[str, QLabel] = {}
        self.unmatched_notice = UnmatchedNotice(context, name="varianceUnmatched")
        self.unmatched = self.unmatched_notice.label
        self.table = self._table()
        self.export_action = QAction(icon("import"), tr("&Export to Excel…"), self)
        self.export_action.triggered.connect(lambda: self.export())
        export = QToolButton()
        export.setDefaultAction(self.export_action)
        export.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        export.setIconSize(QSize(18, 18))
        export.setAutoRaise(True)
        bar = QHBoxLayout()
        bar.addWidget(self.picker)
        bar.addWidget(self.title, 1)
        bar.addWidget(export)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(bar)
        layout.addLayout(self._fact_grid())
        layout.addWidget(self.unmatched_notice)
        layout.addWidget(self.table, 1)
        context.changes.watch(self, self.SHOWS, self.refresh)
        self.picker.activated.connect(lambda _n: self._load(self.picker.currentData()))
        self.refresh()

    def _table(self) -> QTableView:
        table = named(QTableView(), "varianceTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setShowGrid(False)
        table.setWordWrap(False)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(ROW_HEIGHT)
        for column, width in COLUMN_WIDTHS.items():
            table.setColumnWidth(column, width)
        table.horizontalHeader().setSectionResizeMode(
            VarianceColumn.ITEM, QHeaderView.ResizeMode.Stretch
        )
        return table

    def _fact_grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(28)
        for n, name in enumerate(FACTS):
            caption = named(QLabel(tr(FACT_CAPTIONS.get(name, name))), "count")
            caption.setToolTip(tr(FIGURE_MEANINGS[name]))
            self.captions[name] = caption
            grid.addWidget(caption, 0, n)
            value = self.facts[name]
            value.setToolTip(tr(FIGURE_MEANINGS[name]))
            value.setStyleSheet("font-size: 15px; font-weight: 600;")
            grid.addWidget(value, 1, n)
        grid.setColumnStretch(len(FACTS), 1)
        return grid

    def show_costs(self, visible: bool) -> None:
        """Money (values, losses, beverage cost) is the owner's unless the bar shares costs."""
        self.table.setColumnHidden(VarianceColumn.VALUE, not visible)
        for name in FACTS[1:]:
            self.facts[name].setVisible(visible)
            self.captions[name].setVisible(visible)

    # --- what the page shows ---------------------------------------------------------------
    def refresh(self) -> None:
        """Re-list the finalised counts; a newly finalised one is shown, else the picked one."""
        keep = self.picker.currentData()
        counts = queries.load_finalised_counts(self._context.database)
        newest = counts[0].count_id if counts else None
        if newest != self._newest:
            keep, self._newest = newest, newest
        self.picker.clear()
        for listing in counts:
            when = formatting.local_time(listing.finalised_at)
            self.picker.addItem(
                tr("Count {number} · {when}").format(number=listing.count_id, when=when),
                listing.count_id,
            )
        found = self.picker.findData(keep) if keep is not None else -1
        self.picker.setCurrentIndex(max(found, 0))
        self._load(self.picker.currentData())

    def _load(self, count_id: int | None) -> None:
        self.report = (
            queries.load_count_report(self._context.database, count_id)
            if count_id is not None
            else None
        )
        self.model.set_rows(self.report.lines if self.report else [])
        self.export_action.setEnabled(self.report is not None)
        self._show_facts(self.report)

    def _show_facts(self, report: CountReport | None) -> None:
        waiting = report.unresolved if report is not None else None
        self.unmatched_notice.show_waiting(waiting)
        if report is None:
            self.title.setText(tr("No finalised count yet: finalise one on the Count page"))
            for label in self.facts.values():
                label.clear()
            return
        start = report.period_start
        since = formatting.local_time(start) if start else tr("the start")
        self.title.setText(
            tr("Since {since} · sorted by loss in money · red: losses over 4 % of usage").format(
                since=since
            )
        )
        t, u = report.totals, report.usage
        cost = report.beverage_cost_pct
        values = (
            str(t.items), format_money(t.variance_value), format_money(t.losses_value),
            format_money(u.sales), format_money(u.prep), format_money(u.waste),
            format_money(u.unexplained),
            display.percent_text(cost) if cost is not None else tr("needs two counts and sales"),
        )  # fmt: skip
        for name, text in zip(FACTS, values, strict=True):
            self.facts[name].setText(text)
        for name, amount in (("Net variance", t.variance_value), ("Losses", t.losses_value),
                             ("Unexplained", u.unexplained)):  # fmt: skip
            self.facts[name].setStyleSheet(
                "font-size: 15px; font-weight: 600;" + (" color: #b3261e;" if amount < 0 else "")
            )

    # --- actions --------------------------------------------------------------------------
    def export(self, path: Path | None = None) -> None:
        if self.report is None:
            return
        if path is None:
            suggested = f"variance-count-{self.report.count_id}.xlsx"
            path = save_path(self, tr("Export variance"), suggested)
            if path is None:
                return
        try:
            export_count_report(self.report, path)
        except OSError as error:
            QMessageBox.warning(self, tr("Not exported"), str(error))
            return
        self.status_message.emit(
            tr("Exported the variance of count {number}").format(number=self.report.count_id)
        )
