"""Unmatched sales: parked on import, never twice, resolved once, dated when they were sold."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from inventory_app.db.engine import Database
from inventory_app.db.models import AuditEntry, Movement, Sale, UnmatchedSale
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.errors import InputError, NotFoundError
from inventory_app.services.imports.sales import import_sales
from inventory_app.services.ledger.movements import on_hand, undo
from inventory_app.services.selling.pours import parse_pour
from inventory_app.services.selling.sales import undo_sale
from inventory_app.services.selling.unmatched import (
    resolve_to_pours,
    resolve_to_recipe,
    unmatched_sales,
    unresolved_totals,
)
from tests.services.sales_fixtures import Bar, make_bar, utc, write

D = Decimal
AUTHOR = "owner"
SQUARE = (
    "Date,Time,Item,Qty,Gross Sales,Net Sales,Transaction ID,Event Type,Dining Option,Notes\n"
    "2026-03-06,21:00:00,Negroni,1,€10.00,€8.20,T1,Payment,,\n"
    "2026-03-06,22:15:00,Special,2,€24.00,€19.67,T2,Payment,,gin and campari stirred\n"
    "2026-03-06,23:40:00,Signora Rossi,1,€13.00,€10.66,T3,Payment,,\n"
)


@pytest.fixture
def bar(db: Database) -> Bar:
    with db.transaction() as s:
        return make_bar(s)


def park(db: Database, tmp_path: Path, name: str = "sales.csv") -> None:
    with db.transaction() as s:
        import_sales(s, write(tmp_path / name, SQUARE), author=AUTHOR, park_unknown=True)


def state(db: Database, bar: Bar) -> tuple[object, ...]:
    """Everything a refused resolve must leave as it was."""
    with db.transaction() as s:
        return (
            s.scalar(select(func.count(Movement.id))),
            s.scalar(select(func.count(Sale.id))),
            s.scalar(select(func.count(AuditEntry.id))),
            [(u.id, u.resolved_at, u.sale_id) for u in s.scalars(select(UnmatchedSale))],
            on_hand(s, bar.gin),
        )


def ids(db: Database) -> dict[str, int]:
    with db.transaction() as s:
        return {u.item: u.id for u in unmatched_sales(s)}


def test_unknown_lines_are_parked_with_their_note(db: Database, bar: Bar, tmp_path: Path) -> None:
    park(db, tmp_path)
    with db.transaction() as s:
        parked = unmatched_sales(s)
        assert [(u.item, u.quantity, u.note, u.amount) for u in parked] == [
            ("Special", D(2), "gin and campari stirred", D("24.00")),
            ("Signora Rossi", D(1), "", D("13.00")),
        ]
        assert parked[0].at == utc("2026-03-06 22:15")
        assert unresolved_totals(s) == (2, D("37.00"))
        assert s.scalar(select(func.count(Sale.id))) == 1  # the Negroni only
        assert on_hand(s, bar.gin) == D(-30)  # nothing deducted for the parked lines


def test_the_skip_unknown_name_parks_too(db: Database, bar: Bar, tmp_path: Path) -> None:
    with db.transaction() as s:
        done = import_sales(s, write(tmp_path / "a.csv", SQUARE), author=AUTHOR, skip_unknown=True)
        assert done.skipped_unknown == 2
        assert len(unmatched_sales(s)) == 2


def test_reimporting_parks_nothing_twice(db: Database, bar: Bar, tmp_path: Path) -> None:
    park(db, tmp_path)
    first = ids(db)
    resolve(db, first["Special"], recipe="Negroni")
    with db.transaction() as s:
        again = import_sales(s, write(tmp_path / "b.csv", SQUARE), author=AUTHOR, park_unknown=True)
        assert (again.imported, again.already_known, again.skipped_unknown) == (0, 3, 0)
        assert s.scalar(select(func.count(UnmatchedSale.id))) == 2
        assert s.scalar(select(func.count(Sale.id))) == 2


def resolve(db: Database, unmatched_id: int, **how: object) -> None:
    with db.transaction() as s:
        if "recipe" in how:
            resolve_to_recipe(s, unmatched_id, str(how["recipe"]), author=AUTHOR)
        else:
            pours = [parse_pour(text) for text in how["pour"]]  # type: ignore[attr-defined]
            resolve_to_pours(s, unmatched_id, pours, author=AUTHOR)


def test_resolved_to_a_recipe_it_deducts_once_dated_at_the_sale(
    db: Database, bar: Bar, tmp_path: Path
) -> None:
    park(db, tmp_path)
    special = ids(db)["Special"]
    resolve(db, special, recipe="negroni")
    with db.transaction() as s:
        line = s.get(UnmatchedSale, special)
        assert line is not None and line.resolved_by == AUTHOR and line.sale_id is not None
        sale = s.get(Sale, line.sale_id)
        assert sale is not None
        assert (sale.recipe_name, sale.quantity, sale.at) == (
            "Negroni",
            D(2),
            utc("2026-03-06 22:15"),
        )
        assert (sale.gross_amount, sale.line_key) == (D("24.00"), line.line_key)
        moved = s.scalars(select(Movement).where(Movement.reference == f"sale:{sale.id}")).all()
        assert {m.reason for m in moved} == {Reason.SALE}
        assert {m.at for m in moved} == {sale.at} and {m.author for m in moved} == {AUTHOR}
        assert on_hand(s, bar.gin) == D(-30) * 3
        assert unresolved_totals(s) == (1, D("13.00"))
        audit = s.scalars(select(AuditEntry).where(AuditEntry.entity == "unmatched_sale")).one()
        assert (audit.action, audit.entity_id) == ("resolve", str(special))
    with db.transaction() as s:  # the resulting sale is undone as any sale
        undo_sale(s, line.sale_id, author=AUTHOR)
        assert on_hand(s, bar.gin) == D(-30)


def test_resolved_to_what_was_poured(db: Database, bar: Bar, tmp_path: Path) -> None:
    park(db, tmp_path)
    special = ids(db)["Special"]
    resolve(db, special, pour=["GIN=5cl", "campari=20ml"])
    with db.transaction() as s:
        moved = s.scalars(
            select(Movement).where(Movement.reference == f"unmatched:{special}")
        ).all()
        assert sorted((m.item_id, m.delta) for m in moved) == sorted(
            [(bar.gin, D(-100)), (bar.campari, D(-40))]
        )
        assert {m.at for m in moved} == {utc("2026-03-06 22:15")}
        assert {(m.reason, m.author) for m in moved} == {(Reason.SALE, AUTHOR)}
        assert [u.item for u in unmatched_sales(s)] == ["Signora Rossi"]
        for movement in moved:  # each pour is taken back as any movement is
            undo(s, movement.id, author=AUTHOR)
        assert (on_hand(s, bar.gin), on_hand(s, bar.campari)) == (D(-30), D(-30))


@pytest.mark.parametrize(
    ("target", "how", "error"),
    [
        ("missing", {"recipe": "Negroni"}, NotFoundError),
        ("Special", {"recipe": "Spritz"}, NotFoundError),
        ("Special", {"pour": ["NOPE=5cl"]}, NotFoundError),
        ("Special", {"pour": ["GIN=5cl", "NOPE=5cl"]}, NotFoundError),
        ("Special", {"pour": ["GIN=-5cl"]}, InputError),
        ("Special", {"pour": ["GIN"]}, InputError),
        ("Special", {"recipe": "Simple syrup"}, InputError),
    ],
)
def test_a_refused_resolve_changes_nothing(
    db: Database, bar: Bar, tmp_path: Path, target: str, how: dict[str, object], error: type
) -> None:
    park(db, tmp_path)
    unmatched_id = ids(db).get(target, 999)
    before = state(db, bar)
    with pytest.raises(error):
        resolve(db, unmatched_id, **how)
    assert state(db, bar) == before


def test_a_second_resolve_is_refused(db: Database, bar: Bar, tmp_path: Path) -> None:
    park(db, tmp_path)
    special = ids(db)["Special"]
    resolve(db, special, recipe="Negroni")
    before = state(db, bar)
    for how in ({"recipe": "Shot"}, {"pour": ["GIN=5cl"]}):
        with pytest.raises(InputError, match="was already resolved"):
            resolve(db, special, **how)
    assert state(db, bar) == before


def test_refusals_read_in_italian(db: Database, bar: Bar, tmp_path: Path, italian: None) -> None:
    park(db, tmp_path)
    special = ids(db)["Special"]
    resolve(db, special, recipe="Negroni")
    with pytest.raises(InputError) as caught:
        resolve(db, special, recipe="Negroni")
    assert str(caught.value) == "la vendita non abbinata 1 (Special) è già stata risolta"
    with pytest.raises(InputError) as bad:
        parse_pour("GIN")
    assert str(bad.value) == "atteso SKU=QTÀ come GIN-1=50ml, trovato 'GIN'"
