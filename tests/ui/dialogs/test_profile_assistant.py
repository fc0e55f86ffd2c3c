"""The mapping assistant in Italian: its texts, dates and takings as an Italian reader writes them;
a separator chosen re-reads the file's columns; a refused name is said, nothing written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from inventory_app.domain.recipes import SaleKind
from inventory_app.ui.dialogs.profile_assistant import ProfileAssistant

TILL = (
    "Quando;Articolo;Pezzi;Netto\n"
    "20/11/2026 21:00;Negroni;2;1.016,40\n"
    "20/11/2026 21:10;Spritz;1;8,20\n"
)


@pytest.fixture
def till(tmp_path: Path) -> Path:
    path = tmp_path / "Cassetta Bar.csv"
    path.write_text(TILL, encoding="utf-8")
    return path


def _map(assistant: ProfileAssistant, **columns: str) -> None:
    for field, header in columns.items():
        combo = assistant.columns[field]
        combo.setCurrentIndex(combo.findData(header))


@pytest.mark.usefixtures("italian")
def test_the_assistant_speaks_italian(qtbot: Any, till: Path, tmp_path: Path) -> None:
    assistant = ProfileAssistant(None, path=till, folder=tmp_path / "sales-profiles")
    qtbot.addWidget(assistant)
    _map(assistant, date="Quando", item="Articolo", quantity="Pezzi", net_amount="Netto")
    assert assistant.windowTitle() == "Associa l'esportazione di una nuova cassa"
    assert assistant.save.text() == "&Salva come profilo"
    assert assistant.values["date"].text() == "20/11/2026 21:00 · 20/11/2026 21:10"
    assert assistant.values["net_amount"].text() == "1.016,40\u00a0€ · 8,20\u00a0€"
    assert assistant.name.text() == "cassetta-bar"


def test_a_chosen_separator_rereads_the_columns(qtbot: Any, till: Path, tmp_path: Path) -> None:
    assistant = ProfileAssistant(None, path=till, folder=tmp_path / "sales-profiles")
    qtbot.addWidget(assistant)
    assistant.separator.setCurrentIndex(assistant.separator.findData(","))
    item = assistant.columns["item"]
    assert [item.itemData(i) for i in range(item.count())] == ["", "Quando;Articolo;Pezzi;Netto"]
    assistant.separator.setCurrentIndex(assistant.separator.findData(";"))
    assert item.findData("Articolo") > 0


def test_a_taken_name_is_said_and_nothing_is_written(
    qtbot: Any, till: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "sales-profiles"
    assistant = ProfileAssistant(None, path=till, folder=folder)
    qtbot.addWidget(assistant)
    _map(assistant, date="Quando", item="Articolo", quantity="Pezzi")
    assistant.name.setText("sumup")
    assistant.save.click()
    assert assistant.profile is None and not assistant.error.isHidden()
    assert "'sumup' is already taken" in assistant.error.text()
    assert not folder.exists()


def test_a_word_the_till_adds_reads_at_once(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "till.csv"
    path.write_text("Quando;Articolo;Pezzi;Causale\n20/11/2026;Mule;1;Omaggio\n", encoding="utf-8")
    assistant = ProfileAssistant(None, path=path, folder=tmp_path / "sales-profiles")
    qtbot.addWidget(assistant)
    _map(assistant, date="Quando", item="Articolo", quantity="Pezzi", line_type="Causale")
    assert "does not know the line type 'Omaggio'" in assistant.values["line_type"].text()
    qtbot.keyClicks(assistant.words[SaleKind.VOID], "Omaggio")
    assert assistant.values["line_type"].text() == "void"
