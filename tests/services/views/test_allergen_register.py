"""The allergen register's content: every active cocktail of a known menu, row by row."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from inventory_app.domain.allergens import Allergen
from inventory_app.domain.units import Unit
from inventory_app.services.recipes.editing import (
    RecipeLineSpec,
    RecipeSpec,
    save_recipe,
    set_recipe_active,
)
from inventory_app.services.settings import set_setting
from inventory_app.services.views.allergen_register import allergen_register
from tests.conftest import AUTHOR
from tests.services.recipes.allergen_menu import REGISTER_EN, REGISTER_IT, allergen_menu

DAY = date(2026, 12, 8)
ZOMBIE = (RecipeLineSpec("EGG", Decimal(1), Unit.PCS),)


def _rows(session: Session, language: str) -> list[tuple[str, str, str]]:
    found = allergen_register(session, language=language, today=DAY)
    return [(r.drink, r.served, r.allergens_text) for r in found.rows]


def test_every_cocktail_with_its_allergens_in_english(session: Session) -> None:
    assert _rows(allergen_menu(session), "en") == REGISTER_EN


def test_every_cocktail_with_its_allergens_in_italian(session: Session) -> None:
    assert _rows(allergen_menu(session), "it") == REGISTER_IT


def test_dated_named_and_with_the_annexs_legend(session: Session) -> None:
    set_setting(allergen_menu(session), "bar_name", "La Chiusa", author=AUTHOR)
    found = allergen_register(session, language="it", today=DAY)
    assert (found.title, found.issued_text) == (
        "Registro degli allergeni",
        "Aggiornato al 08/12/2026",
    )
    assert found.bar.name == "La Chiusa"
    assert found.footer.format(page=1, pages=2) == (
        "La Chiusa · Registro degli allergeni · 08/12/2026 · pagina 1 di 2"
    )
    assert [(line.number, line.name[:12]) for line in found.legend][:3] == [
        (1, "Cereali cont"), (2, "Crostacei e "), (3, "Uova e prodo"),
    ]  # fmt: skip
    assert len(found.legend) == 14
    speakeasy_sour = found.rows[-1]
    assert (speakeasy_sour.channel, speakeasy_sour.allergens) == ("speakeasy", (Allergen.EGGS,))


def test_the_bars_language_when_none_is_asked(session: Session) -> None:
    set_setting(allergen_menu(session), "bar_language", "it", author=AUTHOR)
    assert allergen_register(session, today=DAY).language == "it"
    assert [r[2] for r in _rows(session, "it")] == [r[2] for r in REGISTER_IT]


def test_a_retired_cocktail_and_the_preps_are_not_listed(session: Session) -> None:
    menu = allergen_menu(session)
    recipe = save_recipe(menu, RecipeSpec(name="Zombie", lines=ZOMBIE), author=AUTHOR)
    set_recipe_active(menu, recipe.id, False, author=AUTHOR)
    assert _rows(menu, "en") == REGISTER_EN  # no Zombie, no Orgeat
