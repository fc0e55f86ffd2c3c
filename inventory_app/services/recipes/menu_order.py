"""The menu's order: each cocktail's place on the Sell page, set by the owner and nothing else.

Tiles used to follow sales counts, so a tile moved under the bartender's finger after a
sale or an undo and a tap sold the drink beside it (issue 15). A place changes only when
the owner sets it: in the recipe editor, in a recipe sheet, or by dragging a tile.
"""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from inventory_app.db.models import Recipe
from inventory_app.domain.errors import NotFoundError
from inventory_app.domain.permissions import Action
from inventory_app.domain.recipes import RecipeKind
from inventory_app.i18n.catalogue import tr
from inventory_app.services.audit_log.entries import record_change
from inventory_app.services.people.permissions import require


def menu_size(session: Session) -> int:
    """How many places the menu has (every cocktail, on or off the menu)."""
    count = session.scalar(
        select(func.count(Recipe.id)).where(Recipe.kind == RecipeKind.COCKTAIL.value)
    )
    return count or 0


def menu_place(session: Session, recipe: Recipe) -> int:
    """A cocktail's place on the menu, 1 first, among all cocktails."""
    return _ordered_ids(session).index(recipe.id) + 1


def menu_number(
    session: Session, recipe_id: int | None, *, cocktail: bool, place: int | None
) -> int:
    """The number a recipe takes on the menu at `place`; the other cocktails close up around it.

    `place` counts from 1; None keeps a cocktail where it stands (a new one goes last) and
    one past the end is the last (a sheet may number its cocktails 10, 20, 30). A prep is
    never on the menu: 0. The caller sets the recipe's own number, so the recipe gets one
    new version however it changed; its neighbours are renumbered by plain UPDATEs, so an
    owner editing one of them is not told it changed elsewhere. Runs without autoflush:
    a recipe half-written by the caller must not reach the database yet.
    """
    with session.no_autoflush:
        ids = _ordered_ids(session)
        others = [i for i in ids if i != recipe_id]
        number = 0
        if cocktail:
            if place is None:
                place = ids.index(recipe_id) + 1 if recipe_id in ids else len(others) + 1
            number = min(max(place, 1), len(others) + 1)
        stored = {i: n for i, n in session.execute(select(Recipe.id, Recipe.menu_position))}
        for index, other in enumerate(others, start=1):
            wanted = index + 1 if number and index >= number else index
            if stored.get(other) != wanted:
                session.execute(
                    update(Recipe).where(Recipe.id == other).values(menu_position=wanted),
                    execution_options={"synchronize_session": "fetch"},
                )
    return number


def move_on_menu(session: Session, recipe_id: int, to_recipe_id: int, *, author: str) -> None:
    """The owner drops a tile on another: it takes that tile's place, the rest close up."""
    require(session, author, Action.EDIT_RECIPES)
    moved, target = _cocktail(session, recipe_id), _cocktail(session, to_recipe_id)
    before, after = menu_place(session, moved), menu_place(session, target)
    if before == after:
        return
    moved.menu_position = menu_number(session, moved.id, cocktail=True, place=after)
    session.flush()
    record_change(
        session, author=author, entity="recipe", entity_id=moved.id, label=moved.name,
        action="update", before={"menu_position": before}, after={"menu_position": after},
    )  # fmt: skip


def _cocktail(session: Session, recipe_id: int) -> Recipe:
    recipe = session.get(Recipe, recipe_id)
    if recipe is None or recipe.kind != RecipeKind.COCKTAIL.value:
        raise NotFoundError(tr("no cocktail with id {id}").format(id=recipe_id))
    return recipe


def _ordered_ids(session: Session) -> list[int]:
    """Cocktails in menu order; equal places (a fresh recipe at 0) fall back to the name."""
    query = (
        select(Recipe.id)
        .where(Recipe.kind == RecipeKind.COCKTAIL.value)
        .order_by(Recipe.menu_position, Recipe.key, Recipe.id)
    )
    return list(session.scalars(query))
