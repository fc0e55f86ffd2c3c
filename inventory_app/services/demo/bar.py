"""The demo bar: a realistic small cocktail bar, loaded through the real import path."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from inventory_app.domain.errors import InputError
from inventory_app.io.tabular import read_sheet, rows_as_dicts
from inventory_app.resources import resource_path
from inventory_app.services.catalogue.items import SupplierSpec, save_location, save_supplier
from inventory_app.services.demo.bottles import load_demo_bottles, load_demo_openings
from inventory_app.services.demo.people import DEMO_BARTENDER, DEMO_PINS, load_demo_people
from inventory_app.services.imports.catalogue import ImportSummary, import_catalogue
from inventory_app.services.imports.recipes import RecipeImportSummary, import_recipes

__all__ = ["DEMO_BARTENDER", "DEMO_PINS", "DemoSummary", "load_demo", "load_demo_people"]


@dataclass(frozen=True)
class DemoSummary:
    suppliers: int
    locations: int
    catalogue: ImportSummary
    recipes: RecipeImportSummary
    bottles: int = 0


def load_demo(session: Session, *, author: str) -> DemoSummary:
    """Suppliers, locations in walking order, the catalogue with its levels, recipes, bottles."""
    suppliers = _load_suppliers(session, author)
    locations = _load_locations(session, author)
    summary = import_catalogue(session, resource_path("demo", "catalogue.csv"), author=author)
    recipes = import_recipes(session, resource_path("demo", "recipes.csv"), author=author)
    bottles = load_demo_bottles(session, author=author)
    load_demo_openings(session, author=author)
    load_demo_people(session, author=author)
    return DemoSummary(
        suppliers=suppliers, locations=locations, catalogue=summary, recipes=recipes,
        bottles=bottles,
    )  # fmt: skip


def _load_suppliers(session: Session, author: str) -> int:
    sheet = read_sheet(resource_path("demo", "suppliers.csv"))
    for number, row in rows_as_dicts(sheet):
        spec = SupplierSpec(
            name=row["name"],
            contact=row.get("contact", ""),
            email=row.get("email", ""),
            phone=row.get("phone", ""),
            lead_time_days=_whole(row.get("lead_time_days", "2"), number, sheet.file_name),
            order_days=row.get("order_days", ""),
        )
        save_supplier(session, spec, author=author)
    return len(sheet.rows)


def _load_locations(session: Session, author: str) -> int:
    sheet = read_sheet(resource_path("demo", "locations.csv"))
    for number, row in rows_as_dicts(sheet):
        walk_order = _whole(row["walk_order"], number, sheet.file_name)
        save_location(session, row["name"], walk_order, author=author)
    return len(sheet.rows)


def _whole(text: str, row: int, file_name: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise InputError(
            f"expected a whole number, got {text!r}", file=file_name, row=row
        ) from None
