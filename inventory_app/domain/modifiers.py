"""Modifiers and variants: what "Double", "Oat milk" or "Large" does to a drink's recipe.

A till prints a variant (Square's "Price Point Name") and modifiers ("Modifiers Applied",
comma-separated). The owner describes each once, for one recipe or for every recipe, and
the import deducts the recipe as modified (issue 18). The rules here are pure: what a
rule may say, how a till's text is split, and how rules change a drink's draws.

The order a drink is modified in, fixed so that every combination has one answer:

1. **replace**, in the order the till wrote the modifiers: the replaced ingredient's
   amount goes to the replacing one (or the rule's own amount). A replace whose
   ingredient the drink does not have changes nothing.
2. **scale**: every line of the (replaced) recipe times the factor, except the lines
   counted in pieces (a Double is still one cup, one lid, one napkin, one orange
   wedge: `unscaled`); several scale rules multiply (a Large Double is 1.5 x 2 = 3).
3. **add**: the rule's amount per drink, not scaled (an extra shot is one shot, whatever
   the size), times the modifier's count ("2 x Extra shot" adds two).

`ignore` changes nothing; it says the modifier is known. A rule for the drink's recipe
wins over a rule for every recipe.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple, TypeVar

from inventory_app.domain.errors import InputError
from inventory_app.domain.recipes import name_key
from inventory_app.domain.units import Unit, decimal_text, parse_decimal
from inventory_app.i18n.catalogue import N_, NC_, tr, trc

# Variant names a till writes for an item's only price: they mean the recipe as written,
# unless the owner has described them (Square writes "Regular" on every line of an item
# with a single price; stopping the first import on it would help nobody).
PLAIN_VARIANTS = frozenset({"regular"})
MAX_NAME = 120  # a modifier's name, as the recipe's
MAX_COUNT = 100  # "2 x Extra shot": a count above this is not a drink, it is a typo
R = TypeVar("R")
_COUNTED = re.compile(r"^(\d{1,3})\s*[x×]\s+(\S.*)$", re.IGNORECASE)


class ModifierAction(StrEnum):
    ADD = "add"
    REPLACE = "replace"
    SCALE = "scale"
    IGNORE = "ignore"

    @property
    def label(self) -> str:
        """The action as a person reads it ('add', 'aggiungi'); the value is stored."""
        return trc("modifier action", _ACTION_LABELS[self])


_ACTION_LABELS = {
    ModifierAction.ADD: NC_("modifier action", "add"),
    ModifierAction.REPLACE: NC_("modifier action", "replace"),
    ModifierAction.SCALE: NC_("modifier action", "scale"),
    ModifierAction.IGNORE: NC_("modifier action", "ignore"),
}


@dataclass(frozen=True)
class ModifierSpec:
    """One rule as the owner writes it: `recipe` None applies to every recipe.

    add: `ingredient` (a SKU), `quantity` and `unit` per drink. replace: `ingredient`
    by `with_sku`, `quantity`/`unit` optional (none: the replaced line's amount).
    scale: `factor`. ignore: nothing else.
    """

    modifier: str
    action: ModifierAction
    recipe: str | None = None
    ingredient: str | None = None
    with_sku: str | None = None
    quantity: Decimal | None = None
    unit: Unit | None = None
    factor: Decimal | None = None


# The fields each action takes; any other field given is refused (a sheet that says both
# "scale" and an ingredient means something the rule would silently drop).
_FIELDS: dict[ModifierAction, frozenset[str]] = {
    ModifierAction.ADD: frozenset({"ingredient", "quantity", "unit"}),
    ModifierAction.REPLACE: frozenset({"ingredient", "with", "quantity", "unit"}),
    ModifierAction.SCALE: frozenset({"factor"}),
    ModifierAction.IGNORE: frozenset(),
}
_NEEDED: dict[ModifierAction, tuple[str, ...]] = {
    ModifierAction.ADD: ("ingredient", "quantity", "unit"),
    ModifierAction.REPLACE: ("ingredient", "with"),
    ModifierAction.SCALE: ("factor",),
    ModifierAction.IGNORE: (),
}
_NEEDS = {
    "ingredient": N_("the action {action} needs the SKU of its ingredient"),
    "with": N_("a replace rule needs the SKU that replaces the ingredient (column with)"),
    "quantity": N_("an add rule needs a quantity per drink such as 10"),
    "unit": N_("an add rule needs a unit (ml, cl, oz, dash, barspoon, drop, g, pcs)"),
    "factor": N_("a scale rule needs a factor such as 2 or 1.5"),
}


def given_fields(spec: ModifierSpec) -> dict[str, object]:
    """The optional fields the spec fills, by the sheet's column names."""
    values = {
        "ingredient": spec.ingredient, "with": spec.with_sku, "quantity": spec.quantity,
        "unit": spec.unit, "factor": spec.factor,
    }  # fmt: skip
    return {name: value for name, value in values.items() if value not in (None, "")}


def spec_problems(spec: ModifierSpec) -> list[InputError]:
    """What is wrong with a rule on its own (SKUs and recipes are the services' to check)."""
    problems: list[InputError] = []
    name = spec.modifier.strip()
    if not name:
        problems.append(InputError(tr("expected the modifier's name"), column="modifier"))
    elif len(name) > MAX_NAME:
        problems.append(
            InputError(
                tr("a modifier's name has at most {count} characters").format(count=MAX_NAME),
                column="modifier",
            )
        )
    given = given_fields(spec)
    action = spec.action
    for column in sorted(set(given) - _FIELDS[action]):
        problems.append(
            InputError(
                tr("the action {action} takes no {column}; leave it blank").format(
                    action=action.value, column=column
                ),
                column=column,
            )
        )
    for column in _NEEDED[action]:
        if column not in given:
            problems.append(
                InputError(tr(_NEEDS[column]).format(action=action.value), column=column)
            )
    if action is ModifierAction.REPLACE and ("quantity" in given) != ("unit" in given):
        column = "unit" if "quantity" in given else "quantity"
        problems.append(
            InputError(
                tr("a replace rule gives a quantity and its unit together, or neither"),
                column=column,
            )
        )
    problems += _positive(spec.quantity, "quantity") + _positive(spec.factor, "factor")
    return problems


def _positive(value: Decimal | None, column: str) -> list[InputError]:
    if value is None or value > 0:
        return []
    return [
        InputError(
            tr("expected a number above zero, got {value}").format(value=decimal_text(value)),
            column=column,
        )
    ]


def parse_factor(text: str) -> Decimal:
    """A scale factor, exact: 2 for a Double, 1.5 for a Large."""
    return parse_decimal(text, what=N_("a factor such as 2 or 1.5"))


def split_modifiers(text: str) -> tuple[str, ...]:
    """A till's modifiers cell: comma-separated names, trimmed, the empty ones dropped."""
    return tuple(part.strip() for part in text.split(",") if part.strip())


def counted(text: str) -> tuple[int, str]:
    """'2 x Extra shot' is Extra shot twice; any other name once."""
    match = _COUNTED.match(text.strip())
    if match is None or not 1 <= int(match[1]) <= MAX_COUNT:
        return 1, text.strip()
    return int(match[1]), match[2].strip()


def modifier_key(text: str) -> str:
    """How a modifier's name is matched: as a recipe's (name_key), after its count."""
    return name_key(counted(text)[1])


def is_plain_variant(variant: str) -> bool:
    """No variant, or the till's name for an item's only price ('Regular')."""
    return not variant.strip() or name_key(variant) in PLAIN_VARIANTS


class Effect(NamedTuple):
    """A rule resolved to items and base units: what one drink's draws become.

    `amount` is per drink in the (added or replacing) item's base unit; for a replace
    None means the replaced line's amount."""

    action: ModifierAction
    item: int | None = None
    with_item: int | None = None
    amount: Decimal | None = None
    factor: Decimal | None = None


def chosen_rule(rules: dict[tuple[str, int | None], R], key: str, recipe: int) -> R | None:
    """The rule for this recipe, else the one for every recipe, else None (unknown)."""
    found = rules.get((key, recipe))
    return found if found is not None else rules.get((key, None))


def modified(
    portions: Sequence[tuple[int, Decimal]],
    effects: Iterable[tuple[Effect, int]],
    *,
    unscaled: frozenset[int] = frozenset(),
) -> list[tuple[int, Decimal]]:
    """A drink's (item, amount) draws after its modifiers: replace, then scale, then add.

    `effects` are the rules of the line's variant and modifiers with each one's count, in
    the till's order; `unscaled` the items a scale leaves alone (those kept in pieces).
    Amounts stay exact Decimals; an item drawn twice is drawn once, summed.
    """
    listed = list(effects)
    drink: dict[int, Decimal] = {}
    for item, amount in portions:
        drink[item] = drink.get(item, Decimal(0)) + amount
    for effect, _count in listed:
        if effect.action is ModifierAction.REPLACE:
            drink = _replaced(drink, effect)
    factor = Decimal(1)
    for effect, _count in listed:
        if effect.action is ModifierAction.SCALE and effect.factor is not None:
            factor *= effect.factor
    if factor != 1:
        drink = {
            item: amount if item in unscaled else amount * factor for item, amount in drink.items()
        }
    for effect, count in listed:
        if effect.action is ModifierAction.ADD and effect.item is not None:
            added = (effect.amount or Decimal(0)) * count
            drink[effect.item] = drink.get(effect.item, Decimal(0)) + added
    return list(drink.items())


def _replaced(drink: dict[int, Decimal], effect: Effect) -> dict[int, Decimal]:
    if effect.item not in drink or effect.with_item is None:
        return drink
    result: dict[int, Decimal] = {}
    for item, amount in drink.items():
        if item == effect.item:
            item, amount = effect.with_item, effect.amount if effect.amount is not None else amount
        result[item] = result.get(item, Decimal(0)) + amount
    return result
