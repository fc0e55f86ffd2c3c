"""A look at a sales file before importing it: its first lines, every unknown name and every
variant or modifier no rule describes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from inventory_app.domain.recipes import Channel, SaleKind, name_key
from inventory_app.i18n.formats import date_time_text
from inventory_app.io.sales_file import SalesFormat, SalesLine, open_sales
from inventory_app.services.imports.sales_profiles import (
    ProfileChoice,
    owned_profiles,
    profiles_folder,
    resolve_profile,
)
from inventory_app.services.selling.menu import SalesMenu, Undescribed


@dataclass(frozen=True)
class PreviewLine:
    """One line as it would be recorded; `recipe` None marks a name the bar does not sell.

    `modifiers` is the variant and modifiers the till printed, as one text ('Double ·
    Oat milk, Extra shot')."""

    row: int
    when: str
    item: str
    quantity: Decimal
    channel: Channel
    kind: SaleKind
    recipe: str | None
    modifiers: str = ""


@dataclass(frozen=True)
class SalesPreview:
    file_name: str
    format: str  # the profile's name (services/imports/sales.py)
    lines: list[PreviewLine]
    total_lines: int
    unknown: dict[str, int]
    unknown_modifiers: dict[str, int] = field(default_factory=dict)


def preview_sales(
    session: Session, path: Path, *, fmt: str | ProfileChoice = SalesFormat.AUTO, limit: int = 20
) -> SalesPreview:
    """Stream the whole file (bad rows raise ImportErrors) but keep only `limit` lines.

    A prep recipe's name counts as unknown here: it can never be sold.
    """
    folder = profiles_folder(session)
    choice = resolve_profile(fmt, folder)
    owned = owned_profiles(folder) if choice is SalesFormat.AUTO else []
    menu = SalesMenu(session)
    shown: list[PreviewLine] = []
    unknown: dict[str, int] = {}
    modifiers: dict[str, int] = {}
    spelling: dict[str, str] = {}
    total = 0
    with open_sales(path, choice, owned=owned) as stream:
        for line in stream.lines:
            total += 1
            recipe_id = _recipe_id(menu, line)
            names = (line.item,) if recipe_id is None else _undescribed(menu, line, recipe_id)
            counts = unknown if recipe_id is None else modifiers
            for name in dict.fromkeys(names):
                shown_name = spelling.setdefault(name_key(name), name)
                counts[shown_name] = counts.get(shown_name, 0) + 1
            if len(shown) < limit:
                recipe = None if recipe_id is None or names else menu.names[recipe_id]
                shown.append(_preview_line(line, recipe, menu))
        return SalesPreview(stream.file_name, stream.format, shown, total, unknown, modifiers)


def _recipe_id(menu: SalesMenu, line: SalesLine) -> int | None:
    recipe_id = menu.recipe_id(line.item)
    if recipe_id is None or recipe_id in menu.preps:
        return None
    return recipe_id


def _undescribed(menu: SalesMenu, line: SalesLine, recipe_id: int) -> tuple[str, ...]:
    """The line's variant and modifiers no rule describes (none: it imports)."""
    channel = menu.channel(line.channel)
    pours = menu.modified_pours(recipe_id, channel, line.variant, line.modifiers)
    return pours.names if isinstance(pours, Undescribed) else ()


def _preview_line(line: SalesLine, recipe: str | None, menu: SalesMenu) -> PreviewLine:
    local = line.at.replace(tzinfo=UTC).astimezone()
    return PreviewLine(
        row=line.row,
        when=date_time_text(local),
        item=line.item,
        quantity=line.quantity,
        channel=menu.channel(line.channel),
        kind=line.kind,
        recipe=recipe,
        modifiers=" · ".join(p for p in (line.variant, ", ".join(line.modifiers)) if p),
    )
