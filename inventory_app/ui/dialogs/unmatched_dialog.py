"""Unmatched sales in the window: the till lines of no recipe, each resolved in turn.

Reached from the Dashboard's and Variance's line about them, from File › Unmatched
sales…, and from the import dialog once it has parked some (issue 18). Resolving deducts
once, dated when the drink was sold; undoing that deduction is the History page's (each
movement undone as any is), and the line stays resolved: the till sold the drink, so
the line never goes back to waiting (services/selling/unmatched.py).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inventory_app.domain.errors import InventoryError
from inventory_app.domain.permissions import Action, refusal
from inventory_app.domain.recipes import SaleKind
from inventory_app.i18n.catalogue import ntr, tr
from inventory_app.services.selling.unmatched import Resolved, Unmatched, Unresolved
from inventory_app.ui import formatting, pour_work
from inventory_app.ui.context import AppContext
from inventory_app.ui.dialogs.buttons import standard_buttons
from inventory_app.ui.dialogs.resolve_dialog import Resolution, ResolveDialog
from inventory_app.ui.models.unmatched_model import UnmatchedModel
from inventory_app.ui.styling import named

ROW_HEIGHT = 36


def describe(line: Unmatched) -> str:
    """'<b>Special</b> × 2 · 06/03/2026 22:15 · €24.00' and its note below."""
    head = tr("<b>{item}</b> × {quantity} · {when} · {takings}").format(
        item=line.item.replace("<", "&lt;"),
        quantity=formatting.grouped(line.quantity),
        when=formatting.local_time(line.at),
        takings=formatting.euros(line.amount) or "—",
    )
    if line.kind == SaleKind.REFUND:
        head += " · " + tr("a refund: resolving it deducts nothing")
    if line.note:
        head += "<br>" + tr("Note: {note}").format(note=line.note.replace("<", "&lt;"))
    if line.quantity != 1:
        head += "<br>" + tr("What was poured is for one drink: it is taken {times} times.").format(
            times=formatting.grouped(line.quantity)
        )
    return head


class UnmatchedDialog(QDialog):
    """The waiting lines, oldest first; Resolve (or a double-click) opens the chosen one."""

    def __init__(self, parent: QWidget | None, *, context: AppContext) -> None:
        super().__init__(parent)
        self.setObjectName("unmatchedDialog")
        self.setWindowTitle(tr("Unmatched sales"))
        self._context = context
        self.resolved_any = False
        self.intro = QLabel(
            tr(
                "Till lines whose item is no recipe: nothing is deducted for them until each is "
                "resolved, to the recipe it was or to what was poured. Resolving deducts once, "
                "dated when the drink was sold."
            ),
            wordWrap=True,
        )
        self.model = UnmatchedModel(self)
        self.table = named(QTableView(), "unmatchedTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        for column, width in ((0, 150), (1, 170), (3, 60), (4, 90), (5, 90)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.resolve_chosen())
        self.count = named(QLabel(), "count")
        self.show_resolved = QCheckBox(tr("Show &resolved lines"))
        self.show_resolved.toggled.connect(lambda _on: self.reload())
        self.resolve_button = named(QPushButton(tr("&Resolve…")), "resolveChosen")
        self.resolve_button.clicked.connect(self.resolve_chosen)
        self.buttons = standard_buttons(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.message = named(QLabel(wordWrap=True), "fieldError")
        self.message.hide()
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.show_resolved)
        row.addWidget(self.resolve_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.resize(860, 520)
        self.reload()

    @classmethod
    def ask(cls, parent: QWidget | None, *, context: AppContext) -> bool:
        """Modal; whether any line was resolved."""
        dialog = cls(parent, context=context)
        dialog.exec()
        return dialog.resolved_any

    def reload(self) -> None:
        lines = pour_work.load_unmatched(
            self._context.database, include_resolved=self.show_resolved.isChecked()
        )
        self.model.set_rows(lines)
        waiting = sum(1 for line in lines if not line.resolved)
        self.count.setText(
            ntr("{count} line waits", "{count} lines wait", waiting).format(count=waiting)
            if waiting
            else tr("No line waits: every till line is resolved")
        )
        first = next((n for n, line in enumerate(lines) if not line.resolved), None)
        if first is not None:
            self.table.selectRow(first)
        self._enable()

    def chosen(self) -> Unmatched | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        line = self.model.row_at(rows[0].row())
        return None if line.resolved else line

    def _enable(self) -> None:
        self.resolve_button.setEnabled(self.chosen() is not None)

    def resolve_chosen(self) -> None:
        """The chosen line in the resolve dialog; the list then shows what still waits."""
        line = self.chosen()
        if line is None:
            return
        done = self.resolve_line(line)
        if done is not None:
            self.resolved_any = True
            self.message.hide()
            self.reload()

    def resolve_line(self, line: Unmatched) -> Resolved | None:
        context = self._context
        database = context.database
        may = context.may(Action.IMPORT_SALES)
        dialog = ResolveDialog(
            self,
            line=line,
            described=describe(line),
            sheet=pour_work.load_pour_sheet(database),
            recipe_pours=lambda recipe_id, channel: pour_work.load_recipe_pours(
                database, recipe_id, channel
            ),
            resolve=lambda chosen: self._resolve(line, chosen),
            refusal=None if may else refusal(context.user, context.role, Action.IMPORT_SALES),
        )
        dialog.exec()
        return dialog.resolved

    def _resolve(self, line: Unmatched, chosen: Resolution) -> Resolved | InventoryError:
        if chosen.recipe is not None:
            return pour_work.resolve_to_recipe(
                self._context, unmatched_id=line.id, recipe=chosen.recipe
            )
        return pour_work.resolve_to_pours(
            self._context, unmatched_id=line.id, pours=list(chosen.pours)
        )


class UnmatchedNotice(QWidget):
    """The Dashboard's and Variance's line about waiting lines, and the button to resolve them."""

    def __init__(self, context: AppContext, *, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.label = named(QLabel(), name)  # one short line: wrapped, it broke in two
        self.button = named(QPushButton(), "resolveUnmatched")  # worded by show_waiting
        self.button.clicked.connect(self.open_list)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.button)
        row.addStretch(1)  # the button beside the words it acts on, not across the page
        self.hide()

    def show_waiting(self, waiting: Unresolved | None) -> None:
        """The count and takings still waiting; hidden when none waits."""
        lines = waiting.lines if waiting is not None else 0
        self.label.setText(waiting.text() if waiting is not None else "")
        self.button.setText(ntr("Resolve it…", "Resolve them…", lines))
        self.label.setVisible(bool(lines))
        self.setVisible(bool(lines))

    def open_list(self) -> None:
        UnmatchedDialog.ask(self.window(), context=self._context)
