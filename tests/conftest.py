"""Shared fixtures: every test gets its own real SQLite file."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from inventory_app.db.engine import Database
from inventory_app.db.migrate import open_database
from inventory_app.db.models import Bottle, Item, Movement, PrepBatch, StockLevel, User
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.i18n.catalogue import ENGLISH, ITALIAN, set_language
from inventory_app.services.catalogue.items import save_item
from tests.commands.running import build_demo
from tests.services.usage_fixtures import ledger_daily_usage, stored_daily_usage

AUTHOR = "owner"

# Tests speak English unless they ask for Italian (the `italian` fixture), whatever the
# machine's locale; subprocesses inherit it through the environment.
os.environ["INVENTORY_APP_LANG"] = "en"
# Qt's settings (the window's place, the last folders chosen) go to a folder of this run,
# never into the home of whoever runs the tests; subprocesses inherit it too.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="inventory-app-test-config-")


PG_ENV = "INVENTORY_APP_TEST_PG"


def pytest_configure(config: pytest.Config) -> None:
    """CI must run the PostgreSQL half of the service tests, never skip it quietly."""
    if os.environ.get("CI") and not os.environ.get(PG_ENV):
        raise pytest.UsageError(f"CI runs the PostgreSQL tests: set {PG_ENV} (see .ci/run)")


@pytest.fixture(autouse=True)
def no_bare_gui_application() -> Iterator[None]:
    """A test that drew a document (ui/render/) in a process with no QApplication left a bare
    QGuiApplication behind, and every later test in that worker that built a widget
    aborted the whole process. Such a test fails here, by name, instead; it asks for
    pytest-qt's `qapp` first (tests/ui/render/conftest.py, tests/commands/test_order.py)."""
    yield
    if "PySide6.QtWidgets" not in sys.modules and "PySide6.QtGui" not in sys.modules:
        return
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    existing = QGuiApplication.instance()
    assert existing is None or isinstance(existing, QApplication), (
        "this test left a bare QGuiApplication: request the qapp fixture before drawing"
    )


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    set_language(ENGLISH)
    yield
    set_language(ENGLISH)


