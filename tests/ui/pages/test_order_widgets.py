"""ui/pages/order_widgets.py: the pack-stepping quantity editor, the compact table and the
export runner, on a copy of the demo bar's proposal."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QProgressBar,
    QSpinBox,
    QStyleOptionViewItem,
    QWidget,
)

from inventory_app.db.engine import Database
from inventory_app.domain.errors import InventoryError
from inventory_app.services.ordering.reorder import ProposalLine
from inventory_app.ui import queries
from inventory_app.ui.context import AppContext, Changes
from inventory_app.ui.models.order_models import ProposalColumn, ProposalModel
from inventory_app.ui.pages.order_widgets import (
    MAX_CONTAINERS,
    ROW_HEIGHT,
    PackSpinDelegate,
    ReorderExport,
    proposal_summary,
    table_view,
)
from inventory_app.ui.worker import PER_MILLE
from tests.ui.conftest import DEMO_OWNER

WAIT_MS = 10000


def proposal(database: Database) -> ProposalModel:
    model = ProposalModel()
    model.set_proposals(queries.load_proposal(database))
    return model


def test_the_spin_box_steps_a_pack_and_hands_whole_containers_back(
    qtbot: Any, demo_db: Database
) -> None:
    model = proposal(demo_db)
    parent = QWidget()
    qtbot.addWidget(parent)
    index = model.index(1, ProposalColumn.QUANTITY)
    line = model.row_at(1)
    assert isinstance(line, ProposalLine)
    delegate = PackSpinDelegate()
    spin = delegate.createEditor(parent, QStyleOptionViewItem(), index)
    assert isinstance(spin, QSpinBox)
    assert (spin.minimum(), spin.maximum()) == (0, MAX_CONTAINERS)
    assert spin.singleStep() == max(1, line.pack_size)
    delegate.setEditorData(spin, index)
    assert spin.value() == int(line.quantity)
    spin.stepUp()
    delegate.setModelData(spin, model, index)
    [(key, typed)] = model.edited_quantities().items()
    assert key[1] == line.sku and typed == line.quantity + max(1, line.pack_size)


def test_the_table_stretches_one_column_and_selects_rows(qtbot: Any, demo_db: Database) -> None:
    table = table_view(proposal(demo_db), stretch=ProposalColumn.ITEM)
    qtbot.addWidget(table)
    header = table.horizontalHeader()
    assert header.sectionResizeMode(ProposalColumn.ITEM) == QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(ProposalColumn.SKU) == QHeaderView.ResizeMode.ResizeToContents
    assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert table.verticalHeader().defaultSectionSize() == ROW_HEIGHT


def test_the_export_runs_in_a_worker_and_fills_the_bar(
    qtbot: Any, demo_db: Database, tmp_path: Path
) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    bar = QProgressBar(holder)
    context = AppContext(database=demo_db, user=DEMO_OWNER, changes=Changes())
    export = ReorderExport(context, bar, holder)
    assert not export.running
    out = tmp_path / "orders.xlsx"
    with qtbot.waitSignal(export.finished, timeout=WAIT_MS) as done:
        export.start(out, {})
    export.wait()
    assert done.args == [out] and out.is_file()
    assert bar.value() == PER_MILLE and not export.running


def test_an_export_that_fails_says_why(
    qtbot: Any, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the error log goes there
    holder = QWidget()
    qtbot.addWidget(holder)
    context = AppContext(database=demo_db, user=DEMO_OWNER, changes=Changes())
    export = ReorderExport(context, QProgressBar(holder), holder)
    with qtbot.waitSignal(export.finished, timeout=WAIT_MS) as done:
        export.start(tmp_path / "no such folder" / "orders.xlsx", {})
    export.wait()
    [error] = done.args
    assert isinstance(error, InventoryError) and "FileNotFoundError" in str(error)
    assert (tmp_path / "data").is_dir()


def test_the_proposal_summary_counts_lines_and_suppliers_in_words(demo_db: Database) -> None:
    proposals = queries.load_proposal(demo_db)
    assert len(proposals) > 1
    first = len(proposals[0].lines)
    lines = sum(len(p.lines) for p in proposals)
    one = "1 line" if first == 1 else f"{first} lines"
    assert proposal_summary(proposals[:1], []) == f"{one} for 1 supplier"
    assert proposal_summary(proposals, []) == f"{lines} lines for {len(proposals)} suppliers"


@pytest.mark.usefixtures("italian")
def test_the_proposal_summary_in_italian(demo_db: Database) -> None:
    proposals = queries.load_proposal(demo_db)
    lines = sum(len(p.lines) for p in proposals)
    assert proposal_summary(proposals, []) == f"{lines} righe per {len(proposals)} fornitori"
