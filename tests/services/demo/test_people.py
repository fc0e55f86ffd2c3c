"""The sign-in screen may say the demo PINs only while the demo's people still have them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from inventory_app.commands.init_db import demo_if_empty
from inventory_app.db.engine import Database
from inventory_app.db.migrate import open_database
from inventory_app.domain.errors import SignInError
from inventory_app.services.demo.people import demo_pins
from inventory_app.services.people import roster as people
from inventory_app.services.people.sign_in import sign_in


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path}/bar.sqlite3")
    yield database
    database.dispose()


@pytest.fixture
def demo(fresh: Database) -> Database:
    with fresh.transaction() as s:
        demo_if_empty(s, author="owner")
    return fresh


def pins(db: Database) -> list[tuple[str, str]]:
    with db.reading() as s:
        return demo_pins(s)


def test_the_demo_says_its_pins(demo: Database) -> None:
    assert pins(demo) == [("giulia", "1111"), ("owner", "1234")]


def test_a_wrong_pin_is_no_change(demo: Database) -> None:
    with pytest.raises(SignInError):
        sign_in(demo, "giulia", "0000")
    assert pins(demo) == [("giulia", "1111"), ("owner", "1234")]


@pytest.mark.parametrize(
    "change",
    [
        lambda s: people.set_secret(s, "giulia", "2580", author="owner"),
        lambda s: people.set_secret(s, "owner", "1234", author="owner"),  # set again: unknown
        lambda s: people.add_user(s, "Marco", "bartender", author="owner", secret="1357"),
        lambda s: people.disable_user(s, "giulia", author="owner"),
    ],
)
def test_once_the_people_change_the_pins_are_never_said(demo: Database, change: object) -> None:
    with demo.transaction() as s:
        change(s)  # type: ignore[operator]
    assert pins(demo) == []


def test_a_real_bar_is_never_told_its_pins(fresh: Database) -> None:
    """An owner who chose the demo's own PIN is not the demo."""
    with fresh.transaction() as s:
        people.set_secret(s, "owner", "1234", author="owner")
        people.add_user(s, "giulia", "bartender", author="owner", secret="1111")
    assert pins(fresh) == []
