"""ui/dialogs/bar_section.py: the Bar tab's fields in the order of an order's heading, each
checked as typed, and the logo changed at once (a file not an image is a message)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from inventory_app.services.bar_logo import bar_logo
from inventory_app.services.settings import (
    BAR_DETAILS,
    DOCUMENT_FORMAT,
    DOCUMENTS_FOLDER,
    ORDER_VAT,
)
from inventory_app.ui.context import AppContext
from inventory_app.ui.dialogs.bar_section import BarSection
from inventory_app.ui.ops import read_now


@pytest.fixture
def section(qtbot: Any, context: AppContext) -> tuple[BarSection, list[str]]:
    checked: list[str] = []
    section = BarSection(context, checked.append)
    qtbot.addWidget(section)
    return section, checked


def test_every_detail_and_the_order_vat_has_a_field_checked_as_typed(
    section: tuple[BarSection, list[str]], qtbot: Any
) -> None:
    bar, checked = section
    assert list(bar.fields) == [*BAR_DETAILS, ORDER_VAT, DOCUMENTS_FOLDER]
    assert bar.choices[DOCUMENT_FORMAT].currentData() == "both"
    folder = bar.fields[DOCUMENTS_FOLDER].placeholderText()
    assert folder.startswith("empty: ") and folder.endswith(
        f"{Path('Orders')}, a folder per month in it"
    )
    qtbot.keyClicks(bar.fields["bar_vat_number"], "IT1")
    assert checked == ["bar_vat_number"] * 3
    assert bar.logo_label.text() == "none: orders print without one"
    assert not bar.remove_logo.isEnabled()


def test_a_file_that_is_no_image_is_refused_with_a_message(
    section: tuple[BarSection, list[str]],
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bar, _checked = section
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    text = tmp_path / "logo.png"
    text.write_text("not an image")
    bar.change_logo(text)
    bar.change_logo(tmp_path / "gone.png")
    assert warned[0] == "a logo is a PNG, JPEG or SVG image"
    assert "gone.png" in warned[1]
    assert read_now(context.database, bar_logo) is None
    png = tmp_path / "real.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 10)
    bar.change_logo(png)
    assert bar.logo_label.text().startswith("png, 1 kB, ") and bar.remove_logo.isEnabled()
