"""What is open already before another container of an item is opened (issue 15, point 4)."""

from __future__ import annotations

from datetime import datetime

import pytest

from inventory_app.db.engine import Database
from inventory_app.services.bottles.containers import open_container
from inventory_app.services.bottles.second_opening import still_open
from inventory_app.services.undo.movements import undo_opening
from tests.conftest import AUTHOR
from tests.services.bottle_fixtures import Shelf, make_shelf

NOV_3 = datetime(datetime.now().year, 11, 3, 12, 0)  # naive UTC, as the ledger stores it


@pytest.fixture
def shelf(db: Database) -> Shelf:
    with db.transaction() as s:
        return make_shelf(s)


def test_a_second_bottle_names_the_one_still_open(db: Database, shelf: Shelf) -> None:
    first, second, third = shelf.bottles
    with db.transaction() as s:
        assert still_open(s, f"#{first}") is None  # nothing open yet: nothing to ask
        open_container(s, f"#{first}", author=AUTHOR, at=NOV_3)
        assert still_open(s, f"#{first}") is None  # the open one itself
        asked = still_open(s, f"#{second}")
        assert asked is not None
        assert asked.question() == (
            f"Macallan 18 #{first} is still open since 3 Nov: open #{second} anyway?"
        )
        open_container(s, f"#{second}", author=AUTHOR, at=NOV_3)
        both = still_open(s, "WHI-MAC18")
        assert both is not None and both.open_labels == (f"#{first}", f"#{second}")
        assert both.question().startswith(f"Macallan 18 #{first} and #{second} are still open")
        assert f"#{third}" not in both.question()


def test_a_bulk_item_counts_its_open_containers(db: Database, shelf: Shelf) -> None:
    with db.transaction() as s:
        assert still_open(s, "AMA-CAMP") is None
        opened = open_container(s, "AMA-CAMP", author=AUTHOR, at=NOV_3)
        asked = still_open(s, "AMA-CAMP")
        assert asked is not None
        assert asked.question() == "Campari: one is still open since 3 Nov: open another anyway?"
        undo_opening(s, opened.movement_id, author=AUTHOR)
        assert still_open(s, "AMA-CAMP") is None


@pytest.mark.usefixtures("italian")
def test_the_question_reads_in_italian(db: Database, shelf: Shelf) -> None:
    first, second, _ = shelf.bottles
    with db.transaction() as s:
        open_container(s, "AMA-CAMP", author=AUTHOR, at=NOV_3)
        asked = still_open(s, "AMA-CAMP")
        assert asked is not None
        assert (
            asked.question()
            == "Campari: uno è ancora aperto dal 3 nov: ne apri un altro lo stesso?"
        )
        open_container(s, f"#{first}", author=AUTHOR, at=NOV_3)
        bottle = still_open(s, f"#{second}")
        assert bottle is not None and bottle.opening == f"#{second}"
        assert bottle.question() == (
            f"Macallan 18 #{first} è ancora aperta dal 3 nov: apri #{second} lo stesso?"
        )
        open_container(s, f"#{second}", author=AUTHOR, at=NOV_3)
        both = still_open(s, "WHI-MAC18")
        assert both is not None and both.opening == "another"  # the code stays English
        assert both.question() == (
            f"Macallan 18 #{first} e #{second} sono ancora aperte dal 3 nov: "
            "apri un'altra lo stesso?"
        )
