"""The commands run in process: a fresh copy of the demo bar, or a new database, per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.commands.running import copy_demo, demo_at


@pytest.fixture
def bar(demo_template: Path, tmp_path: Path) -> tuple[str, Path]:
    """A fresh copy of the demo bar (`init --demo`): its URL and the folder to run in."""
    return copy_demo(demo_template, tmp_path)


@pytest.fixture
def url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A new database for a test run in process, with no person or PIN from the environment."""
    for variable in ("INVENTORY_APP_PIN", "INVENTORY_APP_NEW_PIN", "INVENTORY_APP_USER"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.delenv("INVENTORY_APP_DB", raising=False)
    return f"sqlite:///{tmp_path / 'bar.sqlite3'}"


@pytest.fixture
def demo_url(url: str, demo_template: Path) -> str:
    """`url` holding a copy of the demo bar as `init --demo` leaves it (owner 1234, giulia 1111).

    The copy of the session's template (tests/conftest.py) instead of loading the demo in
    each test: the same file, seconds sooner.
    """
    return demo_at(demo_template, Path(url.removeprefix("sqlite:///")))
