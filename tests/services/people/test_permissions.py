"""Every guarded service call, as a bartender and as an owner (invariant 5 of DESIGN.md).

A refused call raises PermissionDenied and leaves the database exactly as it was, but
for one audit line (entity `permission`, action `refused`) written after the rollback.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.engine import Database
from inventory_app.db.models import AuditEntry, Base, utcnow
from inventory_app.domain.catalogue import ItemKind, Reason, Tracking
from inventory_app.domain.errors import PermissionDenied
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.domain.permissions import Action
from inventory_app.domain.units import BaseUnit, Unit
from inventory_app.services import settings
from inventory_app.services.bottles import containers as bottles
from inventory_app.services.catalogue import items as catalogue
from inventory_app.services.counts import sessions as counts
from inventory_app.services.imports import catalogue as catalogue_import
from inventory_app.services.imports import counts as count_import
from inventory_app.services.imports import recipes as recipe_import
from inventory_app.services.imports import sales as sales_import
from inventory_app.services.ledger import movements as stock
from inventory_app.services.ordering import levels, orders
from inventory_app.services.people import roster as people
from inventory_app.services.people.permissions import require
from inventory_app.services.recipes import editing as recipes
from inventory_app.services.recipes import production
from inventory_app.services.selling import sales as selling
from inventory_app.services.undo import changes as undo_changes
from inventory_app.services.undo import movements as undo_movements
from tests.conftest import make_item
from tests.services.order_fixtures import stock_bar
from tests.services.sales_fixtures import add_recipe

D = Decimal
OWNER, BARTENDER, OTHER = "anna", "giulia", "bob"  # tests/conftest.py: TEST_PEOPLE


@dataclass
class World:
    """A small bar; `ids` holds what a case's preparation made (a sale, an order...)."""

    items: dict[str, int]
    folder: Path
    ids: dict[str, int] = field(default_factory=dict)


Step = Callable[[Session, World, str], object]


@dataclass(frozen=True)
class Case:
    name: str
    bartender: bool  # may a bartender do it?
    call: Step
    prepare: Step | None = None  # run first, as the same author, and kept


def _world(session: Session, folder: Path) -> World:
    items = stock_bar(session)
    items["WHI"] = make_item(session, "WHI", name="Whisky", tracking=Tracking.SERIAL)
    items["SYRUP"] = make_item(session, "SYRUP", kind=ItemKind.FLASK, size=D(500))
    items["SUGAR"] = make_item(session, "SUGAR", unit=BaseUnit.G, size=D(1000))
    for n in (1, 2):
        bottles.add_bottle(session, "WHI", label=f"Cask {n}", author="owner")
    add_recipe(session, "Gin tonic", [(items["GIN"], D(50), "ml", None)], price=D(8))
    add_recipe(
        session, "Syrup", [(items["SUGAR"], D(500), "g", None)], kind="prep",
        yield_item_id=items["SYRUP"], yield_quantity=D(800),
    )  # fmt: skip
    for days in range(1, 15):  # usage, so levels have something to suggest from
        stock.record_movement(
            session, items["GIN"], D(-100), Reason.SALE, author="pos",
            at=utcnow() - timedelta(days=days),
        )  # fmt: skip
    return World(items, folder)


def _file(w: World, name: str, text: str) -> Path:
    path = w.folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _keep(key: str, make: Step) -> Step:
    def prepare(s: Session, w: World, a: str) -> None:
        w.ids[key] = make(s, w, a)  # type: ignore[assignment]

    return prepare


def _sale(s: Session, w: World, a: str) -> int:
    return selling.sell(s, "Gin tonic", author=a).sale_id


def _waste(s: Session, w: World, a: str) -> int:
    return stock.adjust(s, "GIN", D(-10), Unit.ML, Reason.WASTE, author=a)


def _draft(s: Session, w: World, a: str) -> int:
    return orders.create_orders(s, author="owner", suppliers=["Rialto"])[0]


def _sent(s: Session, w: World, a: str) -> int:
    order_id = _draft(s, w, a)
    orders.send_order(s, order_id, author="owner", out=w.folder / "order.xlsx")
    return order_id


def _counting(s: Session, w: World, a: str) -> None:
    counts.start_count(s, author="owner")
    counts.set_line(s, "GIN", author="owner", quantity=D(600))


def _counting_with_sheet(s: Session, w: World, a: str) -> None:
    _counting(s, w, a)
    count_import.export_count_sheet(s, w.folder / "sheet.xlsx")


RECIPES_CSV = "recipe,kind,price,ingredient,quantity,unit\nGin neat,cocktail,7,GIN,40,ml\n"

