"""What the window reads before its first page: the role at it, PINs and costs, fail closed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import sessionmaker

from inventory_app.db.engine import Database, make_engine
from inventory_app.domain.permissions import Role
from inventory_app.services.people import roster as people
from inventory_app.services.settings import set_setting
from inventory_app.services.views.window_reads import bar_has_pins, may_see_costs, window_role


@pytest.fixture(params=["garbage", "no tables"])
def unreadable(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A file that is no database at all (a named fault), or one without the bar's tables
    (the driver's own error): every read of it fails."""
    path = tmp_path / "bar.sqlite3"
    path.write_bytes(b"not a database, " * 512 if request.param == "garbage" else b"")
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    yield Database(url, engine, sessionmaker(engine))
    engine.dispose()


def test_window_role_of_known_and_unknown_names(db: Database) -> None:
    with db.reading() as s:
        assert window_role(s, "giulia") == Role.BARTENDER
        assert window_role(s, "owner") == Role.OWNER
        assert window_role(s, "nobody") == Role.OWNER  # refused on writing, not here


def test_bar_has_pins_once_the_owner_has_one(db: Database) -> None:
    assert not bar_has_pins(db)
    with db.transaction() as s:
        people.set_secret(s, "owner", "1234", author="owner")
    assert bar_has_pins(db)


def test_who_may_see_costs(db: Database) -> None:
    assert may_see_costs(db, "owner")
    assert not may_see_costs(db, "giulia")
    assert not may_see_costs(db, "nobody")
    with db.transaction() as s:
        set_setting(s, "bartenders_see_costs", "yes", author="owner")
    assert may_see_costs(db, "giulia")


def test_a_file_that_cannot_be_read_covers_the_window_and_hides_costs(
    unreadable: Database,
) -> None:
    assert bar_has_pins(unreadable)
    assert not may_see_costs(unreadable, "owner")
