"""domain/receiving.py: a line's outcome, a changed price, the new cost, the median lead time."""

from __future__ import annotations

from decimal import Decimal

import pytest

from inventory_app.domain.errors import InputError
from inventory_app.domain.receiving import (
    CostUpdate,
    LineOutcome,
    check_paper_number,
    delivery_summary,
    line_outcome,
    median_days,
    new_cost,
    price_changed,
)

D = Decimal
Out = LineOutcome


@pytest.mark.parametrize(
    ("ordered", "received", "flags", "outcome"),
    [
        (D(6), D(6), {}, Out.AS_ORDERED),
        (D(6), D(4), {}, Out.SHORT),
        (D(6), D("6.5"), {}, Out.OVER),
        (D(6), D(0), {}, Out.NOT_ARRIVED),
        (D(6), D(0), {"substituted": True}, Out.SUBSTITUTED),
        (D(6), D(3), {"substituted": True}, Out.SUBSTITUTED),  # part of it came as another item
        (D(0), D(6), {"instead": True}, Out.INSTEAD),
    ],
)
def test_a_line_is_named_once(
    ordered: Decimal, received: Decimal, flags: dict[str, bool], outcome: Out
) -> None:
    assert line_outcome(ordered, received, **flags) is outcome
    assert outcome.differs is (outcome is not Out.AS_ORDERED)


def test_in_italian_outcomes_are_bar_words(italian: None) -> None:
    assert [o.label for o in Out] == [
        "come ordinato", "in meno", "in più", "sostituito", "non arrivato", "arrivato al posto",
    ]  # fmt: skip
    assert CostUpdate.AVERAGE.label == "media ponderata"


def test_a_price_changes_only_when_its_value_does() -> None:
    assert not price_changed(D("17.9"), D("17.90"))
    assert price_changed(D("17.90"), D("17.91"))


@pytest.mark.parametrize(
    ("rule", "on_hand", "arrived", "price", "cost"),
    [
        (CostUpdate.LAST, D(1), D(6), D("18.405"), D("18.41")),  # half-up to the cent
        (CostUpdate.AVERAGE, D(1), D(6), D("18.40"), D("18.33")),  # 128.30 / 7 = 18.3285..
        (CostUpdate.AVERAGE, D("3.5"), D(6), D(20), D("19.23")),  # 182.65 / 9.5 = 19.226..
        (CostUpdate.AVERAGE, D(0), D(6), D(20), D("20.00")),
        (CostUpdate.AVERAGE, D(-2), D(6), D(20), D("20.00")),  # sold before booked: no cost
    ],
)
def test_the_new_cost_is_exact_then_to_the_cent(
    rule: CostUpdate, on_hand: Decimal, arrived: Decimal, price: Decimal, cost: Decimal
) -> None:
    assert new_cost(rule, cost=D("17.90"), on_hand=on_hand, arrived=arrived, price=price) == cost


def test_the_observed_lead_time_is_the_median() -> None:
    assert median_days([]) is None
    assert median_days([3, 1, 14]) == D(3)
    assert median_days([2, 3, 1, 4]) == D("2.5")


def test_a_paper_number_is_one_short_line() -> None:
    assert check_paper_number("  DDT 118/A ", "ddt") == "DDT 118/A"
    with pytest.raises(InputError) as refused:
        check_paper_number("1\n2", "invoice")
    assert refused.value.column == "invoice"


@pytest.mark.parametrize(
    ("outcomes", "prices", "said"),
    [
        ([Out.AS_ORDERED, Out.AS_ORDERED], 0, "everything as ordered"),
        ([Out.SHORT, Out.SHORT, Out.AS_ORDERED], 1,
         "2 lines short, 1 price changed: cost updated to the last price"),
        ([Out.OVER, Out.SUBSTITUTED, Out.INSTEAD, Out.NOT_ARRIVED], 0,
         "1 line over, 1 line substituted, 1 line not arrived"),
    ],
)  # fmt: skip
def test_a_delivery_is_summed_up_in_a_few_words(
    outcomes: list[Out], prices: int, said: str
) -> None:
    assert delivery_summary(outcomes, prices, CostUpdate.LAST) == said


def test_the_summary_in_italian(italian: None) -> None:
    said = delivery_summary([Out.SHORT, Out.SHORT], 2, CostUpdate.AVERAGE)
    assert said == "2 righe in meno, 2 prezzi cambiati: costo aggiornato con la media ponderata"
