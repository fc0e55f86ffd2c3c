"""File › Import sales picks a till's profile and says which; a drifted export is refused.

On the demo bar: a German SumUp export chosen in the dialog is previewed as SumUp's; the
next export, whose drink column SumUp renamed, is refused naming the profile and the
column, and the line above the preview no longer describes the file before it (it used
to keep saying "SumUp format, 2 lines" over the refused file).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer

from inventory_app.ui.dialogs import import_sales_dialog
from inventory_app.ui.dialogs.import_sales_dialog import ImportSalesDialog
from inventory_app.ui.main_window import MainWindow

WAIT_MS = 20_000
BUSY = ("", "Reading the file…")
SUMUP_DE = (
    "Datum;Typ;Transaktionsnummer;Menge;Beschreibung;Preis (brutto);Preis (netto);Konto\n"
    '"20.11.2026, 21:00";Verkauf;S1;2;Negroni;20,00;16,39;bar\n'
    '"20.11.2026, 21:05";Rückerstattung;S1;1;Negroni;10,00;8,20;bar\n'
)


def test_the_dialog_names_the_profile_and_refuses_a_renamed_column(
    qtbot: Any,
    open_main_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    good = tmp_path / "sumup.csv"
    good.write_text(SUMUP_DE, encoding="utf-8")
    drifted = tmp_path / "sumup-may.csv"
    drifted.write_text(SUMUP_DE.replace("Beschreibung", "Artikel"), encoding="utf-8")
    chosen = [good, drifted]
    monkeypatch.setattr(import_sales_dialog, "open_path", lambda *_args: chosen.pop(0))
    window = open_main_window()
    seen: list[tuple[str, str, list[str]]] = []

    def choose(dialog: ImportSalesDialog) -> None:
        qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: not dialog.running() and dialog.status.text() not in BUSY, timeout=WAIT_MS
        )
        offered = [dialog.format.itemText(i) for i in range(dialog.format.count())]
        seen.append((dialog.lines_label.text(), dialog.status.text(), offered))

    def drive() -> None:
        dialogs = window.findChildren(ImportSalesDialog)
        try:
            choose(dialogs[0])
            choose(dialogs[0])
        finally:
            for dialog in dialogs:
                dialog.wait_for_worker()
                dialog.reject()

    QTimer.singleShot(0, drive)
    window.import_sales_action.trigger()
    assert len(seen) == 2, "the dialog did not read both files"
    (label, status, offered), (drift_label, drift_status, _) = seen
    assert offered == ["auto", "square", "SumUp", "Loyverse", "generic"]
    assert (label, status) == ("sumup.csv: SumUp format, 2 lines", "Ready to import.")
    assert drift_status.startswith("sumup-may.csv: 1 problem; nothing was imported:")
    assert "'SumUp sales report'" in drift_status and "'Beschreibung'" in drift_status
    assert "'Artikel'" in drift_status
    assert "sumup.csv" not in drift_label
