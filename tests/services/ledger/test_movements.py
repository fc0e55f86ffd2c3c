"""The ledger: every change is a movement, on hand always equals the sum."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from sqlalchemy import select

from inventory_app.db.engine import Database
from inventory_app.db.models import Movement
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.errors import InputError, NotFoundError
from inventory_app.domain.units import Unit
from inventory_app.services.catalogue import items as catalogue
from inventory_app.services.ledger import movements as stock
from inventory_app.services.settings import set_setting
from inventory_app.services.views.stock import history
from tests.conftest import make_item

D = Decimal


def test_record_moves_on_hand(db: Database) -> None:
    with db.transaction() as s:
        item = make_item(s)
        stock.record_movement(s, item, D(700), Reason.RECEIVE, author="owner", reference="order:1")
        stock.record_movement(s, item, D("-40"), Reason.SALE, author="bartender")
        assert stock.on_hand(s, item) == D(660)
        assert stock.ledger_sum(s, item) == D(660)


def test_ten_thousand_pours_remove_exactly(db: Database) -> None:
    with db.transaction() as s:
        item = make_item(s)
        for _ in range(10_000):
            stock.record_movement(s, item, D("-22.5"), Reason.SALE, author="owner")
        assert stock.on_hand(s, item) == D(-225_000)


@pytest.mark.parametrize(
    ("by", "unit", "expected"),
    [
        ("-40", Unit.ML, "-40"),
        ("-4", Unit.CL, "-40"),
        ("-1", Unit.OZ, "-29.5735"),
        ("-3", Unit.DASH, "-2.76"),
    ],
)
def test_adjust_converts_units(db: Database, by: str, unit: Unit, expected: str) -> None:
    with db.transaction() as s:
        make_item(s, "CAMPARI", barcodes=("8000123456789",))
        stock.adjust(s, "8000123456789", D(by), unit, Reason.WASTE, author="owner", note="spill")
        [entry] = history(s)
        assert (entry.delta, entry.reason, entry.note, entry.author) == (
            D(expected),
            "waste",
            "spill",
            "owner",
        )


def test_adjust_uses_the_bars_dash(db: Database) -> None:
    with db.transaction() as s:
        make_item(s, "ANGOSTURA", size=D(200))
        set_setting(s, "dash_ml", "0.8", author="owner")
        stock.adjust(s, "ANGOSTURA", D(-5), Unit.DASH, Reason.WASTE, author="owner")
        assert stock.on_hand(s, catalogue.find_item(s, "ANGOSTURA").id) == D(-4)


@pytest.mark.parametrize(
    ("code", "amount", "unit", "reason", "error", "message"),
    [
        ("NOPE", "-1", Unit.ML, Reason.WASTE, NotFoundError, "no item with SKU or barcode 'NOPE'"),
        ("GIN-1", "0", Unit.ML, Reason.WASTE, InputError, "zero changes nothing"),
        ("GIN-1", "-1", Unit.PCS, Reason.WASTE, InputError, "cannot convert pcs to ml"),
        ("GIN-1", "-1", Unit.ML, Reason.SALE, InputError, "reason must be one of"),
        ("GIN-1", "+1", Unit.ML, Reason.WASTE, InputError, "waste takes stock away"),
    ],
)
def test_bad_adjustments_change_nothing(
    db: Database, code: str, amount: str, unit: Unit, reason: Reason, error: type, message: str
) -> None:
    with db.transaction() as s:
        make_item(s)
    with pytest.raises(error, match=message), db.transaction() as s:
        stock.adjust(s, code, D(amount), unit, reason, author="owner")
    with db.sessions() as s:
        assert s.scalars(select(Movement)).all() == []


def test_an_error_midway_rolls_back_everything(db: Database) -> None:
    with db.transaction() as s:
        item = make_item(s)
    with pytest.raises(NotFoundError), db.transaction() as s:
        stock.record_movement(s, item, D(700), Reason.RECEIVE, author="owner")
        stock.record_movement(s, 999, D(1), Reason.RECEIVE, author="owner")
    with db.sessions() as s:
        assert stock.on_hand(s, item) == 0
        assert s.scalars(select(Movement)).all() == []


def test_set_level_writes_a_count_movement_only_when_different(db: Database) -> None:
    with db.transaction() as s:
        item = catalogue.get_item(s, make_item(s))
        assert stock.set_level(s, item, D(1050), author="owner", reference="import:1") is not None
        assert stock.set_level(s, item, D(1050), author="owner") is None
        [entry] = history(s, item.id)
        assert (entry.reason, entry.delta, entry.reference) == ("count", D(1050), "import:1")


def test_undo_appends_the_opposite(db: Database) -> None:
    with db.transaction() as s:
        item = make_item(s)
        waste = stock.record_movement(s, item, D(-40), Reason.WASTE, author="bartender")
        stock.undo(s, waste, author="owner")
        assert stock.on_hand(s, item) == 0
        newest, original = history(s, item)
        assert (newest.reason, newest.delta, newest.reference) == (
            "undo",
            D(40),
            f"movement:{waste}",
        )
        assert original.undone and not newest.undone


def test_undo_twice_is_refused(db: Database) -> None:
    with db.transaction() as s:
        item = make_item(s)
        waste = stock.record_movement(s, item, D(-40), Reason.WASTE, author="owner")
        undo = stock.undo(s, waste, author="owner")
    with pytest.raises(InputError, match="already undone"), db.transaction() as s:
        stock.undo(s, waste, author="owner")
    with pytest.raises(InputError, match="cannot itself be undone"), db.transaction() as s:
        stock.undo(s, undo, author="owner")


def test_every_movement_has_an_author(db: Database) -> None:
    with pytest.raises(InputError, match="author"), db.transaction() as s:
        stock.record_movement(s, make_item(s), D(1), Reason.RECEIVE, author="")


@pytest.mark.parametrize("reason", [Reason.WASTE, Reason.BREAKAGE, Reason.COMP])
def test_losses_only_take_stock_away(db: Database, reason: Reason) -> None:
    with db.transaction() as s:
        make_item(s)
    with pytest.raises(InputError, match="takes stock away"), db.transaction() as s:
        stock.adjust(s, "GIN-1", D(40), Unit.ML, reason, author="owner")


def test_a_correction_may_add_stock(db: Database) -> None:
    with db.transaction() as s:
        make_item(s)
        stock.adjust(s, "GIN-1", D(40), Unit.ML, Reason.CORRECTION, author="owner")
        assert stock.on_hand(s, catalogue.find_item(s, "GIN-1").id) == D(40)


@pytest.mark.parametrize(
    ("author", "amount", "reason", "message"),
    [
        ("giulia", "-999999999", Reason.COMP, "comp of 999999999 ml is more than 1000 containers"),
        ("giulia", "-1500.5", Reason.WASTE,
         "waste of 1500.5 ml is more than the 800 ml on hand plus one container (700 ml)"),
        ("owner", "-1501", Reason.BREAKAGE, "breakage of 1501 ml is more than the 800 ml on hand"),
        ("owner", "700001", Reason.CORRECTION, "correction of 700001 ml is more than 1000 cont"),
    ],
)  # fmt: skip
def test_an_adjustment_beyond_its_bounds_changes_nothing(
    db: Database, author: str, amount: str, reason: Reason, message: str
) -> None:
    with db.transaction() as s:
        gin = make_item(s)
        stock.record_movement(s, gin, D(800), Reason.RECEIVE, author="owner")
    with pytest.raises(InputError, match=re.escape(message)), db.transaction() as s:
        stock.adjust(s, "GIN-1", D(amount), Unit.ML, reason, author=author)
    with db.reading() as s:
        assert stock.on_hand(s, gin) == D(800)
        assert len(s.scalars(select(Movement)).all()) == 1


def test_within_the_bounds_a_loss_empties_the_shelf_and_the_owner_corrects_freely(
    db: Database,
) -> None:
    with db.transaction() as s:
        gin = make_item(s)
        stock.record_movement(s, gin, D(800), Reason.RECEIVE, author="owner")
    with db.transaction() as s:  # the bottle on the shelf and one never entered
        stock.adjust(s, "GIN-1", D(-1500), Unit.ML, Reason.BREAKAGE, author="giulia")
    with db.transaction() as s:  # the owner's correction, far below zero and back
        stock.adjust(s, "GIN-1", D(-7000), Unit.ML, Reason.CORRECTION, author="owner")
        stock.adjust(s, "GIN-1", D(700000), Unit.ML, Reason.CORRECTION, author="owner")
    with db.reading() as s:
        assert stock.on_hand(s, gin) == D(800 - 1500 - 7000 + 700000)


def test_bulk_movements_keep_on_hand_equal_to_the_ledger(db: Database) -> None:
    with db.transaction() as s:
        gin = make_item(s, "GIN-1")
        rum = make_item(s, "RUM-1")
        batch = [stock.NewMovement(gin, D("-22.5"), Reason.SALE, "sale:1") for _ in range(100)]
        batch += [stock.NewMovement(rum, D(-40), Reason.SALE, "sale:2")]
        assert stock.record_movements(s, batch, author="owner") == 101
        assert stock.on_hand(s, gin) == D(-2250)
        assert stock.on_hand(s, rum) == D(-40)


def test_bulk_movements_refuse_unknown_items(db: Database) -> None:
    with pytest.raises(NotFoundError), db.transaction() as s:
        stock.record_movements(s, [stock.NewMovement(999, D(1), Reason.SALE)], author="owner")


def test_a_shortage_reads_for_the_window_and_the_command_line() -> None:
    short = stock.Shortage("AMA-CAMP", "Campari", D("-1020.5"), "ml")
    assert short.shown() == "Campari is now at −1,020.5 ml: count it or receive stock"
    assert short.warning() == (
        "warning: AMA-CAMP (Campari) is now at -1020.5 ml: count it or record a delivery"
    )


@pytest.mark.usefixtures("italian")
def test_a_shortage_reads_in_italian_with_an_italian_number() -> None:
    short = stock.Shortage("AMA-CAMP", "Campari", D("-1020.5"), "ml")
    assert short.shown() == "Campari ora è a −1.020,5 ml: contalo o registra un carico"
    assert short.warning() == (
        "attenzione: AMA-CAMP (Campari) ora è a -1020,5 ml: contalo o registra un carico"
    )


@pytest.mark.usefixtures("italian")
def test_a_loss_written_as_a_gain_is_refused_in_italian(db: Database) -> None:
    with db.transaction() as s:
        make_item(s, "GIN")
    with pytest.raises(InputError) as caught, db.transaction() as s:
        stock.adjust(s, "GIN", D(10), Unit.ML, Reason.BREAKAGE, author="owner")
    assert caught.value.column == "by"
    assert caught.value.detail.startswith(
        "rottura toglie giacenza: scrivi la quantità col segno meno"
    )
