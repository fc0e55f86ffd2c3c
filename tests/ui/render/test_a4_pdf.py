"""The A4 drawing the order and the register share: pages split where the text runs over,
each with its numbered footer, and words a reader can search as typed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication

from inventory_app.ui.render.a4_pdf import document_font, gui_application, write_a4_pdf
from tests.ui.render.test_order_pdf import needs_poppler, pdf_text


@needs_poppler
def test_long_text_runs_onto_numbered_pages(qapp: QGuiApplication, tmp_path: Path) -> None:
    rows = "".join(f"<p>row {n} confirmed</p>" for n in range(1, 121))
    out = tmp_path / "long.pdf"
    write_a4_pdf(
        out, title="Long", html=f"<html><body>{rows}</body></html>", body_pt=10,
        footer=lambda page, pages: f"sheet {page} of {pages}",
    )  # fmt: skip
    pages = pdf_text(out).split("\f")
    filled = [p for p in pages if p.strip()]
    assert len(filled) >= 2
    assert all(f"sheet {n} of {len(filled)}" in p for n, p in enumerate(filled, start=1))
    words = " ".join(filled)
    assert "row 1 confirmed" in words and "row 120 confirmed" in words  # no 'ﬁ' ligature


def test_the_font_keeps_its_letters_apart(qapp: QGuiApplication) -> None:
    font = document_font(9.5)
    assert font.pointSizeF() == 9.5
    assert font.featureValue(font.Tag("liga")) == 0


def test_an_application_already_running_is_the_one_used(qapp: QGuiApplication) -> None:
    assert gui_application() is qapp
