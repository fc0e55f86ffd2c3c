"""Selling at the window: the recipe leaves stock per channel, and an undo puts it back."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.models import Sale
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.errors import InputError, NotFoundError
from inventory_app.domain.local_day import local_day_bounds
from inventory_app.domain.recipes import Channel
from inventory_app.services.imports.sales import import_sales
from inventory_app.services.ledger.movements import Shortage, on_hand, record_movement
from inventory_app.services.selling.details import StockChange, sale_deductions, undo_returns
from inventory_app.services.selling.sales import (
    MenuEntry,
    drinks_sold,
    last_sale,
    menu,
    sell,
    undo_sale,
)
from inventory_app.services.settings import set_setting
from tests.services.sales_fixtures import Bar, add_recipe, make_bar, utc, write

D = Decimal
OZ = D("29.5735")
AUTHOR = "bartender"


@pytest.fixture
def bar(session: Session) -> Bar:
    return make_bar(session)


def levels(session: Session, bar: Bar) -> dict[str, Decimal]:
    names = ("gin", "campari", "vermouth", "cup", "napkin")
    return {name: on_hand(session, getattr(bar, name)) for name in names}


@pytest.mark.parametrize(
    ("channel", "quantity", "expected"),  # expected: gin, campari, vermouth, cup, napkin
    [
        (Channel.TAKEAWAY, D(1), (-30, -30, -OZ, -1, 0)),
        (Channel.SPEAKEASY, D(1), (-30, -30, -OZ, 0, -1)),
        (Channel.TAKEAWAY, D(3), (-90, -90, -3 * OZ, -3, 0)),
        (None, D(2), (-60, -60, -2 * OZ, -2, 0)),
    ],
)  # fmt: skip
def test_sell_per_channel(
    session: Session,
    bar: Bar,
    channel: Channel | None,
    quantity: Decimal,
    expected: tuple[Decimal, ...],
) -> None:
    result = sell(session, "negroni", author=AUTHOR, quantity=quantity, channel=channel)
    assert (result.recipe, result.quantity, result.channel, result.movements) == (
        "Negroni", quantity, channel or Channel.TAKEAWAY, 4,
    )  # fmt: skip
    assert tuple(levels(session, bar).values()) == expected
    sale = session.get_one(Sale, result.sale_id)
    assert (sale.kind, sale.gross_amount, sale.author) == ("sale", 10 * quantity, AUTHOR)


def test_default_channel_is_a_setting(session: Session, bar: Bar) -> None:
    set_setting(session, "default_channel", "speakeasy", author="owner")
    assert sell(session, "Negroni TA", author=AUTHOR).channel is Channel.SPEAKEASY


@pytest.mark.parametrize("quantity", [D(0), D(-1), D("1.5")])
def test_whole_drinks_only(session: Session, bar: Bar, quantity: Decimal) -> None:
    with pytest.raises(InputError) as caught:
        sell(session, "Negroni", author=AUTHOR, quantity=quantity)
    assert str(caught.value) == f"column 'qty': expected a whole number of drinks, got {quantity}"


def test_shortage_reported_but_sale_recorded(session: Session, bar: Bar) -> None:
    record_movement(session, bar.gin, D(700), Reason.RECEIVE, author=AUTHOR)
    record_movement(session, bar.cup, D(50), Reason.RECEIVE, author=AUTHOR)
    result = sell(session, "Negroni", author=AUTHOR)
    assert result.shortages == (
        Shortage("CAMPARI", "Campari", D(-30), "ml"),
        Shortage("VERMOUTH", "Vermouth", -OZ, "ml"),
    )
    assert session.get(Sale, result.sale_id) is not None
    assert sale_deductions(session, result.sale_id) == [
        StockChange("GIN", "Gin", D(-30), "ml", D(670)),
        StockChange("CAMPARI", "Campari", D(-30), "ml", D(-30)),
        StockChange("VERMOUTH", "Vermouth", -OZ, "ml", -OZ),
        StockChange("CUP", "Cup", D(-1), "pcs", D(49)),
    ]


def test_undo_sale_restores_exactly(session: Session, bar: Bar) -> None:
    record_movement(session, bar.gin, D(700), Reason.RECEIVE, author=AUTHOR)
    before = levels(session, bar)
    sale_id = sell(session, "Negroni", author=AUTHOR, quantity=D(3)).sale_id
    void_id = undo_sale(session, sale_id, author=AUTHOR)
    assert levels(session, bar) == before
    void = session.get_one(Sale, void_id)
    assert (void.kind, void.voids_id, void.quantity, void.gross_amount) == (
        "void", sale_id, D(3), D(-30),
    )  # fmt: skip
    assert [(c.sku, c.delta) for c in undo_returns(session, sale_id)] == [
        ("GIN", D(90)), ("CAMPARI", D(90)), ("VERMOUTH", 3 * OZ), ("CUP", D(3)),
    ]  # fmt: skip
    with pytest.raises(InputError) as caught:
        undo_sale(session, sale_id, author=AUTHOR)
    assert str(caught.value) == f"sale {sale_id} (Negroni) was already undone"
    with pytest.raises(InputError) as caught:
        undo_sale(session, void_id, author=AUTHOR)
    assert str(caught.value) == f"sale {void_id} is a void, not a sale: nothing to undo"
    with pytest.raises(NotFoundError):
        undo_sale(session, 999, author=AUTHOR)


def test_last_sale_skips_undone(session: Session, bar: Bar) -> None:
    assert last_sale(session) is None
    first = sell(session, "Negroni", author=AUTHOR).sale_id
    second = sell(session, "Shot", author="owner").sale_id
    assert last_sale(session).id == second  # type: ignore[union-attr]
    assert last_sale(session, author=AUTHOR).id == first  # type: ignore[union-attr]
    undo_sale(session, second, author="owner")
    assert last_sale(session).id == first  # type: ignore[union-attr]


def test_last_sale_is_never_an_imported_line(session: Session, bar: Bar, tmp_path: Path) -> None:
    rung = sell(session, "Shot", author="owner").sale_id
    path = write(tmp_path / "sales.csv", "date,item,qty\n2026-03-06,Negroni,1\n")
    import_sales(session, path, author="owner")
    assert last_sale(session, author="owner").id == rung  # type: ignore[union-attr]


def test_prep_cannot_be_sold(session: Session, bar: Bar) -> None:
    with pytest.raises(InputError) as caught:
        sell(session, "Simple Syrup", author=AUTHOR)
    assert str(caught.value) == "Simple syrup is a prep recipe: record it with `make`, not `sell`"
    with pytest.raises(NotFoundError) as missing:
        sell(session, "Spritz", author=AUTHOR)
    assert str(missing.value) == "no recipe or POS name 'Spritz'"


def test_drinks_sold_and_a_menu_that_sales_never_reorder(session: Session, bar: Bar) -> None:
    americano = add_recipe(session, "Americano", [(bar.campari, D(4), "cl", None)], price=D(9))
    day = date(2026, 3, 6)
    at = utc("2026-03-06 21:00")
    sell(session, "Shot", author=AUTHOR, quantity=D(2), at=at)
    sell(session, "Negroni", author=AUTHOR, quantity=D(3), at=at)
    undone = sell(session, "Shot", author=AUTHOR, quantity=D(5), at=at).sale_id
    undo_sale(session, undone, author=AUTHOR)
    sell(session, "Negroni", author=AUTHOR, at=utc("2026-03-07 21:00"))
    assert drinks_sold(session, *local_day_bounds(day)) == D(5)
    assert drinks_sold(session, *local_day_bounds(day + timedelta(days=1))) == D(1)
    assert menu(session) == [  # no place set yet: by name, whatever sold most
        MenuEntry(americano, "Americano", D(9)),
        MenuEntry(bar.negroni, "Negroni", D(10)),
        MenuEntry(bar.shot, "Shot", D(5)),
    ]
    assert session.scalars(select(Sale.kind).order_by(Sale.id)).all() == [
        "sale", "sale", "sale", "void", "sale",
    ]  # fmt: skip
