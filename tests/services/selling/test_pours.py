"""Pours named by SKU and amount: read once, turned into base units, summed per item."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from inventory_app.domain.errors import InputError, NotFoundError
from inventory_app.services.selling.pours import PerDrink, parse_pour
from inventory_app.services.settings import set_setting
from tests.services.sales_fixtures import Bar, make_bar

D = Decimal


@pytest.fixture
def bar(session: Session) -> Bar:
    return make_bar(session)


@pytest.mark.parametrize(
    ("text", "pour"),
    [
        ("GIN-1=50ml", ("GIN-1", D(50), "ml")),
        (" GIN-1 = 4,5 cl ", ("GIN-1", D("4.5"), "cl")),
        ("BIT-ANGO=2dash", ("BIT-ANGO", D(2), "dash")),
        ("CUP=1pcs", ("CUP", D(1), "pcs")),
    ],
)
def test_a_pour_reads_as_sku_amount_and_unit(text: str, pour: tuple[str, Decimal, str]) -> None:
    assert parse_pour(text) == pour


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("GIN", "expected SKU=QTY such as GIN-1=50ml, got 'GIN'"),
        ("=4cl", "expected SKU=QTY such as GIN-1=50ml, got '=4cl'"),
        ("GIN=0ml", "a pour must be above zero, got '0ml'"),
    ],
)
def test_a_bad_pour_is_refused(text: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_pour(text)
    assert str(caught.value) == message


def test_pours_are_summed_per_item_in_base_units(session: Session, bar: Bar) -> None:
    set_setting(session, "dash_ml", "0.8", author="anna")
    poured = PerDrink(session, [("gin", D(4), "cl"), ("CUP", D(1), "pcs"), ("GIN", D(2), "dash")])
    assert poured.amounts == {bar.gin: D("41.6"), bar.cup: D(1)}
    assert poured.skus == [("GIN", D(40)), ("CUP", D(1)), ("GIN", D("1.6"))]


def test_an_unknown_sku_is_named(session: Session, bar: Bar) -> None:
    with pytest.raises(NotFoundError) as caught:
        PerDrink(session, [("GIN", D(4), "cl"), ("RUM", D(4), "cl")])
    assert str(caught.value) == "no item with SKU 'RUM'"
