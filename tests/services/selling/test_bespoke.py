"""A bespoke drink: what was poured leaves stock exactly, the takings count, undo voids it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inventory_app.db.models import Movement, Sale
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.errors import InputError, NotFoundError, PermissionDenied
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.domain.recipes import Channel
from inventory_app.services.catalogue.items import save_item
from inventory_app.services.ledger.movements import on_hand
from inventory_app.services.selling.bespoke import sell_bespoke
from inventory_app.services.selling.sales import drinks_sold, sale_reference, undo_sale
from inventory_app.services.selling.standing import sell_state
from inventory_app.services.settings import set_setting
from tests.services.sales_fixtures import Bar, make_bar, utc

D = Decimal
OZ = D("29.5735")


@pytest.fixture
def bar(session: Session) -> Bar:
    return make_bar(session)


def test_the_pours_leave_stock_exactly_and_the_price_is_kept(session: Session, bar: Bar) -> None:
    done = sell_bespoke(
        session,
        [("GIN", D("4.5"), "cl"), ("vermouth", D(1), "oz"), ("GIN", D("2.5"), "ml")],
        price=D("14.50"), author="bartender", channel=Channel.SPEAKEASY, note="Marco: smoky",
    )  # fmt: skip
    assert (on_hand(session, bar.gin), on_hand(session, bar.vermouth)) == (D(-47.5), -OZ)
    assert done.movements == 2 and done.quantity == 1 and done.channel == Channel.SPEAKEASY
    sale = session.get(Sale, done.sale_id)
    assert sale is not None
    assert (sale.recipe_id, sale.recipe_name, sale.gross_amount, sale.note) == (
        None, "Bespoke drink", D("14.50"), "Marco: smoky",
    )  # fmt: skip
    moved = session.scalars(
        select(Movement).where(Movement.reference == sale_reference(done.sale_id))
    ).all()
    assert {(m.item_id, m.delta, m.reason) for m in moved} == {
        (bar.gin, D("-47.5"), Reason.SALE.value), (bar.vermouth, -OZ, Reason.SALE.value),
    }  # fmt: skip
    assert [s.sku for s in done.shortages] == ["GIN", "VERMOUTH"]


def test_the_channel_is_the_speakeasy_when_the_bar_has_one(session: Session, bar: Bar) -> None:
    done = sell_bespoke(session, [("GIN", D(40), "ml")], price=D(12), author="bartender")
    assert done.channel == Channel.SPEAKEASY  # the Negroni's napkin names it


def test_a_take_away_bar_sells_its_specials_to_go(session: Session) -> None:
    save_item(session, ItemSpec(sku="GIN", name="Gin", size=D(700)), author="anna")
    done = sell_bespoke(session, [("GIN", D(40), "ml")], price=D(12), author="bartender")
    assert done.channel == Channel.TAKEAWAY
    set_setting(session, "default_channel", "speakeasy", author="anna")
    again = sell_bespoke(session, [("GIN", D(40), "ml")], price=D(12), author="bartender")
    assert again.channel == Channel.SPEAKEASY  # the bar's setting says it has one


def test_undo_sale_voids_it_and_puts_the_pours_back(session: Session, bar: Bar) -> None:
    done = sell_bespoke(
        session, [("GIN", D(40), "ml"), ("CAMPARI", D(20), "ml")], price=D(13),
        author="bartender", at=utc("2026-03-06 22:00"),
    )  # fmt: skip
    sold = drinks_sold(session, utc("2026-03-06 00:00"), utc("2026-03-07 00:00"))
    assert sold == 1
    assert [s.recipe for s in sell_state(session, user="bartender").recent] == ["Bespoke drink"]
    void_id = undo_sale(session, done.sale_id, author="bartender")
    void = session.get(Sale, void_id)
    assert void is not None and (void.recipe_id, void.gross_amount) == (None, D(-13))
    assert (on_hand(session, bar.gin), on_hand(session, bar.campari)) == (D(0), D(0))
    assert drinks_sold(session, utc("2026-03-06 00:00"), utc("2026-03-07 00:00")) == 0
    assert sell_state(session, user="bartender").recent == []


@pytest.mark.parametrize(
    ("pours", "price", "note", "error", "message"),
    [
        ([], D(10), "", InputError, "name at least one pour, as SKU=QTY"),
        ([("NOPE", D(4), "cl")], D(10), "", NotFoundError, "no item with SKU 'NOPE'"),
        ([("GIN", D(0), "cl")], D(10), "", InputError, "a pour must be above zero, got '0'"),
        (
            [("GIN", D(4), "cl")], D(-1), "", InputError,
            "expected a price of zero or more, got -€1.00",
        ),
        ([("GIN", D(4), "cl")], D(10), "x" * 401, InputError, "a note is at most 400 characters"),
    ],
)  # fmt: skip
def test_refusals_change_nothing(
    session: Session,
    bar: Bar,
    pours: list[tuple[str, Decimal, str]],
    price: Decimal,
    note: str,
    error: type[Exception],
    message: str,
) -> None:
    before = (session.scalar(select(func.count(Movement.id))), on_hand(session, bar.gin))
    with pytest.raises(error) as caught:
        sell_bespoke(session, pours, price=price, note=note, author="bartender")
    assert str(caught.value) == message
    assert session.scalar(select(func.count(Sale.id))) == 0
    assert (session.scalar(select(func.count(Movement.id))), on_hand(session, bar.gin)) == before


def test_selling_needs_the_right_to_sell(session: Session, bar: Bar) -> None:
    with pytest.raises(PermissionDenied):
        sell_bespoke(session, [("GIN", D(4), "cl")], price=D(10), author="nobody")
    assert session.scalar(select(func.count(Sale.id))) == 0
    assert on_hand(session, bar.gin) == 0
