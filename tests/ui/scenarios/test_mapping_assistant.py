"""File › Import sales on a till nobody has mapped: the assistant maps it once, the next file
of that till imports without a question.

On the demo bar: a made-up till's export (Italian headers, ';', decimal commas, day-first
date-times) matches no profile, so the dialog opens the mapping assistant; choosing
columns shows their first values read (and a date order that cannot read them says so);
Save as profile writes the TOML file beside the database, the dialog reads the file with
it and imports; a second export of the same till is read by auto with that profile.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox

from inventory_app.io.profile_file import load_profile
from inventory_app.io.sales_profile import DateOrder
from inventory_app.ui.dialogs import import_sales_dialog
from inventory_app.ui.dialogs.import_sales_dialog import ImportSalesDialog
from inventory_app.ui.dialogs.profile_assistant import ProfileAssistant
from inventory_app.ui.main_window import MainWindow

WAIT_MS = 20_000
BUSY = ("", "Reading the file…", "Importing…")
HEADER = "Quando;Articolo;Pezzi;Causale;Scontrino;Netto\n"
FIRST = HEADER + (
    "20/11/2026 21:00;Negroni;2;Vendita;C1;16,40\n"
    "20/11/2026 21:10;Negroni;1;Vendita;C2;8,20\n"
)  # fmt: skip
SECOND = HEADER + "21/11/2026 22:00;Negroni;3;Vendita;C3;24,60\n"


def _choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)


def test_an_unknown_till_is_mapped_once_and_its_next_file_imports_without_a_question(
    qtbot: Any,
    open_main_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    first, second = tmp_path / "cassetta-nov.csv", tmp_path / "cassetta-dec.csv"
    first.write_text(FIRST, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    chosen = [first, second]
    monkeypatch.setattr(import_sales_dialog, "open_path", lambda *_args: chosen.pop(0))
    window = open_main_window()
    seen: dict[str, Any] = {}

    def settled(dialog: ImportSalesDialog) -> None:
        qtbot.waitUntil(
            lambda: not dialog.running() and dialog.status.text() not in BUSY, timeout=WAIT_MS
        )

    def drive() -> None:
        dialog = window.findChildren(ImportSalesDialog)[0]
        try:
            qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: dialog.assistant is not None, timeout=WAIT_MS)
            assistant = dialog.assistant
            assert assistant is not None
            qtbot.waitUntil(assistant.isVisible, timeout=WAIT_MS)
            seen["status"] = dialog.status.text()
            heads = (assistant.rows.horizontalHeaderItem(c) for c in range(6))
            seen["preview"] = [head.text() if head else "" for head in heads]
            cell = assistant.rows.item(1, 1)
            seen["cell"] = cell.text() if cell is not None else ""
            _choose(assistant.columns["date"], "Quando")
            _choose(assistant.columns["item"], "Articolo")
            _choose(assistant.columns["quantity"], "Pezzi")
            _choose(assistant.columns["line_type"], "Causale")
            _choose(assistant.columns["net_amount"], "Netto")
            seen["values"] = {f: label.text() for f, label in assistant.values.items()}
            _choose(assistant.date_order, DateOrder.MDY)
            seen["mdy"] = assistant.values["date"].text()
            _choose(assistant.date_order, DateOrder.DMY)
            assistant.name.clear()
            qtbot.keyClicks(assistant.name, "cassetta")
            qtbot.mouseClick(assistant.save, Qt.MouseButton.LeftButton)
            settled(dialog)
            seen["first_label"] = dialog.lines_label.text()
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
            settled(dialog)
            seen["first_import"] = dialog.status.text()
            qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
            settled(dialog)
            seen["second_label"] = dialog.lines_label.text()
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
            settled(dialog)
            seen["second_import"] = dialog.status.text()
            seen["assistants"] = len(dialog.findChildren(ProfileAssistant))
        finally:
            dialog.wait_for_worker()
            dialog.reject()

    QTimer.singleShot(0, drive)
    window.import_sales_action.trigger()
    assert seen.get("status") == (
        "No profile reads cassetta-nov.csv: map its columns in the assistant."
    )
    assert seen["preview"] == ["Quando", "Articolo", "Pezzi", "Causale", "Scontrino", "Netto"]
    assert seen["cell"] == "Negroni"
    values = seen["values"]
    assert values["date"] == "2026-11-20 21:00 · 2026-11-20 21:10"
    assert values["item"] == "Negroni · Negroni"
    assert values["quantity"] == "2 · 1"
    assert values["line_type"] == "sale · sale"
    assert values["net_amount"] == "€16.40 · €8.20"
    assert values["time"] == ""
    assert seen["mdy"].startswith("row 2: expected a date such as 03/24/2023, got")
    saved = tmp_path / "sales-profiles" / "cassetta.toml"  # beside the bar's database
    assert load_profile(saved).columns["item"] == ("Articolo",)
    assert seen["first_label"] == "cassetta-nov.csv: cassetta format, 2 lines"
    assert seen["first_import"].startswith("Imported 2 of 2 lines (3 drinks)")
    assert seen["second_label"] == "cassetta-dec.csv: cassetta format, 1 lines"
    assert seen["second_import"].startswith("Imported 1 of 1 lines (3 drinks)")
    assert seen["assistants"] == 1, "the second file of the till asked again"
