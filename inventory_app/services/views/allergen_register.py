"""The allergen register of the bar's menu, in the bar's language or the one asked for.

Every active cocktail with the allergens of all its ingredients, house preparations
included (services/recipes/allergens.py); one row per drink, or one per channel where
the channels serve it differently (an egg white only in the speakeasy).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from inventory_app.domain.allergen_register import AllergenRegister, LegendLine, RegisterRow
from inventory_app.domain.allergens import Allergen, numbered
from inventory_app.domain.order_document import BarDetails
from inventory_app.domain.recipes import Channel
from inventory_app.i18n.catalogue import current_language, in_language, tr
from inventory_app.i18n.formats import date_text
from inventory_app.services.ordering.order_document import bar_lines
from inventory_app.services.recipes.allergens import RecipeAllergens, menu_allergens
from inventory_app.services.settings import bar_details, bar_language


def allergen_register(
    session: Session, *, language: str | None = None, today: date | None = None
) -> AllergenRegister:
    """The register as of `today` (the local day by default)."""
    menu = menu_allergens(session)
    bar = bar_details(session)
    with in_language(language or bar_language(session)):
        return _register(menu, bar, today or date.today())


def _register(menu: list[RecipeAllergens], bar: BarDetails, day: date) -> AllergenRegister:
    language = current_language()
    rows = tuple(row for drink in menu for row in _rows(drink, language))
    name = bar.name or tr("Allergen register")
    return AllergenRegister(
        language=language, issued=day,
        issued_text=tr("Updated on {date}").format(date=date_text(day)),
        bar=bar, bar_lines=bar_lines(bar),
        title=tr("Allergen register"),
        intro=tr(
            "The allergens of Annex II of Regulation (EU) No 1169/2011 in each drink on our "
            "menu, those of the house syrups and infusions it contains included."
        ),
        headings=(tr("Drink"), tr("Served"), tr("Allergens")),
        rows=rows,
        legend_heading=tr("The 14 allergens (Reg. (EU) 1169/2011, Annex II)"),
        legend=tuple(LegendLine(a.number, a.name_in(language, long=True)) for a in Allergen),
        notes=(
            tr("Ask our staff for any information on the substances and allergens in our "
               "drinks."),
        ),
        footer=tr("{bar} · Allergen register · {date} · page {{page}} of {{pages}}").format(
            bar=name, date=date_text(day)
        ),
    )  # fmt: skip


def _rows(drink: RecipeAllergens, language: str) -> list[RegisterRow]:
    if not drink.differs_by_channel:
        return [_row(drink.name, tr("all"), None, drink.every_channel, language)]
    return [
        _row(drink.name, channel.label, channel.value, drink.by_channel[channel], language)
        for channel in Channel
    ]


def _row(
    drink: str, served: str, channel: str | None, found: tuple[Allergen, ...], language: str
) -> RegisterRow:
    text = numbered(found, language) if found else tr("none of the 14")
    return RegisterRow(drink, served, channel, found, text)
