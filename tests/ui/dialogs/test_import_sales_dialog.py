"""Import sales: preview with unknown names, a worker-thread import with progress, cancel."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from inventory_app.ui.context import AppContext
from inventory_app.ui.dialogs.import_sales_dialog import ImportSalesDialog
from inventory_app.ui.models.sales_preview_model import PreviewColumn
from inventory_app.ui.worker import PER_MILLE, Worker
from tests.ui.conftest import Bar, Menu, on_hand

D = Decimal
HEADER = "date,time,item,qty,channel,transaction_id\n"
WAIT_MS = 10_000


def sales_file(folder: Path, lines: int, *, unknown: int = 0, name: str = "sales.csv") -> Path:
    """`lines` Negronis to the speakeasy (no cup), then `unknown` lines of an unknown drink."""
    rows = [f"2026-11-20,21:{n % 60:02d},Negroni classico,1,speakeasy,T{n}\n" for n in range(lines)]
    rows += [f"2026-11-20,22:00,Mystery Sour,1,takeaway,U{n}\n" for n in range(unknown)]
    path = folder / name
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


@pytest.fixture
def dialog(qtbot: Any, context: AppContext, menu: Menu) -> Iterator[ImportSalesDialog]:
    dialog = ImportSalesDialog(None, context=context)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    dialog.wait_for_worker()


def settle(qtbot: Any, dialog: ImportSalesDialog) -> None:
    qtbot.waitUntil(
        lambda: not dialog.running() and dialog.close_button.isEnabled(), timeout=WAIT_MS
    )


def test_preview_marks_unknown_names(qtbot: Any, dialog: ImportSalesDialog, tmp_path: Path) -> None:
    dialog.set_file(sales_file(tmp_path, 25, unknown=3))
    settle(qtbot, dialog)
    assert dialog.model.rowCount() == 20
    assert dialog.lines_label.text() == "sales.csv: generic format, 28 lines (first 20 shown)"
    assert dialog.model.index(0, PreviewColumn.RECIPE).data() == "Negroni"
    assert dialog.unknown.isVisible()
    assert '"Mystery Sour" (3 lines)' in dialog.unknown.text()


def test_unknown_names_stop_the_import_unless_skipped(
    qtbot: Any, dialog: ImportSalesDialog, tmp_path: Path, context: AppContext, bar: Bar
) -> None:
    dialog.set_file(sales_file(tmp_path, 4, unknown=2))
    settle(qtbot, dialog)
    dialog.start_import()
    settle(qtbot, dialog)
    assert "1 unknown item; nothing was imported" in dialog.status.text()
    assert on_hand(context.database, bar.gin) == D(1400)
    dialog.skip_unknown.setChecked(True)
    dialog.start_import()
    settle(qtbot, dialog)
    assert "Imported 4 of 6 lines" in dialog.status.text()
    assert "2 parked as unmatched" in dialog.status.text()
    assert on_hand(context.database, bar.gin) == D(1400 - 4 * 30)


def test_import_runs_in_a_worker_to_the_end(
    qtbot: Any, dialog: ImportSalesDialog, tmp_path: Path, context: AppContext, bar: Bar
) -> None:
    dialog.set_file(sales_file(tmp_path, 4_500))
    settle(qtbot, dialog)
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(context.changes.changed, timeout=WAIT_MS):
        dialog.start_import()
        assert dialog.running() and not dialog.close_button.isEnabled()
        assert dialog.cancel_button.isEnabled()
    settle(qtbot, dialog)
    assert dialog.progress.value() == PER_MILLE
    assert len(set(seen)) > 2  # it moved along the way, not only at the end
    assert dialog.status.text().startswith("Imported 4,500 of 4,500 lines (4,500 drinks)")
    assert on_hand(context.database, bar.gin) == D(1400 - 4_500 * 30)
    assert on_hand(context.database, bar.cups) == D(100)  # speakeasy: no cup
    assert dialog.summary is not None and dialog.summary.imported == 4_500
    dialog.start_import()
    settle(qtbot, dialog)
    assert "Imported 0 of 4,500 lines" in dialog.status.text()
    assert "4,500 already known" in dialog.status.text()


def test_dry_run_writes_nothing(
    qtbot: Any, dialog: ImportSalesDialog, tmp_path: Path, context: AppContext, bar: Bar
) -> None:
    dialog.set_file(sales_file(tmp_path, 10))
    settle(qtbot, dialog)
    dialog.dry_run.setChecked(True)
    dialog.start_import()
    settle(qtbot, dialog)
    assert dialog.status.text().startswith("Dry run, nothing written: would import 10 of 10")
    assert on_hand(context.database, bar.gin) == D(1400)
    assert dialog.summary is None


def test_cancel_half_way_leaves_nothing(
    qtbot: Any,
    dialog: ImportSalesDialog,
    tmp_path: Path,
    context: AppContext,
    bar: Bar,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    original = Worker._report

    def press_cancel_in_pass_two(worker: Worker, done: int, total: int) -> bool:
        if done * 2 > total:  # the first chunk of the writing pass has been written
            worker.cancel()
        return original(worker, done, total)

    monkeypatch.setattr(Worker, "_report", press_cancel_in_pass_two)
    dialog.set_file(sales_file(tmp_path, 4_500))
    settle(qtbot, dialog)
    dialog.start_import()
    settle(qtbot, dialog)
    assert dialog.status.text() == "Cancelled: nothing was imported."
    assert dialog.progress.value() == 0
    assert on_hand(context.database, bar.gin) == D(1400)
    assert dialog.summary is None


def test_a_bad_file_says_where(qtbot: Any, dialog: ImportSalesDialog, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + "2026-11-20,21:00,Negroni,one,speakeasy,T1\n", encoding="utf-8")
    dialog.set_file(path)
    settle(qtbot, dialog)
    assert "row 2" in dialog.status.text()
    assert "qty" in dialog.status.text()


def test_the_preview_shows_an_unknown_recipe_in_red(
    qtbot: Any, dialog: ImportSalesDialog, tmp_path: Path
) -> None:
    dialog.set_file(sales_file(tmp_path, 2, unknown=1))
    settle(qtbot, dialog)
    cell = dialog.model.index(2, PreviewColumn.RECIPE)
    assert cell.data() == "unknown"
    assert cell.data(Qt.ItemDataRole.ForegroundRole) == QColor("#b3261e")


def test_in_italian_the_preview_and_the_summary_group_thousands_with_a_dot(
    italian: None, qtbot: Any, dialog: ImportSalesDialog, tmp_path: Path
) -> None:
    dialog.set_file(sales_file(tmp_path, 1500, unknown=2))
    settle(qtbot, dialog)
    assert dialog.lines_label.text() == (
        "sales.csv: formato generico, 1.502 righe (mostrate le prime 20)"
    )
    assert dialog.unknown.text().startswith(
        '1 nome non corrisponde a nessuna ricetta o nome POS: "Mystery Sour" (2 righe).'
    )
    assert dialog.format.itemText(0) == "automatico" and dialog.format.itemData(0) == "auto"
    dialog.skip_unknown.setChecked(True)
    dialog.dry_run.setChecked(True)
    dialog.start_import()
    settle(qtbot, dialog)
    assert dialog.status.text().startswith(
        "Prova, niente scritto: importerebbe 1.500 righe su 1.502 (1.500 drink) · "
    )
    assert dialog.status.text().endswith("· 2 in attesa come non abbinate")


SUMUP_DE = (
    "Datum;Typ;Transaktionsnummer;Menge;Beschreibung;Preis (brutto);Preis (netto);Konto\n"
    '"20.11.2026, 21:00";Verkauf;S1;2;Negroni classico;20,00;16,39;bar\n'
    '"20.11.2026, 21:05";Rückerstattung;S1;1;Negroni classico;10,00;8,20;bar\n'
)


def test_the_dialog_offers_the_built_in_profiles_and_shows_the_one_it_used(
    qtbot: Any, dialog: ImportSalesDialog, tmp_path: Path
) -> None:
    offered = [
        (dialog.format.itemText(i), dialog.format.itemData(i)) for i in range(dialog.format.count())
    ]
    assert offered == [
        ("auto", "auto"), ("square", "square"), ("SumUp", "sumup"), ("Loyverse", "loyverse"),
        ("generic", "generic"),
    ]  # fmt: skip
    path = tmp_path / "sumup.csv"
    path.write_text(SUMUP_DE, encoding="utf-8")
    dialog.set_file(path)
    settle(qtbot, dialog)
    assert dialog.lines_label.text() == "sumup.csv: SumUp format, 2 lines"
    assert dialog.model.index(1, PreviewColumn.RECIPE).data() == "Negroni"


def test_a_drifted_export_is_refused_in_the_window_naming_the_column(
    qtbot: Any, dialog: ImportSalesDialog, tmp_path: Path, context: AppContext, bar: Bar
) -> None:
    path = tmp_path / "sumup.csv"
    path.write_text(SUMUP_DE.replace("Beschreibung", "Artikel"), encoding="utf-8")
    dialog.format.setCurrentIndex(dialog.format.findData("sumup"))
    dialog.set_file(path)
    settle(qtbot, dialog)
    said = dialog.status.text()
    assert "'SumUp sales report'" in said and "'Beschreibung'" in said and "'Artikel'" in said
    before = on_hand(context.database, bar.gin)
    dialog.start_import()
    settle(qtbot, dialog)
    assert "nothing was imported" in dialog.status.text()
    assert on_hand(context.database, bar.gin) == before


def test_the_preview_names_undescribed_modifiers(
    qtbot: Any, dialog: ImportSalesDialog, tmp_path: Path
) -> None:
    """A Square line with a modifier no rule describes: named with its lines, and shown."""
    path = tmp_path / "square.csv"
    path.write_text(
        "Date,Time,Item,Qty,Price Point Name,Modifiers Applied,Transaction ID,Event Type\n"
        '2026-11-20,21:00:00,Negroni,1.0,Regular,"Oat milk, Extra shot",T1,Payment\n'
        "2026-11-20,21:05:00,Negroni,1.0,Regular,Oat milk,T2,Payment\n"
        "2026-11-20,21:06:00,Negroni,1.0,Regular,,T3,Payment\n",
        encoding="utf-8",
    )
    dialog.set_file(path)
    settle(qtbot, dialog)
    assert dialog.unknown.text() == (
        '2 variants or modifiers no rule describes: "Oat milk" (2 lines), "Extra shot" (1 line). '
        "Describe them with Modifiers… on the Recipes page, or tick Keep unknown names."
    )
    column = PreviewColumn.MODIFIERS
    shown = [dialog.model.index(r, column).data() for r in range(3)]
    assert shown == ["Regular · Oat milk, Extra shot", "Regular · Oat milk", "Regular"]
    assert dialog.model.index(2, PreviewColumn.RECIPE).data() == "Negroni"
    assert dialog.model.index(0, PreviewColumn.RECIPE).data() == "unknown"


def test_running_holds_until_the_result_is_on_screen(
    qtbot: Any, dialog: ImportSalesDialog, tmp_path: Path
) -> None:
    """The worker's thread ends before the signal carrying its preview arrives; meanwhile
    the options are still disabled, so the dialog must still say it is running (a click
    on "Keep unknown names" in that gap was lost, and a scenario test with it)."""
    dialog.set_file(sales_file(tmp_path, 3, unknown=1))
    worker = dialog._worker
    assert worker is not None
    worker.wait()  # the thread is done; its result waits in the event queue
    assert dialog.running() and not dialog.skip_unknown.isEnabled()
    settle(qtbot, dialog)
    assert dialog.skip_unknown.isEnabled() and dialog.unknown.isVisible()