@pytest.fixture
def italian(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This test in Italian: the process language, and subprocesses through the environment."""
    monkeypatch.setenv("INVENTORY_APP_LANG", ITALIAN)
    set_language(ITALIAN)
    yield
    set_language(ENGLISH)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'bar.sqlite3'}"


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    return sqlite_url


def backend_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database of that kind for one test: a file, or a new PG database."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'bar.sqlite3'}"
        return
    server = os.environ.get(PG_ENV)
    if not server:
        pytest.skip(f"PostgreSQL: set {PG_ENV} to a database URL to run these")
    base = make_url(server)
    name = f"{base.database or 'inventory'}_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


# The people the tests write as, beside the `owner` every new database has (no PINs:
# tests of signing in set their own).
TEST_PEOPLE = {
    "anna": "owner", "giulia": "bartender", "bartender": "bartender", "pos": "bartender",
    "ann": "bartender", "bob": "bartender",
}  # fmt: skip


def add_people(database: Database, people: dict[str, str] = TEST_PEOPLE) -> None:
    """Users straight into the table: add_user asks for an owner's PIN first, by design."""
    with database.transaction() as s:
        s.add_all(User(name=name, key=name, role=role) for name, role in people.items())


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new SQLite database migrated to the head, once per session (a quarter second each).

    `db` copies it when its file does not exist yet; the migrations themselves are tested in
    tests/db/test_migrations.py, and `sqlite_db` still creates its file for the tests of
    what SQLite does on creation.
    """
    path = tmp_path_factory.mktemp("migrated") / "bar.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    return path


def copy_migrated(template: Path, url: str) -> None:
    """The migrated template (with its -wal, if any) at a new SQLite file's place."""
    if not url.startswith("sqlite:///") or "?" in url:  # a server, or a file opened specially
        return
    path = Path(url.removeprefix("sqlite:///"))
    if path.exists():
        return
    for file in template.parent.glob(f"{template.name}*"):
        shutil.copy(file, path.with_name(path.name + file.name.removeprefix(template.name)))


@pytest.fixture
def db(db_url: str, migrated_template: Path) -> Iterator[Database]:
    copy_migrated(migrated_template, db_url)
    database = open_database(db_url)
    add_people(database)
    yield database
    assert_ledger_invariant(database)
    database.dispose()


@pytest.fixture
def session(db: Database) -> Iterator[Session]:
    """A session in one transaction, committed at the end of the test."""
    with db.transaction() as s:
        yield s


def assert_ledger_invariant(database: Database) -> None:
    """Invariant 1: per item (and per bottle), what is kept equals the sum of its movements."""
    with database.sessions() as s:
        query = select(Movement.item_id, func.sum(Movement.delta)).group_by(Movement.item_id)
        sums = {item_id: total for item_id, total in s.execute(query)}
        for item_id, on_hand in s.execute(select(StockLevel.item_id, StockLevel.on_hand)):
            assert on_hand == sums.get(item_id, Decimal(0)), f"item {item_id} drifted"
        per_bottle = select(Movement.bottle_id, func.sum(Movement.delta)).group_by(
            Movement.bottle_id
        )
        drawn = {bottle_id: total for bottle_id, total in s.execute(per_bottle)}
        for bottle_id, remaining in s.execute(select(Bottle.id, Bottle.remaining)):
            assert remaining == drawn.get(bottle_id, Decimal(0)), f"bottle {bottle_id} drifted"
        assert stored_daily_usage(s) == ledger_daily_usage(s), "daily usage drifted"
        assert_batches_invariant(s)


def assert_batches_invariant(s: Session) -> None:
    """Issue 20: a flask's on hand is the sum of its batches, and each batch's remaining is
    what it carried in (migration 0020) plus the movements naming it."""
    held = select(PrepBatch.item_id, func.sum(PrepBatch.remaining)).group_by(PrepBatch.item_id)
    by_item = {item_id: total for item_id, total in s.execute(held)}
    flasks = (
        select(StockLevel.item_id, StockLevel.on_hand)
        .join(Item, Item.id == StockLevel.item_id)
        .where(Item.kind == "flask")
    )
    for item_id, on_hand in s.execute(flasks):
        if on_hand or item_id in by_item:
            assert by_item.get(item_id, Decimal(0)) == on_hand, f"flask {item_id}: batches drifted"
    per_batch = select(Movement.batch_id, func.sum(Movement.delta)).group_by(Movement.batch_id)
    moved = {batch_id: total for batch_id, total in s.execute(per_batch)}
    batches = select(PrepBatch.id, PrepBatch.remaining, PrepBatch.carried)
    for batch_id, remaining, carried in s.execute(batches):
        assert remaining == carried + moved.get(batch_id, Decimal(0)), f"batch {batch_id} drifted"


def make_item(session: Session, sku: str = "GIN-1", **fields: object) -> int:
    """A catalogue item with sensible defaults, returned by id."""
    fields.setdefault("name", f"Item {sku}")
    fields.setdefault("size", Decimal(700))
    spec = ItemSpec(sku=sku, **fields)  # type: ignore[arg-type]
    return save_item(session, spec, author=AUTHOR).id


@pytest.fixture
def sqlite_db(sqlite_url: str) -> Iterator[Database]:
    """For the tests of what only SQLite has (pragmas, its lock modes, its schema table)."""
    database = open_database(sqlite_url)
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo bar as `init --demo` makes it, built once per session; tests copy it.

    Shared by tests/cli (real processes) and tests/commands (in process): every test still
    gets its own copy (`bar`), so no test sees another's writes.
    """
    return build_demo(tmp_path_factory.mktemp("demo"))
