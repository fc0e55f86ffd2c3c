"""A drink's money rules and how a recipe's numbers are read (domain/recipes.py)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal as D
from typing import Any

import pytest

from inventory_app.domain.errors import InputError
from inventory_app.domain.recipes import (
    Channel,
    RecipeKind,
    SaleKind,
    check_batches,
    margin,
    name_key,
    net_of_vat,
    parse_batches,
    parse_line_quantity,
    parse_yield,
    pour_cost_pct,
)
from inventory_app.i18n.catalogue import ITALIAN, in_language

VAT = D(22)  # Italy's IVA on drinks


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Negroni", "negroni"),
        ("  NEGRONI   Sbagliato ", "negroni sbagliato"),
        ("Gin\tTonic", "gin tonic"),
        ("Straße", "strasse"),  # casefold, not lower
        ("Caffè corretto", "caffè corretto"),  # accents are part of the name
    ],
)
def test_names_match_without_case_or_spacing(name: str, key: str) -> None:
    assert name_key(name) == key


@pytest.mark.parametrize(
    ("price", "vat", "net"),
    [
        (D("12.20"), VAT, D(10)),
        (D(10), D(0), D(10)),
        (D("10.50"), D(10), D("9.545454545454545454545454545")),  # exact to 28 digits
    ],
)
def test_a_menu_price_includes_vat(price: D, vat: D, net: D) -> None:
    assert net_of_vat(price, vat) == net


def test_pour_cost_is_a_share_of_the_net_price() -> None:
    assert pour_cost_pct(D("2.44"), D("12.20"), VAT) == D("24.4")
    assert pour_cost_pct(D(0), D("12.20"), VAT) == D(0)


@pytest.mark.parametrize("price", [D(0), D("-1")])
def test_without_a_price_there_is_no_pour_cost(price: D) -> None:
    assert pour_cost_pct(D("2.44"), price, VAT) is None


@pytest.mark.parametrize(
    ("cost", "price", "left"),
    [(D("2.44"), D("12.20"), D("7.56")), (D(11), D("12.20"), D(-1)), (D(0), D(0), D(0))],
)
def test_the_margin_is_what_vat_and_ingredients_leave(cost: D, price: D, left: D) -> None:
    assert margin(cost, price, VAT) == left


@pytest.mark.parametrize(
    ("parse", "text", "value"),
    [
        (parse_line_quantity, "22.5", D("22.5")),
        (parse_line_quantity, "22,5", D("22.5")),
        (parse_yield, "1000", D(1000)),
        (parse_batches, "0.5", D("0.5")),
        (parse_batches, "2", D(2)),
    ],
)
def test_recipe_numbers_are_read_by_the_one_number_rule(
    parse: Callable[[str], D], text: str, value: D
) -> None:
    assert parse(text) == value


@pytest.mark.parametrize(
    ("parse", "text", "words"),
    [
        (parse_line_quantity, "a dash", "expected a quantity such as 22.5, got 'a dash'"),
        (parse_yield, "1 L", "expected a yield such as 1000, in the item's unit, got '1 L'"),
        (parse_batches, "half", "expected a number of batches such as 1 or 0.5, got 'half'"),
        (parse_batches, "0", "expected batches above zero, got 0"),
        (parse_batches, "-1", "expected batches above zero, got -1"),
    ],
)
def test_a_number_that_is_not_one_is_refused_saying_what_was_expected(
    parse: Callable[[str], D], text: str, words: str
) -> None:
    with pytest.raises(InputError) as caught:
        parse(text)
    assert caught.value.detail.startswith(words)


def test_batches_below_zero_name_their_column() -> None:
    with pytest.raises(InputError) as caught:
        check_batches(D("-0.5"))
    assert (caught.value.column, caught.value.detail) == (
        "batches", "expected batches above zero, got -0.5",
    )  # fmt: skip
    assert check_batches(D("0.25")) == D("0.25")


RECIPE_WORD_LABELS = [
    (RecipeKind.PREP, "prep", "preparazione"),
    (RecipeKind.COCKTAIL, "cocktail", "cocktail"),
    (Channel.TAKEAWAY, "take-away", "asporto"),
    (Channel.SPEAKEASY, "speakeasy", "speakeasy"),
    (SaleKind.SALE, "sale", "vendita"),
    (SaleKind.REFUND, "refund", "rimborso"),
    (SaleKind.VOID, "void", "storno"),
]


@pytest.mark.parametrize(("value", "english", "italiano"), RECIPE_WORD_LABELS)
def test_recipe_word_labels_in_both_languages(value: Any, english: str, italiano: str) -> None:
    """A stored value reads as its label: English as it always read, Italian as a bar says it."""
    assert value.label == english
    with in_language(ITALIAN):
        assert value.label == italiano


def test_every_recipe_word_value_has_a_label() -> None:
    assert all(value.label for value in RecipeKind)
    assert all(value.label for value in Channel)
    assert all(value.label for value in SaleKind)
