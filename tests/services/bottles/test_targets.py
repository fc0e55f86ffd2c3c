"""What a scanned or typed code names: an item, or one bottle of a serial item."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from inventory_app.db.engine import Database
from inventory_app.db.models import Bottle, Item
from inventory_app.domain.bottle_states import Opening
from inventory_app.domain.errors import InputError, NotFoundError
from inventory_app.services.bottles.targets import BottleChoiceError, bottle_name, find_target
from tests.conftest import make_item
from tests.services.bottle_fixtures import Shelf, make_shelf


@pytest.fixture
def shelf(db: Database) -> Shelf:
    with db.transaction() as s:
        shelf = make_shelf(s)
        make_item(s, "12345", name="Numbered SKU")  # a SKU that reads as a number
    return shelf


def named(s: Session, code: str, bottle_id: int | None = None) -> tuple[str, int | None]:
    target = find_target(s, code, bottle_id=bottle_id)
    return target.item.sku, None if target.bottle is None else target.bottle.id


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("#2", ("WHI-MAC18", 2)),
        ("bottle: 3", ("WHI-MAC18", 3)),
        ("BOTTLE:1", ("WHI-MAC18", 1)),
        ("MAC-2", ("WHI-MAC18", 2)),  # a bottle's own barcode
        ("  2 ", ("WHI-MAC18", 2)),  # a short bare number with no SKU of that name: an id
        ("5010255000194", ("WHI-MAC18", None)),  # the item's barcode
        ("AMA-CAMP", ("AMA-CAMP", None)),
        ("12345", ("12345", None)),  # a SKU wins over a bottle id
    ],
)
def test_each_kind_of_code(db: Database, shelf: Shelf, code: str, expected: tuple) -> None:
    with db.reading() as s:
        assert named(s, code) == expected


@pytest.mark.parametrize(
    ("code", "bottle_id", "error", "message"),
    [
        ("#9", None, NotFoundError, "no bottle #9"),
        ("12345678", None, NotFoundError, "no item or bottle with barcode, SKU or id '12345678'"),
        ("RUM", None, NotFoundError, "no item or bottle with barcode, SKU or id 'RUM'"),
        ("AMA-CAMP", 1, InputError, "bottle #1 is not a bottle of AMA-CAMP"),
        (" MAC-1 ", 2, InputError, "'MAC-1' is bottle #1, not #2"),
        ("WHI-MAC18", 42, NotFoundError, "no bottle #42"),
    ],
)
def test_codes_that_name_nothing(
    db: Database, shelf: Shelf, code: str, bottle_id: int | None, error: type, message: str
) -> None:
    with pytest.raises(error, match=message), db.reading() as s:
        find_target(s, code, bottle_id=bottle_id)


def test_a_bottle_id_picks_one_bottle_of_the_item(db: Database, shelf: Shelf) -> None:
    with db.reading() as s:
        assert named(s, "WHI-MAC18", 3) == ("WHI-MAC18", 3)
        assert named(s, "MAC-1", 1) == ("WHI-MAC18", 1)


def test_a_choice_names_each_bottle_id_first(db: Database, shelf: Shelf) -> None:
    with db.reading() as s:
        item = s.get_one(Item, shelf.whisky)
        bottles = [s.get_one(Bottle, b) for b in shelf.bottles[:2]]
        assert bottle_name(bottles[0]) == "#1 Cask 1"
        choice = BottleChoiceError(item, Opening.EMPTY, bottles)
    assert choice.choices == [(1, "#1 Cask 1"), (2, "#2 Cask 2")]
    assert str(choice) == (
        "WHI-MAC18 has 2 bottles you could finish: #1 Cask 1; #2 Cask 2; "
        "choose one with --bottle ID"
    )
