"""A small bar for the selling and sales import tests: items and recipes written directly."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inventory_app.db.models import ImportRecord, Movement, Recipe, RecipeAlias, RecipeLine, Sale
from inventory_app.domain.catalogue import ItemKind
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.domain.recipes import name_key
from inventory_app.domain.units import BaseUnit
from inventory_app.services.catalogue.items import save_item

D = Decimal

# (item, quantity, unit, channel)
Line = tuple[int, Decimal, str, str | None]


def add_recipe(
    session: Session,
    name: str,
    lines: list[Line],
    *,
    kind: str = "cocktail",
    price: Decimal | None = None,
    aliases: tuple[str, ...] = (),
    yield_item_id: int | None = None,
    yield_quantity: Decimal | None = None,
) -> int:
    """A recipe row with its lines and POS names, as the recipes service would save it."""
    recipe = Recipe(
        name=name, key=name_key(name), kind=kind, price=price,
        yield_item_id=yield_item_id, yield_quantity=yield_quantity,
    )  # fmt: skip
    recipe.lines = [
        RecipeLine(position=n, item_id=item, quantity=qty, unit=unit, channel=channel)
        for n, (item, qty, unit, channel) in enumerate(lines)
    ]
    recipe.aliases = [RecipeAlias(name=alias, key=name_key(alias)) for alias in aliases]
    session.add(recipe)
    session.flush()
    return recipe.id


@dataclass(frozen=True)
class Bar:
    gin: int
    campari: int
    vermouth: int
    cup: int
    napkin: int
    syrup: int
    sugar: int
    negroni: int
    shot: int
    prep: int


def make_bar(session: Session) -> Bar:
    """Negroni (cup on takeaway, napkin in the speakeasy), a 22.5 ml Shot, a syrup prep."""

    def item(sku: str, **fields: object) -> int:
        fields.setdefault("name", sku.title())
        return save_item(session, ItemSpec(sku=sku, **fields), author="owner").id  # type: ignore[arg-type]

    gin = item("GIN", size=D(700))
    campari = item("CAMPARI", size=D(1000))
    vermouth = item("VERMOUTH", size=D(750))
    cup = item("CUP", unit=BaseUnit.PCS, kind=ItemKind.CONSUMABLE, size=D(1))
    napkin = item("NAPKIN", unit=BaseUnit.PCS, kind=ItemKind.CONSUMABLE, size=D(1))
    syrup = item("SYRUP", kind=ItemKind.FLASK, size=D(500))
    sugar = item("SUGAR", unit=BaseUnit.G, size=D(1000))
    negroni = add_recipe(
        session, "Negroni",
        [(gin, D(3), "cl", None), (campari, D(30), "ml", None), (vermouth, D(1), "oz", None),
         (cup, D(1), "pcs", "takeaway"), (napkin, D(1), "pcs", "speakeasy")],
        price=D(10), aliases=("Negroni TA", "Negroni (to go)"),
    )  # fmt: skip
    shot = add_recipe(session, "Shot", [(gin, D("22.5"), "ml", None)], price=D(5))
    prep = add_recipe(
        session, "Simple syrup", [(sugar, D(500), "g", None)], kind="prep",
        yield_item_id=syrup, yield_quantity=D(800),
    )  # fmt: skip
    return Bar(gin, campari, vermouth, cup, napkin, syrup, sugar, negroni, shot, prep)


def utc(text: str) -> datetime:
    """A local wall-clock time 'YYYY-MM-DD HH:MM[:SS]' as the naive UTC the database keeps."""
    local = datetime.fromisoformat(text).astimezone()
    return local.astimezone(UTC).replace(tzinfo=None)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def counts(session: Session) -> tuple[int, int, int]:
    """Sales, movements and imports in the database."""
    return (
        session.scalar(select(func.count()).select_from(Sale)) or 0,
        session.scalar(select(func.count()).select_from(Movement)) or 0,
        session.scalar(select(func.count()).select_from(ImportRecord)) or 0,
    )


# Sales of two names the bar does not sell (Spritz in two spellings) and one Negroni.
UNKNOWN_FILE = (
    "date,item,qty\n"
    + "2026-03-06,Hugo,1\n" * 2
    + "2026-03-06,Spritz,1\n" * 11
    + "2026-03-06,SPRITZ,2\n"
    + "2026-03-06,Negroni,1\n"
)
