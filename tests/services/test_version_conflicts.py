"""Two people editing the same record: the second save is refused, the first change stays.

The editor reads a record (and its version) in one transaction and saves in another;
whoever saved in between wins, and the late save gets a ConflictError, never an overwrite.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from inventory_app.db.engine import Database
from inventory_app.db.models import Count, Movement, PurchaseOrder
from inventory_app.domain.errors import ConflictError, InputError
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.domain.units import Unit
from inventory_app.services.catalogue import items as catalogue
from inventory_app.services.counts import sessions as counts
from inventory_app.services.ordering import order_reads, orders
from inventory_app.services.recipes import editing as recipes
from inventory_app.services.recipes.editing import RecipeLineSpec, RecipeSpec
from tests.conftest import AUTHOR, make_item
from tests.services.order_fixtures import stock_bar

D = Decimal
CAMPARI = (
    "Someone else changed Campari (AMA-CAMP) since you opened it; reopen it to see their change"
)
SPRITZ = RecipeSpec(name="Spritz", price=D(8), lines=(RecipeLineSpec("AMA-CAMP", D(40), Unit.ML),))


@pytest.fixture
def campari(db: Database) -> int:
    with db.transaction() as s:
        return make_item(s, "AMA-CAMP", name="Campari", size=D(1000), barcodes=("800123",))


def opened(db: Database, item_id: int) -> tuple[ItemSpec, int]:
    """What an editor reads: the fields and the version, in a transaction of its own."""
    with db.reading() as s:
        item = catalogue.get_item(s, item_id)
        return catalogue.item_spec(item), item.version


def test_the_later_item_save_is_refused(db: Database, campari: int) -> None:
    mine, version = opened(db, campari)
    theirs, their_version = opened(db, campari)
    with db.transaction() as s:
        catalogue.save_item(
            s, replace(theirs, cost=D(21)), expected_version=their_version, author="owner"
        )
    with pytest.raises(ConflictError) as refused, db.transaction() as s:
        catalogue.save_item(s, replace(mine, cost=D(19)), expected_version=version, author="owner")
    assert str(refused.value) == CAMPARI
    assert opened(db, campari)[0].cost == D(21)


def test_a_barcode_alone_makes_a_new_version(db: Database, campari: int) -> None:
    mine, version = opened(db, campari)
    with db.transaction() as s:
        catalogue.save_item(
            s, ItemSpec(sku="AMA-CAMP", barcodes=("800123", "800999")), author="owner"
        )
    with pytest.raises(ConflictError, match="Someone else changed"), db.transaction() as s:
        catalogue.save_item(
            s, replace(mine, barcodes=("800555",)), expected_version=version, author="owner"
        )
    assert opened(db, campari)[0].barcodes == ("800123", "800999")


def test_an_unchanged_save_keeps_the_version(db: Database, campari: int) -> None:
    spec, version = opened(db, campari)
    with db.transaction() as s:
        catalogue.save_item(s, spec, expected_version=version, author="owner")
    assert opened(db, campari)[1] == version


def test_a_save_racing_inside_one_transaction_is_refused(db: Database, campari: int) -> None:
    """Loaded in a transaction still open when another commits: the version check catches it."""
    if db.engine.dialect.name == "sqlite":
        pytest.skip("SQLite writers take turns: the other cannot commit while this one is open")
    with pytest.raises(ConflictError, match="Someone else changed"), db.transaction() as mine:
        loaded = catalogue.get_item(mine, campari)  # held, as an open editor holds it
        assert loaded.version == 1
        with db.transaction() as theirs:
            catalogue.save_item(theirs, ItemSpec(sku="AMA-CAMP", cost=D(21)), author="owner")
        catalogue.save_item(mine, ItemSpec(sku="AMA-CAMP", cost=D(19)), author="owner")
    assert opened(db, campari)[0].cost == D(21)


def test_the_later_recipe_save_is_refused(db: Database, campari: int) -> None:
    with db.transaction() as s:
        recipe_id = recipes.save_recipe(s, SPRITZ, author="owner").id
    with db.reading() as s:
        mine, version = recipes.recipe_spec(s, recipe_id)
    theirs = replace(mine, lines=(RecipeLineSpec("AMA-CAMP", D(50), Unit.ML),))
    with db.transaction() as s:  # only a line changes: still a new version
        recipes.save_recipe(
            s, theirs, recipe_id=recipe_id, expected_version=version, author="owner"
        )
    with pytest.raises(ConflictError) as refused, db.transaction() as s:
        recipes.save_recipe(s, replace(mine, price=D(9)), recipe_id=recipe_id,
                            expected_version=version, author="owner")  # fmt: skip
    assert str(refused.value).startswith("Someone else changed Spritz since you opened it")
    with db.reading() as s:
        assert recipes.recipe_spec(s, recipe_id)[0] == theirs


def draft(db: Database) -> tuple[int, int]:
    """The Laguna draft, as the Orders page reads it: its id and version."""
    with db.reading() as s:
        row = next(r for r in order_reads.order_rows(s) if r.supplier == "Laguna Spirits")
        return row.order_id, row.version


@pytest.fixture
def laguna(db: Database) -> int:
    with db.transaction() as s:
        stock_bar(s)
        orders.create_orders(s, author=AUTHOR)
    return draft(db)[0]


def test_the_later_draft_edit_is_refused(db: Database, laguna: int) -> None:
    _, version = draft(db)
    with db.transaction() as s:
        orders.set_line(s, laguna, "GIN", D(12), expected_version=version, author="owner")
    with pytest.raises(ConflictError) as refused, db.transaction() as s:
        orders.set_line(s, laguna, "RUM", D(6), expected_version=version, author="owner")
    assert str(refused.value).startswith("Someone else changed order")
    assert "Laguna Spirits since you opened it" in str(refused.value)
    with db.reading() as s:
        quantities = {x.sku: x.quantity for x in order_reads.order_lines(s, laguna)}
    assert quantities == {"GIN": D(12)}


def test_a_refreshed_proposal_is_a_new_version_of_the_draft(db: Database, laguna: int) -> None:
    _, version = draft(db)
    with db.transaction() as s:
        orders.create_orders(s, author=AUTHOR)
    with pytest.raises(ConflictError), db.transaction() as s:
        orders.set_line(s, laguna, "GIN", D(6), expected_version=version, author="owner")


def test_edits_in_turn_each_see_the_last_version(db: Database, laguna: int) -> None:
    for quantity in (D(6), D(12), D(18)):
        _, version = draft(db)
        with db.transaction() as s:
            orders.set_line(s, laguna, "GIN", quantity, expected_version=version, author="owner")
    assert draft(db)[1] == version + 1


Step = Callable[[Session], object]


def _race(db: Database, first: Step, second: Step) -> None:
    """`first` written but not committed when `second` runs; it commits while `second` waits.

    PostgreSQL only: there the second transaction's check cannot see the first's rows, so
    only the database's own rule can stop it. SQLite writers take turns and never get here.
    """
    if db.engine.dialect.name == "sqlite":
        pytest.skip("SQLite writers take turns: the second begins after the first commits")
    theirs = db.transaction()
    first(theirs.__enter__())
    commit = threading.Timer(0.3, theirs.__exit__, (None, None, None))
    commit.start()
    try:
        with db.transaction() as mine:
            second(mine)
    finally:
        commit.join()


def test_two_terminals_starting_a_count_at_once_open_one(db: Database) -> None:
    def start(session: Session) -> object:
        return counts.start_count(session, author=AUTHOR)

    with pytest.raises(InputError, match="another terminal has just started a count"):
        _race(db, start, start)
    with db.reading() as s:
        assert s.scalar(select(func.count()).where(Count.status == "open")) == 1


def test_two_terminals_creating_drafts_at_once_make_one_per_supplier(db: Database) -> None:
    with db.transaction() as s:
        stock_bar(s)

    def create(session: Session) -> object:
        return orders.create_orders(session, author=AUTHOR)

    with pytest.raises(ConflictError, match="Someone else changed the draft order to "):
        _race(db, create, create)
    with db.reading() as s:
        drafts = s.execute(
            select(PurchaseOrder.supplier_id, func.count())
            .where(PurchaseOrder.status == "draft")
            .group_by(PurchaseOrder.supplier_id)
        ).all()
    assert drafts and all(n == 1 for _, n in drafts)


def test_the_database_itself_holds_one_open_count_and_one_draft_per_supplier(
    db: Database,
) -> None:
    """Both engines: rows written past the services' checks are refused."""
    with db.transaction() as s:
        stock_bar(s)
        orders.create_orders(s, author=AUTHOR)
        counts.start_count(s, author=AUTHOR)
    with pytest.raises(IntegrityError), db.transaction() as s:
        s.add(Count(locations="", started_by=AUTHOR, status="open"))
    with db.reading() as s:
        supplier = s.scalars(select(PurchaseOrder.supplier_id)).first()
    with pytest.raises(IntegrityError), db.transaction() as s:
        s.add(PurchaseOrder(supplier_id=supplier, created_by=AUTHOR))