CASES = [
    Case("sell", True, _sale),
    Case("undo own sale", True, lambda s, w, a: selling.undo_sale(s, w.ids["sale"], author=a),
         _keep("sale", _sale)),
    Case("undo another's sale", False,
         lambda s, w, a: selling.undo_sale(s, w.ids["sale"], author=a),
         _keep("sale", lambda s, w, a: _sale(s, w, OTHER))),
    Case("open a bottle", True, lambda s, w, a: bottles.open_container(s, "WHI", author=a,
                                                                      bottle_id=1)),
    Case("finish a bottle", True, lambda s, w, a: bottles.empty_container(s, "WHI", author=a),
         lambda s, w, a: bottles.open_container(s, "WHI", author="owner", bottle_id=1)),
    Case("add a bottle", False, lambda s, w, a: bottles.add_bottle(s, "WHI", label="3", author=a)),
    Case("log waste", True, _waste),
    Case("correct stock", False,
         lambda s, w, a: stock.adjust(s, "GIN", D(10), Unit.ML, Reason.CORRECTION, author=a)),
    Case("make a prep", True, lambda s, w, a: production.make_prep(s, "Syrup", author=a)),
    Case("start a count", True, lambda s, w, a: counts.start_count(s, author=a)),
    Case("enter a count line", True,
         lambda s, w, a: counts.set_line(s, "RUM", author=a, quantity=D(2000)), _counting),
    Case("clear a count line", True, lambda s, w, a: counts.clear_line(s, "GIN", author=a),
         _counting),
    Case("finalise a count", False, lambda s, w, a: counts.finalise_count(s, author=a),
         _counting),
    Case("import a count sheet and finalise", False,
         lambda s, w, a: count_import.import_count_sheet(
             s, w.folder / "sheet.xlsx", author=a, finalise=True),
         _counting_with_sheet),
    Case("import sales", True, lambda s, w, a: sales_import.import_sales(
        s, _file(w, "sales.csv", "date,item,qty\n2026-11-20,Gin tonic,2\n"), author=a)),
    Case("undo own movement", True,
         lambda s, w, a: undo_movements.undo_movement(s, w.ids["m"], author=a),
         _keep("m", _waste)),
    Case("undo another's movement", False,
         lambda s, w, a: undo_movements.undo_movement(s, w.ids["m"], author=a),
         _keep("m", lambda s, w, a: _waste(s, w, OTHER))),
    Case("undo own movement of an earlier shift", False,
         lambda s, w, a: stock.undo(s, w.ids["m"], author=a),
         _keep("m", lambda s, w, a: stock.record_movement(
             s, w.items["GIN"], D(-5), Reason.WASTE, author=a,
             at=utcnow() - timedelta(hours=13)))),
    Case("edit an item", False,
         lambda s, w, a: catalogue.save_item(s, ItemSpec(sku="GIN", name="Gin"), author=a)),
    Case("change a cost", False,
         lambda s, w, a: catalogue.save_item(s, ItemSpec(sku="GIN", cost=D(1)), author=a)),
    Case("change a par", False,
         lambda s, w, a: catalogue.save_item(s, ItemSpec(sku="GIN", par=D(9)), author=a)),
    Case("add an item", False,
         lambda s, w, a: catalogue.save_item(s, ItemSpec(sku="NEW", name="New"), author=a)),
    Case("rename a SKU", False, lambda s, w, a: catalogue.rename_sku(
        s, w.items["GIN"], "GIN-2", author=a,
        expected_version=catalogue.get_item(s, w.items["GIN"]).version)),
    Case("save a supplier", False, lambda s, w, a: catalogue.save_supplier(
        s, catalogue.SupplierSpec("Rialto", lead_time_days=4), author=a)),
    Case("save a location", False,
         lambda s, w, a: catalogue.save_location(s, "Fridge", 5, author=a)),
    Case("import the catalogue", False, lambda s, w, a: catalogue_import.import_catalogue(
        s, _file(w, "cat.csv", "sku,name\nNEW,New\n"), author=a)),
    Case("save a recipe", False, lambda s, w, a: recipes.save_recipe(
        s, recipes.RecipeSpec("Gin neat", lines=(recipes.RecipeLineSpec("GIN", D(4), Unit.CL),)),
        author=a)),
    Case("switch a recipe off", False, lambda s, w, a: recipes.set_recipe_active(
        s, 1, False, author=a)),
    Case("import recipes", False, lambda s, w, a: recipe_import.import_recipes(
        s, _file(w, "recipes.csv", RECIPES_CSV), author=a)),
    Case("accept level suggestions", False,
         lambda s, w, a: levels.accept_suggestions(s, ["GIN"], author=a)),
    Case("change a setting", False,
         lambda s, w, a: settings.set_setting(s, "vat_rate_pct", "10", author=a)),
    Case("create orders", False, lambda s, w, a: orders.create_orders(s, author=a)),
    Case("edit an order", False,
         lambda s, w, a: orders.set_line(s, w.ids["order"], "VER", D(5), author=a),
         _keep("order", _draft)),
    Case("send an order", False, lambda s, w, a: orders.send_order(
        s, w.ids["order"], author=a, out=w.folder / "sent.xlsx"), _keep("order", _draft)),
    Case("receive an order", False,
         lambda s, w, a: orders.receive_order(s, w.ids["order"], author=a),
         _keep("order", _sent)),
    Case("cancel an order", False,
         lambda s, w, a: orders.cancel_order(s, w.ids["order"], author=a),
         _keep("order", _draft)),
    Case("add a user", False,
         lambda s, w, a: people.add_user(s, "Marco", "bartender", author=a, secret="2468"),
         lambda s, w, a: people.set_secret(s, "owner", "1234", author="owner")),
    Case("set another's PIN", False,
         lambda s, w, a: people.set_secret(s, OTHER, "2468", author=a)),
    Case("disable a user", False, lambda s, w, a: people.disable_user(s, OTHER, author=a)),
    Case("undo a change", False,
         lambda s, w, a: undo_changes.undo_change(s, w.ids["change"], author=a),
         _keep("change", lambda s, w, a: _item_change(s))),
]  # fmt: skip


