"""UI fixtures: a small bar in a real SQLite file, and the context the GUI is handed.

The demo bar (catalogue, recipes, bottles, four weeks of sales, the demo owner and giulia
with their demo PINs) is built once per test session and copied for each test that asks
for `demo_db`: the scenarios and the model tester read the bar a new user sees first.
"""

from __future__ import annotations

import gc
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import delete, isValid
from sqlalchemy.orm import Session

from inventory_app.commands.init_db import demo_if_empty
from inventory_app.db.engine import Database
from inventory_app.db.migrate import open_database
from inventory_app.db.models import Recipe, RecipeAlias, RecipeLine
from inventory_app.domain.catalogue import ItemKind, Reason
from inventory_app.domain.recipes import name_key
from inventory_app.domain.units import BaseUnit
from inventory_app.i18n.catalogue import ITALIAN, in_language
from inventory_app.services.catalogue.items import save_location
from inventory_app.services.ledger import movements as stock
from inventory_app.ui.context import AppContext, Change, Changes
from tests.conftest import AUTHOR, make_item

D = Decimal
DEMO_OWNER = "owner"


@pytest.fixture(autouse=True)
def widgets_deleted_at_teardown() -> Iterator[None]:
    """Each test's widgets are deleted at its end, while no Qt event is being delivered.

    qtbot closes the widgets it was given and asks Qt to delete them later, and holds them
    only weakly; a dialog made without a parent lives in reference cycles (its connected
    lambdas). Left alone, Qt deleted it in some later test's event loop, or the cycle
    collector did in the middle of an event Qt was delivering to it: a use-after-free that
    crashed the run or corrupted memory. Here both happen now, between tests (the young
    generations only: this test's cycles; a full collection doubled the UI tests' time).
    """
    yield
    if QApplication.instance() is not None:
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect(1)


