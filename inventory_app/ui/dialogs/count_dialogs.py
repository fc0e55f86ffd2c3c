"""The count's dialogs: which locations to count, and what finalising found."""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from inventory_app.domain.display import number_text, percent_text
from inventory_app.domain.money import format_money
from inventory_app.i18n.catalogue import tr
from inventory_app.services.counts.report import CountReport
from inventory_app.services.counts.sessions import refusals_text
from inventory_app.services.counts.view import CountState
from inventory_app.ui.dialogs.buttons import standard_buttons

WORST_SHOWN = 5


class StartCountDialog(QDialog):
    """Every location ticked: the whole bar; untick the ones not counted this time."""

    def __init__(self, parent: QWidget | None, *, locations: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Start a count"))
        self.list = QListWidget()
        for name in locations:
            item = QListWidgetItem(name, self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        buttons = standard_buttons(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Start count"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Count these locations, in walking order:")))
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[str, ...]:
        """The ticked locations; all of them means the whole bar (items without one too)."""
        items = [self.list.item(n) for n in range(self.list.count())]
        ticked = tuple(i.text() for i in items if i.checkState() == Qt.CheckState.Checked)
        return () if len(ticked) == len(items) else ticked

    @classmethod
    def ask(cls, parent: QWidget | None, *, locations: list[str]) -> tuple[str, ...] | None:
        """The locations to count (empty: the whole bar), or None when cancelled."""
        dialog = cls(parent, locations=locations)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = dialog.chosen()
        return chosen if chosen or dialog.list.count() else ()


def show_refused(parent: QWidget | None, state: CountState) -> None:
    """Refused entries count nothing: the count waits until each is fixed or cleared."""
    refused = [(r.sku, r.name, r.refused or "") for r in state.refused]
    text = refusals_text(state.count_id, refused)
    QMessageBox.warning(parent, tr("Count not finalised"), text[0].upper() + text[1:])


def confirm_finalise(parent: QWidget | None, state: CountState) -> bool:
    """Finalising writes to the ledger and cannot be undone as a whole: ask first."""
    left = len(state.rows) - state.counted
    text = tr(
        "Finalise count {count}? {counted} of {total} items are counted; their differences "
        "are written to the ledger as count movements."
    ).format(count=state.count_id, counted=_whole(state.counted), total=_whole(len(state.rows)))
    if left:
        text += "\n\n" + tr("{left} items not counted keep their stock as it is.").format(
            left=_whole(left)
        )
    answer = QMessageBox.question(parent, tr("Finalise the count"), text)
    return answer == QMessageBox.StandardButton.Yes


def summary_html(report: CountReport) -> str:
    """Items counted, the variance in money, and the worst items."""
    t = report.totals
    worst = [v for v in report.lines if v.variance_value < 0][:WORST_SHOWN]
    rows = "".join(
        f"<tr><td>{escape(v.name)}</td><td align='right'>{format_money(v.variance_value)}</td>"
        f"<td align='right'>{'' if v.variance_pct is None else percent_text(v.variance_pct)}"
        "</td></tr>"
        for v in worst
    )
    heading = tr("Worst items")
    table = f"<p><b>{heading}</b></p><table cellspacing='6'>{rows}</table>" if worst else ""
    counted = tr("<b>{items}</b> items counted.").format(items=_whole(t.items))
    variance = tr("Variance at cost: <b>{variance}</b> (losses {losses}).").format(
        variance=format_money(t.variance_value), losses=format_money(t.losses_value)
    )
    return f"<p>{counted}</p><p>{variance}</p>{table}"


def _whole(count: int) -> str:
    """A count of items as the reader groups thousands ('1,500', '1.500')."""
    return number_text(Decimal(count))


def show_summary(parent: QWidget | None, report: CountReport) -> None:
    """What finalising found, before the Variance page shows every line."""
    box = QMessageBox(parent)
    box.setWindowTitle(tr("Count {count} finalised").format(count=report.count_id))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(summary_html(report))
    box.exec()
