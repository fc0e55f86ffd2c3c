"""What a modifier rule may say, how a till's text is split, and how rules change a drink."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from inventory_app.domain.modifiers import (
    Effect,
    ModifierAction,
    ModifierSpec,
    chosen_rule,
    counted,
    is_plain_variant,
    modified,
    modifier_key,
    parse_factor,
    spec_problems,
    split_modifiers,
)
from inventory_app.domain.units import Unit

ADD, REPLACE, SCALE, IGNORE = (ModifierAction(a) for a in ("add", "replace", "scale", "ignore"))
GIN, CAMPARI, VERMOUTH, CUP, SIPSMITH, SYRUP = 1, 2, 3, 4, 5, 6
# A Negroni: 30 ml each of gin, Campari and vermouth, and a cup.
NEGRONI = [(GIN, D(30)), (CAMPARI, D(30)), (VERMOUTH, D(30)), (CUP, D(1))]
PIECES = frozenset({CUP})

DOUBLE = Effect(SCALE, factor=D(2))
LARGE = Effect(SCALE, factor=D("1.5"))
TO_SIPSMITH = Effect(REPLACE, item=GIN, with_item=SIPSMITH)
TO_45_SIPSMITH = Effect(REPLACE, item=GIN, with_item=SIPSMITH, amount=D(45))
EXTRA_CAMPARI = Effect(ADD, item=CAMPARI, amount=D(10))
SYRUP_DASH = Effect(ADD, item=SYRUP, amount=D("0.92"))
NOTHING = Effect(IGNORE)


@pytest.mark.parametrize(
    ("effects", "drink"),
    [
        ([], NEGRONI),
        ([(NOTHING, 1)], NEGRONI),
        ([(DOUBLE, 1)], [(GIN, D(60)), (CAMPARI, D(60)), (VERMOUTH, D(60)), (CUP, D(1))]),
        ([(LARGE, 1)], [(GIN, D(45)), (CAMPARI, D(45)), (VERMOUTH, D(45)), (CUP, D(1))]),
        # several scales multiply: a Large Double is three times the recipe
        (
            [(LARGE, 1), (DOUBLE, 1)],
            [(GIN, D(90)), (CAMPARI, D(90)), (VERMOUTH, D(90)), (CUP, D(1))],
        ),
        ([(TO_SIPSMITH, 1)], [(SIPSMITH, D(30)), (CAMPARI, D(30)), (VERMOUTH, D(30)), (CUP, D(1))]),
        (
            [(TO_45_SIPSMITH, 1)],
            [(SIPSMITH, D(45)), (CAMPARI, D(30)), (VERMOUTH, D(30)), (CUP, D(1))],
        ),
        # an added ingredient already in the drink adds to its line
        ([(EXTRA_CAMPARI, 1)], [(GIN, D(30)), (CAMPARI, D(40)), (VERMOUTH, D(30)), (CUP, D(1))]),
        ([(SYRUP_DASH, 1)], [*NEGRONI, (SYRUP, D("0.92"))]),
        # "2 x Extra Campari": counted twice
        ([(EXTRA_CAMPARI, 2)], [(GIN, D(30)), (CAMPARI, D(50)), (VERMOUTH, D(30)), (CUP, D(1))]),
        # replace, then scale (the replacing gin doubles), then add (not doubled): whatever
        # the order the till wrote them in
        (
            [(EXTRA_CAMPARI, 1), (DOUBLE, 1), (TO_SIPSMITH, 1)],
            [(SIPSMITH, D(60)), (CAMPARI, D(70)), (VERMOUTH, D(60)), (CUP, D(1))],
        ),
        (
            [(TO_45_SIPSMITH, 1), (LARGE, 1)],
            [(SIPSMITH, D("67.5")), (CAMPARI, D(45)), (VERMOUTH, D(45)), (CUP, D(1))],
        ),
        # a replace whose ingredient the drink has not changes nothing
        ([(Effect(REPLACE, item=SYRUP, with_item=GIN), 1)], NEGRONI),
        # replacing by an ingredient already there: one line, summed
        (
            [(Effect(REPLACE, item=GIN, with_item=CAMPARI), 1)],
            [(CAMPARI, D(60)), (VERMOUTH, D(30)), (CUP, D(1))],
        ),
        # the second replace finds the gin gone: the till's order decides
        (
            [(TO_SIPSMITH, 1), (Effect(REPLACE, item=GIN, with_item=SYRUP), 1)],
            [(SIPSMITH, D(30)), (CAMPARI, D(30)), (VERMOUTH, D(30)), (CUP, D(1))],
        ),
        # exact decimals: a third of a drink more, to the millionth written
        (
            [(Effect(SCALE, factor=D("1.333333")), 1)],
            [
                (GIN, D("39.99999")),
                (CAMPARI, D("39.99999")),
                (VERMOUTH, D("39.99999")),
                (CUP, D(1)),
            ],
        ),
    ],
)
def test_a_drink_modified(effects: list[tuple[Effect, int]], drink: list[tuple[int, D]]) -> None:
    assert modified(NEGRONI, effects, unscaled=PIECES) == drink


def test_without_pieces_named_a_scale_scales_every_line() -> None:
    assert modified([(CUP, D(1))], [(DOUBLE, 1)]) == [(CUP, D(2))]


def test_a_recipe_drawing_an_item_twice_is_one_line() -> None:
    assert modified([(GIN, D(20)), (GIN, D("2.5"))], []) == [(GIN, D("22.5"))]


RULES: dict[tuple[str, int | None], str] = {
    ("double", None): "every recipe",
    ("double", 7): "the Negroni's",
    ("oat milk", 8): "the latte's",
}


@pytest.mark.parametrize(
    ("key", "recipe", "chosen"),
    [
        ("double", 7, "the Negroni's"),  # the recipe's own rule wins
        ("double", 9, "every recipe"),
        ("oat milk", 8, "the latte's"),
        ("oat milk", 7, None),  # a rule for another recipe is no rule here
        ("large", 7, None),
    ],
)
def test_the_recipes_own_rule_wins(key: str, recipe: int, chosen: str | None) -> None:
    assert chosen_rule(RULES, key, recipe) == chosen


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("12oz, Oat Milk, Cold Foam, Strawberry", ("12oz", "Oat Milk", "Cold Foam", "Strawberry")),
        ("  Oat milk ,, ,Extra shot  ", ("Oat milk", "Extra shot")),
        ("", ()),
        (" , ", ()),
        ("Senza ghiaccio", ("Senza ghiaccio",)),
    ],
)
def test_a_tills_modifiers_cell_is_split_on_commas(text: str, names: tuple[str, ...]) -> None:
    assert split_modifiers(text) == names


@pytest.mark.parametrize(
    ("text", "count", "name"),
    [
        ("Extra shot", 1, "Extra shot"),
        ("2 x Extra shot", 2, "Extra shot"),
        ("3x Extra shot", 3, "Extra shot"),
        ("2 × Extra shot", 2, "Extra shot"),
        ("0 x Extra shot", 1, "0 x Extra shot"),  # no drink has none of a modifier printed
        ("12oz", 1, "12oz"),
        ("7 Up", 1, "7 Up"),
    ],
)
def test_a_counted_modifier(text: str, count: int, name: str) -> None:
    assert counted(text) == (count, name)


@pytest.mark.parametrize(
    ("text", "key"),
    [("Oat  Milk", "oat milk"), (" OAT milk ", "oat milk"), ("2 x Extra Shot", "extra shot")],
)
def test_modifiers_match_like_recipe_names(text: str, key: str) -> None:
    assert modifier_key(text) == key


@pytest.mark.parametrize(
    ("variant", "plain"),
    [("", True), ("  ", True), ("Regular", True), (" regular ", True), ("Double", False)],
)
def test_no_variant_and_regular_are_the_recipe_as_written(variant: str, plain: bool) -> None:
    assert is_plain_variant(variant) is plain


@pytest.mark.parametrize(
    ("spec", "problems"),
    [
        (ModifierSpec("Double", SCALE, factor=D(2)), []),
        (ModifierSpec("Senza ghiaccio", IGNORE), []),
        (
            ModifierSpec("Extra Campari", ADD, ingredient="AMA-CAMP", quantity=D(1), unit=Unit.CL),
            [],
        ),
        (ModifierSpec("Sipsmith", REPLACE, ingredient="GIN-TANQ", with_sku="GIN-SIPS"), []),
        (
            ModifierSpec(
                "Sipsmith", REPLACE, ingredient="GIN", with_sku="SIPS", quantity=D(45), unit=Unit.ML
            ),
            [],
        ),
        (ModifierSpec(" ", IGNORE), [("modifier", "expected the modifier's name")]),
        (
            ModifierSpec("Double", SCALE),
            [("factor", "a scale rule needs a factor such as 2 or 1.5")],
        ),
        (
            ModifierSpec("Double", SCALE, factor=D(0)),
            [("factor", "expected a number above zero, got 0")],
        ),
        (
            ModifierSpec("Double", SCALE, ingredient="GIN", factor=D(2)),
            [("ingredient", "the action scale takes no ingredient; leave it blank")],
        ),
        (
            ModifierSpec("Ice", IGNORE, factor=D(2)),
            [("factor", "the action ignore takes no factor; leave it blank")],
        ),
        (
            ModifierSpec("Extra", ADD, ingredient="GIN"),
            [
                ("quantity", "an add rule needs a quantity per drink such as 10"),
                ("unit", "an add rule needs a unit (ml, cl, oz, dash, barspoon, drop, g, pcs)"),
            ],
        ),
        (
            ModifierSpec("Extra", ADD, quantity=D(-1), unit=Unit.ML),
            [
                ("ingredient", "the action add needs the SKU of its ingredient"),
                ("quantity", "expected a number above zero, got -1"),
            ],
        ),
        (
            ModifierSpec("Swap", REPLACE, ingredient="GIN", with_sku="SIPS", quantity=D(45)),
            [("unit", "a replace rule gives a quantity and its unit together, or neither")],
        ),
        (
            ModifierSpec("Swap", REPLACE, ingredient="GIN"),
            [("with", "a replace rule needs the SKU that replaces the ingredient (column with)")],
        ),
    ],
)
def test_what_each_action_needs(spec: ModifierSpec, problems: list[tuple[str, str]]) -> None:
    assert [(p.column, p.detail) for p in spec_problems(spec)] == problems


@pytest.mark.parametrize(("text", "factor"), [("2", D(2)), ("1.5", D("1.5")), ("1,5", D("1.5"))])
def test_a_factor_is_exact(text: str, factor: D) -> None:
    assert parse_factor(text) == factor
