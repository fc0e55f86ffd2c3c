"""Sales as plain values: the Sell page's state and the sale an undo voids."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from inventory_app.domain.errors import InputError, NotFoundError
from inventory_app.domain.recipes import Channel
from inventory_app.services.selling.sales import MenuEntry, sell, undo_sale
from inventory_app.services.selling.standing import LastSale, sale_to_undo, sell_state
from inventory_app.services.settings import set_setting
from tests.services.sales_fixtures import Bar, make_bar, utc

D = Decimal
DAY = date(2026, 3, 6)


@pytest.fixture
def bar(session: Session) -> Bar:
    return make_bar(session)


def test_sell_state_reads_the_menu_this_persons_sales_and_the_day(
    session: Session, bar: Bar
) -> None:
    first = sell(session, "Negroni", author="ann", quantity=D(2), at=utc("2026-03-06 21:00"))
    sell(session, "Shot", author="bob", at=utc("2026-03-06 22:00"))
    last = sell(
        session, "Shot", author="ann", channel=Channel.SPEAKEASY, at=utc("2026-03-06 23:00")
    )
    undone = sell(session, "Shot", author="ann", quantity=D(4), at=utc("2026-03-06 23:30"))
    undo_sale(session, undone.sale_id, author="ann")
    sell(session, "Negroni", author="ann", at=utc("2026-03-07 00:30"))  # the next local day
    set_setting(session, "default_channel", "speakeasy", author="owner")

    state = sell_state(session, user="ann", day=DAY, recent=3)

    assert state.menu == [
        MenuEntry(bar.negroni, "Negroni", D(10)),
        MenuEntry(bar.shot, "Shot", D(5)),
    ]
    assert [(s.recipe, s.quantity, s.channel) for s in state.recent] == [
        ("Negroni", D(1), Channel.TAKEAWAY),
        ("Shot", D(1), Channel.SPEAKEASY),
        ("Negroni", D(2), Channel.TAKEAWAY),
    ]
    assert state.recent[1] == LastSale(
        last.sale_id, "Shot", D(1), Channel.SPEAKEASY, utc("2026-03-06 23:00")
    )
    assert state.last_sale == state.recent[0]
    assert state.recent[2].sale_id == first.sale_id
    assert state.today == D(4)  # 2 + 1 + 1 on the 6th; the undone 4 and the 7th's left out
    assert state.default_channel == Channel.SPEAKEASY


def test_sell_state_of_someone_who_sold_nothing(session: Session, bar: Bar) -> None:
    state = sell_state(session, user="bob", day=DAY)
    assert (state.recent, state.last_sale, state.today) == ([], None, D(0))


def test_sale_to_undo_is_plain_values_the_last_by_default(session: Session, bar: Bar) -> None:
    with pytest.raises(InputError, match="no sale to undo"):
        sale_to_undo(session, None)
    negroni = sell(session, "Negroni", author="ann", quantity=D(3)).sale_id
    shot = sell(session, "Shot", author="bob").sale_id
    assert sale_to_undo(session, None).sale_id == shot
    named = sale_to_undo(session, negroni)
    assert (named.sale_id, named.recipe, named.quantity, named.channel) == (
        negroni, "Negroni", D(3), Channel.TAKEAWAY,
    )  # fmt: skip
    assert {f.name for f in fields(named)} == {"sale_id", "recipe", "quantity", "channel", "at"}
    undo_sale(session, shot, author="bob")
    assert sale_to_undo(session, None).sale_id == negroni
    with pytest.raises(NotFoundError, match="no sale with id 999"):
        sale_to_undo(session, 999)
