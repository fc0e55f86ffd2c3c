"""Import a recipe file: every recipe in it is replaced, all of them or none."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.models import ImportRecord, Recipe
from inventory_app.domain.errors import ImportErrors, InputError
from inventory_app.domain.permissions import Action
from inventory_app.domain.recipes import RecipeKind, name_key
from inventory_app.i18n.catalogue import tr
from inventory_app.io.recipe_file import RecipeRows, parse_recipes
from inventory_app.io.tabular import file_sha256
from inventory_app.services.people.permissions import require
from inventory_app.services.recipes.editing import (
    RecipeLineSpec,
    RecipeSpec,
    normalised,
    recipe_problems,
    recipe_spec,
    save_recipe,
)

IMPORT_KIND = "recipes"


@dataclass(frozen=True)
class RecipeImportSummary:
    """What an import did; `unchanged` recipes were already exactly as in the file."""

    file_name: str
    added: int
    replaced: int
    lines: int
    import_id: int
    unchanged: int = 0


def import_recipes(session: Session, path: Path, *, author: str) -> RecipeImportSummary:
    """Add or replace each recipe of the file (lines, POS names, fields); others stay.

    Recipes are saved in file order, so a prep defined in the file is known to the
    ones after it. Any bad row raises ImportErrors naming row and column, and the
    caller's rollback leaves the database as it was.
    """
    require(session, author, Action.IMPORT_RECIPES)
    recipes = parse_recipes(path)
    outcomes: list[str] = []
    errors: list[InputError] = []
    for rows in recipes:
        try:
            outcomes.append(_save(session, rows, author))
        except _Problems as bad:
            errors += bad.errors
    if errors:
        raise ImportErrors(path.name, errors)
    record = ImportRecord(
        kind=IMPORT_KIND,
        filename=path.name,
        sha256=file_sha256(path),
        rows=sum(r.rows for r in recipes),
        author=author,
    )
    session.add(record)
    session.flush()
    return RecipeImportSummary(
        file_name=path.name,
        added=outcomes.count("added"),
        replaced=outcomes.count("replaced"),
        lines=sum(len(r.lines) for r in recipes),
        import_id=record.id,
        unchanged=outcomes.count("unchanged"),
    )


class _Problems(Exception):
    def __init__(self, errors: list[InputError]) -> None:
        super().__init__()
        self.errors = errors


def _save(session: Session, rows: RecipeRows, author: str) -> str:
    """Save one recipe; its problems come back with the file's row and column."""
    existing = session.scalar(select(Recipe).where(Recipe.key == name_key(rows.name)))
    recipe_id = existing.id if existing else None
    spec = normalised(session, file_spec(rows))
    problems = recipe_problems(session, spec, recipe_id=recipe_id)
    if problems:
        raise _Problems([_located(p, rows) for p in problems])
    if recipe_id is None:
        save_recipe(session, spec, author=author)
        return "added"
    if recipe_spec(session, recipe_id)[0] == spec:
        return "unchanged"
    save_recipe(session, spec, author=author, recipe_id=recipe_id)
    return "replaced"


def file_spec(rows: RecipeRows) -> RecipeSpec:
    """The recipe as the file gives it; fields not given take the defaults."""
    return RecipeSpec(
        name=rows.name,
        kind=rows.value("kind", RecipeKind.COCKTAIL),
        price=rows.value("price"),
        pos_names=rows.value("pos_name", ()),
        lines=tuple(RecipeLineSpec(li.sku, li.quantity, li.unit, li.channel) for li in rows.lines),
        yield_sku=rows.value("yield_sku"),
        yield_quantity=rows.value("yield_quantity"),
        notes=rows.value("notes", ""),
        menu_position=rows.value("menu_position"),
    )


def _located(problem: InputError, rows: RecipeRows) -> InputError:
    """A line's problem goes to that line's row; a recipe's to the row that gave the field."""
    if problem.row is not None:
        row = rows.lines[problem.row - 1].row
    else:
        row = rows.row_of(problem.column)
    detail = tr("{recipe}: {problem}").format(recipe=rows.name, problem=problem.detail)
    return InputError(detail, row=row, column=problem.column)