def test_an_order_changed_since_it_was_read_is_not_sent_received_or_cancelled(
    db: Database, laguna: int, tmp_path: Path
) -> None:
    _, version = draft(db)
    with db.transaction() as s:
        orders.set_line(s, laguna, "GIN", D(12), author="owner")
    out = tmp_path / "laguna.xlsx"
    for step in (
        lambda s: orders.send_order(s, laguna, author="owner", out=out, expected_version=version),
        lambda s: orders.cancel_order(s, laguna, author="owner", expected_version=version),
    ):
        with pytest.raises(ConflictError, match="Someone else changed"), db.transaction() as s:
            step(s)
    assert not out.exists()
    _, version = draft(db)
    with db.transaction() as s:
        orders.send_order(s, laguna, author="owner", out=out, expected_version=version)
        sent = s.get(PurchaseOrder, laguna)
        assert sent is not None
        sent_version = sent.version
    with db.transaction() as s:  # someone notes a cost on the sent order meanwhile
        s.get(PurchaseOrder, laguna).note = "call before delivering"  # type: ignore[union-attr]
    with pytest.raises(ConflictError), db.transaction() as s:
        orders.receive_order(s, laguna, author="owner", expected_version=sent_version)
    with db.reading() as s:
        assert s.scalar(select(func.count()).where(Movement.reference == f"order:{laguna}")) == 0


def test_an_order_received_on_two_terminals_at_once_is_received_once(
    db: Database, laguna: int, tmp_path: Path
) -> None:
    with db.transaction() as s:
        orders.send_order(s, laguna, author="owner", out=tmp_path / "laguna.xlsx")

    def receive(session: Session) -> object:
        return orders.receive_order(session, laguna, author=AUTHOR)

    with pytest.raises(ConflictError, match="Someone else changed order"):
        _race(db, receive, receive)
    with db.reading() as s:
        received = s.scalar(select(func.count()).where(Movement.reference == f"order:{laguna}"))
        assert received == len(order_reads.order_lines(s, laguna))
