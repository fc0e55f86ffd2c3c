"""The first owner: one rule for the window and the command line (people/first_owner.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from inventory_app.db.engine import Database
from inventory_app.db.migrate import open_database
from inventory_app.domain.errors import InputError
from inventory_app.domain.permissions import Actor, Role
from inventory_app.services.people import roster as people
from inventory_app.services.people.first_owner import acting_owner, name_first_owner


@pytest.fixture
def new_bar(tmp_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path}/new.sqlite3")
    yield database
    database.dispose()


def test_the_placeholder_owner_acts_until_someone_has_a_pin(new_bar: Database) -> None:
    with new_bar.reading() as s:
        assert acting_owner(s) == "owner"


def test_the_placeholder_names_itself(new_bar: Database) -> None:
    with new_bar.transaction() as s:
        assert name_first_owner(s, name=" Owner ", pin="2468") == Actor("owner", Role.OWNER)
    with new_bar.reading() as s:
        assert people.list_users(s) == [people.UserRow("owner", Role.OWNER, True, True)]


def test_a_named_owner_takes_over_from_the_placeholder(new_bar: Database) -> None:
    with new_bar.transaction() as s:
        assert name_first_owner(s, name="Marco  Rossi", pin="2468") == Actor(
            "Marco Rossi", Role.OWNER
        )
    with new_bar.reading() as s:
        assert {(r.name, r.active, r.has_secret) for r in people.list_users(s)} == {
            ("Marco Rossi", True, True),
            ("owner", False, False),
        }
        assert acting_owner(s) == "Marco Rossi"


def test_once_the_bar_has_a_pin_nobody_names_themself_owner(new_bar: Database) -> None:
    with new_bar.transaction() as s:
        name_first_owner(s, name="Marco", pin="2468")
    with pytest.raises(InputError, match="already has an owner"), new_bar.transaction() as s:
        name_first_owner(s, name="Intruder", pin="1357")
