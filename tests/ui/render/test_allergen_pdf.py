"""The allergen register as a PDF (ui/render/allergen_pdf.py), read back with poppler's
pdftotext against the menu's table, in English and in Italian."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from inventory_app.services.settings import set_setting
from inventory_app.services.views.allergen_register import allergen_register
from inventory_app.ui.render.allergen_pdf import register_html, write_allergen_pdf
from tests.conftest import AUTHOR
from tests.services.recipes.allergen_menu import REGISTER_EN, REGISTER_IT, allergen_menu
from tests.ui.render.test_order_pdf import needs_poppler, pdf_text

DAY = date(2026, 12, 8)


@needs_poppler
@pytest.mark.parametrize(
    ("language", "table", "dated"),
    [("en", REGISTER_EN, "Updated on 2026-12-08"), ("it", REGISTER_IT, "Aggiornato al 08/12/2026")],
)
def test_every_cocktail_row_is_on_the_page(
    session: Session, tmp_path: Path, language: str, table: list[tuple[str, str, str]], dated: str
) -> None:
    set_setting(allergen_menu(session), "bar_name", "La Chiusa", author=AUTHOR)
    register = allergen_register(session, language=language, today=DAY)
    text = pdf_text(write_allergen_pdf(tmp_path / "register.pdf", register))
    lines = text.split("\n")
    for drink, served, allergens in table:
        assert f"{drink} {served} {allergens}" in lines, (drink, served, lines)
    assert "La Chiusa" in text and dated in text and register.title in text
    for legend in register.legend:  # the Annex's 14, numbered (long ones wrap)
        assert f"{legend.number} {legend.name[:25]}" in text
    assert text.count("\f") == 1  # one page
    assert register.footer.format(page=1, pages=1) in lines


def test_a_drinks_name_is_text_not_markup(session: Session) -> None:
    set_setting(allergen_menu(session), "bar_name", "<b>Bar</b> & co", author=AUTHOR)
    html = register_html(allergen_register(session, language="en", today=DAY))
    assert "&lt;b&gt;Bar&lt;/b&gt; &amp; co" in html