@pytest.fixture(autouse=True)
def documents_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The default documents folder (order documents go under it) is this test's own: a
    scenario that exports or sends never writes into the home of whoever runs the tests."""
    folder = tmp_path / "Documents"
    monkeypatch.setattr("platformdirs.user_documents_dir", lambda: str(folder))
    return folder


@pytest.fixture
def held() -> Iterator[list[QWidget]]:
    """Dialogs kept alive until qtbot has closed them, then deleted here and now.

    For a test that makes a dialog without a parent and gives it to qtbot (weak): the
    list holds it strongly for the whole test, whatever the test's own names do.
    """
    dialogs: list[QWidget] = []
    yield dialogs
    for dialog in dialogs:
        if isValid(dialog):
            delete(dialog)


@dataclass(frozen=True)
class Bar:
    """Item ids of the test bar: one ok, one low, one out, one consumable."""

    gin: int
    campari: int
    angostura: int
    cups: int


@pytest.fixture(autouse=True)
def no_window_left_on_screen(qapp: QApplication) -> Iterator[None]:
    """Hide whatever a test left on screen. A locked sign-in screen refuses to close (it is
    the lock), so qtbot's close at teardown left it up and modal, and the scanner ignores
    keys while a modal window is up: a later test's scan went nowhere, depending on which
    tests ran before it in the same worker."""
    yield
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.hide()


@pytest.fixture
def bar(db: Database) -> Bar:
    """Walking order: Angostura (counter), Tanqueray (back bar), Campari (fridge), cups."""
    with db.transaction() as s:
        for order, name in enumerate(("Under the counter", "Back bar", "Fridge", "Store")):
            save_location(s, name, (order + 1) * 10, author="owner")
        gin = make_item(
            s, "GIN-TANQ", name="Tanqueray", category="Gin", location="Back bar",
            supplier="Rialto", par=D(3), reorder_at=D(1), barcodes=("8000000000017",),
        )  # fmt: skip
        campari = make_item(
            s, "CAMP-1L", name="Campari", category="Bitter", location="Fridge", size=D(1000),
            supplier="Rialto", par=D(3), reorder_at=D(1), barcodes=("8001234567890",),
        )  # fmt: skip
        angostura = make_item(
            s, "BIT-ANGO", name="Angostura", category="Bitters", location="Under the counter",
            size=D(200), par=D(2), reorder_at=D(1),
        )  # fmt: skip
        cups = make_item(
            s, "CUP-12", name="Cups 12 oz", category="Take-away", location="Store",
            kind=ItemKind.CONSUMABLE, unit=BaseUnit.PCS, size=D(1), par=D(200),
            reorder_at=D(50), supplier="Packaging Nord",
        )  # fmt: skip
        for item, amount in ((gin, D(1400)), (campari, D(1000)), (cups, D(100))):
            stock.record_movement(s, item, amount, Reason.RECEIVE, author=AUTHOR)
    return Bar(gin=gin, campari=campari, angostura=angostura, cups=cups)


@pytest.fixture
def context(db: Database) -> AppContext:
    return AppContext(database=db, user=AUTHOR, changes=Changes())


@dataclass(frozen=True)
class Menu:
    """Recipe ids of the test menu (made through the ORM: independent of the recipe service)."""

    negroni: int
    gin_tonic: int
    batched: int
    batch_flask: int


Line = tuple[int, str, str, str | None]  # item id, quantity, unit, channel


def add_recipe(
    session: Session,
    name: str,
    lines: list[Line],
    *,
    price: str | None = None,
    kind: str = "cocktail",
    aliases: tuple[str, ...] = (),
    yields: tuple[int, str] | None = None,
) -> int:
    recipe = Recipe(
        name=name, key=name_key(name), kind=kind, price=D(price) if price else None,
        yield_item_id=yields[0] if yields else None,
        yield_quantity=D(yields[1]) if yields else None,
    )  # fmt: skip
    recipe.lines = [
        RecipeLine(position=n, item_id=item, quantity=D(qty), unit=unit, channel=channel)
        for n, (item, qty, unit, channel) in enumerate(lines, start=1)
    ]
    recipe.aliases = [RecipeAlias(name=a, key=name_key(a)) for a in aliases]
    session.add(recipe)
    session.flush()
    return recipe.id


@pytest.fixture
def menu(db: Database, bar: Bar) -> Menu:
    """Negroni (3 cl gin, 3 cl Campari, a cup on take-away), a gin tonic, a batched negroni."""
    with db.transaction() as s:
        flask = make_item(
            s, "FL-NEG", name="Batched Negroni", category="Flasks", kind=ItemKind.FLASK,
            size=D(500), location="Fridge",
        )  # fmt: skip
        negroni = add_recipe(
            s, "Negroni",
            [(bar.gin, "3", "cl", None), (bar.campari, "30", "ml", None),
             (bar.cups, "1", "pcs", "takeaway")],
            price="9.00", aliases=("NEGRONI CLASSICO",),
        )  # fmt: skip
        gin_tonic = add_recipe(
            s, "Gin Tonic", [(bar.gin, "50", "ml", None), (bar.cups, "1", "pcs", "takeaway")],
            price="8.50",
        )  # fmt: skip
        batched = add_recipe(
            s, "Negroni batch", [(bar.gin, "300", "ml", None), (bar.campari, "300", "ml", None)],
            kind="prep", yields=(flask, "600"),
        )  # fmt: skip
    return Menu(negroni=negroni, gin_tonic=gin_tonic, batched=batched, batch_flask=flask)


def on_hand(db: Database, item_id: int) -> Decimal:
    with db.sessions() as s:
        return stock.on_hand(s, item_id)


@pytest.fixture(scope="session")
def demo_bar_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo-bar") / "bar.sqlite3"
    database = open_database(f"sqlite:///{path}")
    with database.transaction() as session:
        demo_if_empty(session, author=DEMO_OWNER, with_sales=True)
    database.dispose()
    return path


@pytest.fixture(scope="session")
def italian_demo_bar_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo bar as an Italian bar creates it: its own words are Italian, and longer."""
    path = tmp_path_factory.mktemp("demo-bar-it") / "bar.sqlite3"
    database = open_database(f"sqlite:///{path}")
    with in_language(ITALIAN), database.transaction() as session:
        demo_if_empty(session, author=DEMO_OWNER, with_sales=True)
    database.dispose()
    return path


@pytest.fixture
def demo_db(demo_bar_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A fresh copy of the demo bar in this test's own folder."""
    for file in demo_bar_template.parent.glob("bar.sqlite3*"):
        shutil.copy(file, tmp_path / file.name)
    database = open_database(f"sqlite:///{tmp_path / 'bar.sqlite3'}")
    yield database
    database.dispose()


@pytest.fixture
def loops_work_after_run_gui() -> Iterator[None]:
    """For a test that runs the app (run_gui): its window closes after the loop ended, which
    asks Qt to quit with no loop running; Qt keeps that, and every later event loop (the
    next test's waitSignal) would end at once. A loop started and quit here takes it back."""
    yield
    QTimer.singleShot(0, QApplication.quit)
    QApplication.exec()


def heard(context: AppContext) -> list[Change]:
    """Every change the window hears from now on."""
    said: list[Change] = []
    context.changes.changed.connect(said.append)
    return said


@pytest.fixture
def demo_context(demo_db: Database) -> AppContext:
    """The demo owner at the window of a fresh copy of the demo bar."""
    return AppContext(database=demo_db, user=DEMO_OWNER, changes=Changes())
