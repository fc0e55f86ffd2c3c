"""The demo bar: a realistic small cocktail bar, loaded through the real import path."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from inventory_app.domain.errors import InputError
from inventory_app.i18n.catalogue import current_language, in_language, tr
from inventory_app.io.tabular import read_sheet, rows_as_dicts
from inventory_app.services.catalogue.items import save_location
from inventory_app.services.demo.bar_details import load_demo_bar_details
from inventory_app.services.demo.bottles import load_demo_bottles, load_demo_openings
from inventory_app.services.demo.people import DEMO_BARTENDER, DEMO_PINS, load_demo_people
from inventory_app.services.demo.translated import DemoFile, demo_files, demo_language
from inventory_app.services.imports.catalogue import ImportSummary, import_catalogue
from inventory_app.services.imports.modifiers import import_modifiers
from inventory_app.services.imports.recipes import RecipeImportSummary, import_recipes
from inventory_app.services.imports.suppliers import import_suppliers

__all__ = ["DEMO_BARTENDER", "DEMO_PINS", "DemoSummary", "load_demo", "load_demo_people"]


@dataclass(frozen=True)
class DemoSummary:
    suppliers: int
    locations: int
    catalogue: ImportSummary
    recipes: RecipeImportSummary
    bottles: int = 0


def load_demo(session: Session, *, author: str, language: str | None = None) -> DemoSummary:
    """Suppliers, locations in walking order, the catalogue with its levels, recipes and their
    modifier rules (a Double, a gin swap), bottles.

    In `language` (default: the one in use): its categories, places, preps and notes;
    the brands, quantities and costs are the same in every language.
    """
    written_in = demo_language(language or current_language())
    with in_language(written_in), demo_files(written_in) as demo_file:  # its notes too
        suppliers = load_demo_suppliers(session, demo_file("suppliers.csv"), author=author)
        locations = _load_locations(session, author, demo_file)
        summary = import_catalogue(session, demo_file("catalogue.csv"), author=author)
        recipes = import_recipes(session, demo_file("recipes.csv"), author=author)
        import_modifiers(session, demo_file("modifiers.csv"), author=author)
        bottles = load_demo_bottles(session, author=author)
        load_demo_openings(session, author=author)
        load_demo_people(session, author=author)
        load_demo_bar_details(session)
    return DemoSummary(
        suppliers=suppliers, locations=locations, catalogue=summary, recipes=recipes,
        bottles=bottles,
    )  # fmt: skip


def load_demo_suppliers(session: Session, path: Path, *, author: str) -> int:
    """The suppliers file, through the import any bar uses (services/imports/suppliers.py)."""
    return import_suppliers(session, path, author=author)


def _load_locations(session: Session, author: str, demo_file: DemoFile) -> int:
    sheet = read_sheet(demo_file("locations.csv"))
    for number, row in rows_as_dicts(sheet):
        walk_order = _whole(row["walk_order"], number, sheet.file_name)
        save_location(session, row["name"], walk_order, author=author)
    return len(sheet.rows)


def _whole(text: str, row: int, file_name: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise InputError(
            tr("expected a whole number, got {text}").format(text=repr(text)),
            file=file_name, row=row,
        ) from None  # fmt: skip
