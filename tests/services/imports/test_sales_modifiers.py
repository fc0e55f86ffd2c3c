"""A Square export with variants and modifiers: each line deducts its recipe as modified, exactly.

(The sales import's own tests are tests/services/imports/test_sales.py; these are the modifier
rules' part of it, issue 18.)
"""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest
from sqlalchemy import select

from inventory_app.db.engine import Database
from inventory_app.db.models import Movement, Sale
from inventory_app.domain.modifiers import ModifierAction, ModifierSpec
from inventory_app.domain.units import Unit
from inventory_app.services.imports.preview import preview_sales
from inventory_app.services.imports.sales import UnknownItemsError, import_sales
from inventory_app.services.recipes.modifiers import add_rule
from inventory_app.services.selling.unmatched import unmatched_sales
from tests.conftest import make_item
from tests.services.sales_fixtures import Bar, counts, make_bar, write

OWNER = "owner"
OZ = D("29.5735")
HEADER = (
    "Date,Time,Item,Qty,Price Point Name,Modifiers Applied,Gross Sales,Net Sales,"
    "Transaction ID,Event Type,Dining Option\n"
)
# Two lines of one transaction (the same drink, different modifiers), then a Shot.
SALES = HEADER + (
    '2026-03-06,21:00:00,Negroni,2.0,Double,"Sipsmith, 2 x Extra Campari",€40.00,€40.00,T1,'
    "Payment,To Go\n"
    "2026-03-06,21:00:00,Negroni,1.0,Regular,Senza ghiaccio,€10.00,€10.00,T1,Payment,For Here\n"
    "2026-03-06,21:10:00,Shot,1.0,,,€5.00,€5.00,T2,Payment,For Here\n"
)


@pytest.fixture
def bar(db: Database) -> tuple[Bar, int]:
    """The sales bar, a second gin and the rules a Negroni and everything else follow."""
    with db.transaction() as s:
        bar = make_bar(s)
        sipsmith = make_item(s, "SIPS")
        rules = [
            ModifierSpec("Double", ModifierAction.SCALE, factor=D(2)),
            ModifierSpec(
                "Sipsmith", ModifierAction.REPLACE, recipe="Negroni", ingredient="GIN",
                with_sku="SIPS",
            ),
            ModifierSpec(
                "Extra Campari", ModifierAction.ADD, ingredient="CAMPARI", quantity=D(1),
                unit=Unit.CL,
            ),
            ModifierSpec("Senza ghiaccio", ModifierAction.IGNORE),
        ]  # fmt: skip
        for rule in rules:
            add_rule(s, rule, author=OWNER)
        return bar, sipsmith


def deltas(db: Database) -> dict[tuple[int, int], D]:
    """(sale, item) -> what it moved."""
    with db.sessions() as s:
        rows = s.execute(select(Movement.reference, Movement.item_id, Movement.delta))
        return {(int(ref.split(":")[1]), item): delta for ref, item, delta in rows if ref}


def test_each_line_deducts_its_modified_recipe_exactly(
    db: Database, bar: tuple[Bar, int], tmp_path: Path
) -> None:
    b, sipsmith = bar
    with db.transaction() as s:
        done = import_sales(s, write(tmp_path / "square.csv", SALES), author=OWNER)
    assert (done.imported, done.unknown, done.unknown_modifiers) == (3, {}, {})
    with db.sessions() as s:
        sales = s.execute(select(Sale.id, Sale.variant, Sale.modifiers).order_by(Sale.id)).all()
    (double, _, _), (plain, _, _), (shot, _, _) = sales
    assert [tuple(r)[1:] for r in sales] == [
        ("Double", "Sipsmith, 2 x Extra Campari"), ("Regular", "Senza ghiaccio"), (None, None),
    ]  # fmt: skip
    assert deltas(db) == {
        # gin 3 cl -> Sipsmith 30 ml; doubled; plus 2 x 1 cl Campari, not doubled; one cup
        # each (pieces are not scaled); two drinks
        (double, sipsmith): D(-120),
        (double, b.campari): D(-160),
        (double, b.vermouth): -2 * OZ * 2,
        (double, b.cup): D(-2),
        # Regular and an ignored modifier: the recipe as written
        (plain, b.gin): D(-30),
        (plain, b.campari): D(-30),
        (plain, b.vermouth): -OZ,
        (plain, b.napkin): D(-1),
        (shot, b.gin): D("-22.5"),
    }