def _item_change(s: Session) -> int:
    catalogue.save_item(s, ItemSpec(sku="RUM", name="Dark rum"), author="owner")
    return s.scalars(select(AuditEntry.id).order_by(AuditEntry.id.desc())).first() or 0


def dump(db: Database) -> dict[str, list[tuple[object, ...]]]:
    with db.engine.connect() as conn:
        return {
            t.name: [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key))]
            for t in Base.metadata.sorted_tables
        }


@pytest.fixture
def world(db: Database, tmp_path: Path) -> World:
    with db.transaction() as s:
        return _world(s, tmp_path)


def _run(db: Database, world: World, case: Case, author: str) -> None:
    if case.prepare is not None:
        with db.transaction() as s:
            case.prepare(s, world, author)
    with db.transaction() as s:
        case.call(s, world, author)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_what_a_bartender_may_do(db: Database, world: World, case: Case) -> None:
    if case.bartender:
        _run(db, world, case, BARTENDER)
        return
    if case.prepare is not None:
        with db.transaction() as s:
            case.prepare(s, world, BARTENDER)
    before = dump(db)
    with pytest.raises(PermissionDenied, match=rf"^Only the owner may .+ \(you are signed in as "
                       rf"{BARTENDER}, bartender\)\.$"), db.transaction() as s:  # fmt: skip
        case.call(s, world, BARTENDER)
    after = dump(db)
    trace = after.pop("audit_log")[len(before["audit_log"]) :]
    before.pop("audit_log")
    assert after == before
    assert [(row[2], row[3], row[6]) for row in trace] == [(BARTENDER, "permission", "refused")]


@pytest.mark.parametrize(
    "case", [c for c in CASES if not c.bartender], ids=[c.name for c in CASES if not c.bartender]
)
def test_the_owner_may_do_it(db: Database, world: World, case: Case) -> None:
    _run(db, world, case, OWNER)
    with db.reading() as s:
        refused = s.scalars(select(AuditEntry).where(AuditEntry.action == "refused")).all()
    assert refused == []


def test_a_cost_refusal_names_costs(db: Database, world: World) -> None:
    with pytest.raises(PermissionDenied) as caught, db.transaction() as s:
        catalogue.save_item(s, ItemSpec(sku="GIN", cost=D(1)), author=BARTENDER)
    assert str(caught.value) == (
        "Only the owner may change costs (you are signed in as giulia, bartender)."
    )


@pytest.mark.parametrize(
    ("author", "message"),
    [("nobody", r"^'nobody' is not an active user of this bar \(unknown\); nothing was changed"),
     (OTHER, r"^'bob' is not an active user of this bar \(disabled\)")],
)  # fmt: skip
def test_unknown_or_disabled_authors_are_refused(db: Database, author: str, message: str) -> None:
    with db.transaction() as s:
        people.disable_user(s, OTHER, author=OWNER)
    with pytest.raises(PermissionDenied, match=message), db.transaction() as s:
        require(s, author, Action.SELL)
    with db.reading() as s:
        [line] = s.scalars(select(AuditEntry).where(AuditEntry.action == "refused"))
        assert (line.author, line.entity, line.entity_id) == (author, "permission", "sell")


@pytest.mark.usefixtures("italian")
@pytest.mark.parametrize(
    ("author", "message"),
    [("nobody",
      "'nobody' non è un utente attivo di questo bar (sconosciuto); non è cambiato nulla."),
     (OTHER, "'bob' non è un utente attivo di questo bar (disattivato); non è cambiato nulla.")],
)  # fmt: skip
def test_a_refusal_reads_in_italian(db: Database, author: str, message: str) -> None:
    with db.transaction() as s:
        people.disable_user(s, OTHER, author=OWNER)
    with pytest.raises(PermissionDenied) as caught, db.transaction() as s:
        require(s, author, Action.SELL)
    assert str(caught.value) == message
