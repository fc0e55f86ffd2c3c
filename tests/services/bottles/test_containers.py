"""Bottles: register, open, finish; refusals change nothing; bulk open counts.

Undoing an opening is tested in tests/services/undo/test_movements.py.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from inventory_app.db.engine import Database
from inventory_app.db.models import Movement
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.errors import InputError, NotFoundError
from inventory_app.services.bottles.containers import (
    BottleChoiceError,
    add_bottle,
    empty_container,
    open_container,
)
from inventory_app.services.ledger import movements as stock
from inventory_app.services.undo.movements import undo_movement, undo_opening
from tests.conftest import AUTHOR
from tests.services.bottle_fixtures import (
    Shelf,
    bottle_state,
    make_shelf,
    movement_count,
    open_count,
)

D = Decimal


@pytest.fixture
def shelf(db: Database) -> Shelf:
    with db.transaction() as s:
        return make_shelf(s)


def test_add_bottle_receives_its_size(db: Database, shelf: Shelf) -> None:
    with db.transaction() as s:
        new = add_bottle(
            s, "WHI-MAC18", label="Sherry cask 2004", author=AUTHOR, cost=D("350"),
            abv=D("43"), vintage=2004, cask="2004/17", bottle_number="56/300",
        )  # fmt: skip
        assert stock.on_hand(s, shelf.whisky) == D(2800)
        receipt = s.scalars(select(Movement).where(Movement.bottle_id == new)).one()
        assert (receipt.reason, receipt.delta, receipt.reference) == (
            "receive", D(700), f"bottle:{new}",
        )  # fmt: skip
    assert bottle_state(db, new) == ("sealed", D(700), False, False)


@pytest.mark.parametrize(
    ("sku", "fields", "message"),
    [
        ("AMA-CAMP", {}, "AMA-CAMP is tracked in bulk: only items with tracking=serial"),
        ("NOPE", {}, "no item or bottle with barcode, SKU or id 'NOPE'"),
        ("WHI-MAC18", {"label": " "}, "column 'label': a bottle needs a label"),
        ("WHI-MAC18", {"abv": D(0)}, "column 'abv': ABV is a percentage above 0 up to 100"),
        ("WHI-MAC18", {"vintage": 1700}, "column 'vintage': expected a vintage year"),
        ("WHI-MAC18", {"barcode": "MAC-1"}, "barcode 'MAC-1' is already on bottle #1"),
        ("WHI-MAC18", {"barcode": "5010255000194"}, "is the barcode of item WHI-MAC18"),
    ],
)
def test_add_bottle_refusals_change_nothing(
    db: Database, shelf: Shelf, sku: str, fields: dict[str, object], message: str
) -> None:
    before = movement_count(db)
    fields.setdefault("label", "Cask 9")
    with pytest.raises(InputError) as caught, db.transaction() as s:
        add_bottle(s, sku, author=AUTHOR, **fields)  # type: ignore[arg-type]
    assert message in str(caught.value)
    assert movement_count(db) == before


@pytest.mark.parametrize("code", ["#2", "bottle:2", "2", "MAC-2"])
def test_open_and_finish_a_bottle_by_any_code(db: Database, shelf: Shelf, code: str) -> None:
    with db.transaction() as s:
        opened = open_container(s, code, author=AUTHOR)
    assert (opened.bottle_id, opened.bottle, opened.open_containers) == (2, "#2 Cask 2", 1)
    assert bottle_state(db, 2) == ("open", D(700), True, False)
    with db.transaction() as s:
        stock.record_movement(s, shelf.whisky, D(-700), Reason.SALE, author=AUTHOR, bottle_id=2)
        emptied = empty_container(s, code, author=AUTHOR)
    assert (emptied.written_off, emptied.open_containers) == (D(0), 0)
    assert bottle_state(db, 2) == ("empty", D(0), True, True)
    with db.sessions() as s:
        zero = s.get_one(Movement, emptied.movement_id)
        assert (zero.reason, zero.delta, zero.bottle_id, zero.author) == ("empty", 0, 2, AUTHOR)


@pytest.mark.parametrize(
    ("steps", "code", "action", "message"),
    [
        ([], "#1", "empty", "#1 Cask 1 is still sealed: open it before finishing it"),
        (["open"], "#1", "open", "#1 Cask 1 is already open"),
        (["open", "empty"], "#1", "open", "#1 Cask 1 is empty: an empty bottle cannot be"),
        (["open", "empty"], "#1", "empty", "#1 Cask 1 is already empty"),
        ([], "WHI-MAC18", "empty", "WHI-MAC18 has no open bottle to finish"),
        ([], "AMA-CAMP", "empty", "no open container of Campari to finish: open one first"),
        ([], "#99", "open", "no bottle #99"),
    ],
)
def test_state_machine_refusals_change_nothing(
    db: Database, shelf: Shelf, steps: list[str], code: str, action: str, message: str
) -> None:
    with db.transaction() as s:
        for step in steps:
            (open_container if step == "open" else empty_container)(s, "#1", author=AUTHOR)
    before = (movement_count(db), bottle_state(db, 1), open_count(db, shelf.campari))
    with pytest.raises(InputError) as caught, db.transaction() as s:
        (open_container if action == "open" else empty_container)(s, code, author=AUTHOR)
    assert message in str(caught.value)
    assert (movement_count(db), bottle_state(db, 1), open_count(db, shelf.campari)) == before


def test_several_sealed_bottles_ask_which(db: Database, shelf: Shelf) -> None:
    with pytest.raises(BottleChoiceError) as caught, db.transaction() as s:
        open_container(s, "5010255000194", author=AUTHOR)
    assert caught.value.choices == [(1, "#1 Cask 1"), (2, "#2 Cask 2"), (3, "#3 Cask 3")]
    assert str(caught.value) == (
        "WHI-MAC18 has 3 bottles you could open: #1 Cask 1; #2 Cask 2; #3 Cask 3; "
        "choose one with --bottle ID"
    )
    with db.transaction() as s:
        assert open_container(s, "WHI-MAC18", author=AUTHOR, bottle_id=3).bottle_id == 3
        # one open bottle: finishing needs no choice
        assert empty_container(s, "WHI-MAC18", author=AUTHOR).bottle_id == 3


@pytest.mark.parametrize(
    ("code", "bottle_id", "error", "message"),
    [
        ("AMA-CAMP", 1, InputError, "bottle #1 is not a bottle of AMA-CAMP"),
        ("MAC-1", 2, InputError, "'MAC-1' is bottle #1, not #2"),
        ("WHI-MAC18", 42, NotFoundError, "no bottle #42"),
    ],
)
def test_bad_bottle_choice(
    db: Database, shelf: Shelf, code: str, bottle_id: int, error: type, message: str
) -> None:
    with pytest.raises(error, match=message), db.transaction() as s:
        open_container(s, code, author=AUTHOR, bottle_id=bottle_id)


def test_finishing_with_a_remainder_writes_it_off(db: Database, shelf: Shelf) -> None:
    with db.transaction() as s:
        open_container(s, "#1", author=AUTHOR)
        stock.record_movement(s, shelf.whisky, D(-670), Reason.SALE, author=AUTHOR, bottle_id=1)
        result = empty_container(s, "#1", author="giulia")
        waste = s.scalars(select(Movement).where(Movement.reason == "waste")).one()
        assert (waste.delta, waste.note, waste.bottle_id, waste.reference, waste.author) == (
            D(-30), "finished with 30 ml left", 1, f"empty:{result.movement_id}", "giulia",
        )  # fmt: skip
        assert stock.on_hand(s, shelf.whisky) == D(1400)
    assert result.written_off == D(30)
    assert bottle_state(db, 1) == ("empty", D(0), True, True)
    with db.transaction() as s:  # undo the finish: the bottle is open again with its 30 ml
        undo_opening(s, result.movement_id, author=AUTHOR)
        assert stock.on_hand(s, shelf.whisky) == D(1430)
    assert bottle_state(db, 1) == ("open", D(30), True, False)


def test_finishing_a_bottle_that_poured_too_much_corrects_it(db: Database, shelf: Shelf) -> None:
    with db.transaction() as s:
        open_container(s, "#1", author=AUTHOR)
        stock.record_movement(s, shelf.whisky, D(-720), Reason.SALE, author=AUTHOR, bottle_id=1)
        assert empty_container(s, "#1", author=AUTHOR).written_off == D(-20)
        fix = s.scalars(select(Movement).where(Movement.reason == "correction")).one()
        assert (fix.delta, fix.note) == (
            D(20),
            "finished 20 ml beyond its level: the pours ran short",
        )
    assert bottle_state(db, 1) == ("empty", D(0), True, True)


def test_bulk_openings_count_open_containers(db: Database, shelf: Shelf) -> None:
    with db.transaction() as s:
        first = open_container(s, "AMA-CAMP", author=AUTHOR)
        second = open_container(s, "AMA-CAMP", author=AUTHOR)
        assert (first.open_containers, second.open_containers) == (1, 2)
        assert empty_container(s, "AMA-CAMP", author=AUTHOR).open_containers == 1
        assert stock.on_hand(s, shelf.campari) == D(2000)  # openings move no stock
    with db.transaction() as s:
        undo_movement(s, second.movement_id, author=AUTHOR)  # from a history list
    assert open_count(db, shelf.campari) == 0
    with pytest.raises(InputError, match="no open container of Campari"), db.transaction() as s:
        undo_opening(s, first.movement_id, author=AUTHOR)


@pytest.mark.usefixtures("italian")
@pytest.mark.parametrize(
    ("fields", "column", "detail"),
    [
        ({"abv": D("100.5")}, "abv", "la gradazione è una percentuale sopra 0 fino a 100, "
                                      "trovato 100,5"),
        ({"cost": D("-12.5")}, "cost", "serve un costo di zero o più, trovato -12,5"),
        ({"label": " "}, "label", "una bottiglia ha bisogno di un'etichetta "
                                  "(quello che c'è scritto sopra)"),
    ],
)  # fmt: skip
def test_add_bottle_refusals_read_in_italian(
    db: Database, shelf: Shelf, fields: dict[str, object], column: str, detail: str
) -> None:
    fields.setdefault("label", "Cask 9")
    with pytest.raises(InputError) as caught, db.transaction() as s:
        add_bottle(s, "WHI-MAC18", author=AUTHOR, **fields)  # type: ignore[arg-type]
    assert (caught.value.column, caught.value.detail) == (column, detail)