def test_re_importing_deducts_nothing_twice(
    db: Database, bar: tuple[Bar, int], tmp_path: Path
) -> None:
    path = write(tmp_path / "square.csv", SALES)
    with db.transaction() as s:
        import_sales(s, path, author=OWNER)
        before = counts(s)
    with db.transaction() as s:
        again = import_sales(s, path, author=OWNER)
        assert (again.imported, again.already_known, again.movements) == (0, 3, 0)
        assert counts(s)[:2] == before[:2]


UNKNOWN = HEADER + (
    "2026-03-06,21:00:00,Negroni,1.0,Large,Oat milk,€10.00,€10.00,T1,Payment,To Go\n"
    '2026-03-06,21:01:00,Negroni,1.0,Regular,"Oat milk, Oat milk",€10.00,€10.00,T2,Payment,To Go\n'
    "2026-03-06,21:02:00,Shot,1.0,Double,,€5.00,€5.00,T3,Payment,To Go\n"
    "2026-03-06,21:03:00,Negroni,1.0,,Sipsmith,€10.00,€10.00,T4,Payment,To Go\n"
)


def test_an_undescribed_modifier_stops_the_import_with_its_count(
    db: Database, bar: tuple[Bar, int], tmp_path: Path
) -> None:
    with db.transaction() as s:
        before = counts(s)
    with pytest.raises(UnknownItemsError) as caught, db.transaction() as s:
        import_sales(s, write(tmp_path / "square.csv", UNKNOWN), author=OWNER)
    assert (caught.value.unknown, caught.value.modifiers) == ({}, {"Oat milk": 2, "Large": 1})
    assert str(caught.value) == (
        'square.csv: 2 modifiers or variants nobody has described; nothing was imported: "Oat '
        'milk" (2 lines), "Large" (1 line); describe them (`import modifiers` or the Recipes '
        "page), or use --park-unknown"
    )
    with db.sessions() as s:
        assert counts(s) == before
        preview = preview_sales(s, tmp_path / "square.csv")
    assert (preview.unknown, preview.unknown_modifiers) == ({}, {"Oat milk": 2, "Large": 1})
    assert [(p.recipe, p.modifiers) for p in preview.lines] == [
        (None, "Large · Oat milk"), (None, "Regular · Oat milk, Oat milk"),
        ("Shot", "Double"), ("Negroni", "Sipsmith"),
    ]  # fmt: skip


def test_park_keeps_the_line_with_its_modifiers_in_the_note(
    db: Database, bar: tuple[Bar, int], tmp_path: Path
) -> None:
    b, sipsmith = bar
    with db.transaction() as s:
        done = import_sales(
            s, write(tmp_path / "square.csv", UNKNOWN), author=OWNER, park_unknown=True
        )
    assert (done.imported, done.skipped_unknown, done.unknown_modifiers) == (
        2, 2, {"Oat milk": 2, "Large": 1},
    )  # fmt: skip
    with db.sessions() as s:
        parked = [(u.item, u.note, u.quantity) for u in unmatched_sales(s)]
    assert parked == [
        ("Negroni", "variant: Large · modifiers: Oat milk", D(1)),
        ("Negroni", "modifiers: Oat milk, Oat milk", D(1)),
    ]
    shot, negroni = sorted({sale for sale, _ in deltas(db)})
    assert deltas(db) == {
        (shot, b.gin): D(-45),  # a Double Shot
        (negroni, sipsmith): D(-30),  # a Negroni with Sipsmith, to go
        (negroni, b.campari): D(-30),
        (negroni, b.vermouth): -OZ,
        (negroni, b.cup): D(-1),
    }
