"""The demo bar the command-line tests run against: built once by `init --demo`, copied per test.

`init --demo` is a real process and the slowest part of most tests here; every test
still gets its own copy, so no test sees another's writes.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.cli.test_cli import run


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    done = run("--db", f"sqlite:///{folder / 'bar.sqlite3'}", "init", "--demo", cwd=folder)
    assert done.returncode == 0, done.stderr
    return folder / "bar.sqlite3"


@pytest.fixture
def bar(demo_template: Path, tmp_path: Path) -> tuple[str, Path]:
    """A fresh copy of the demo bar: its URL and the folder to run in."""
    for file in demo_template.parent.glob("bar.sqlite3*"):
        shutil.copy(file, tmp_path / file.name)
    return f"sqlite:///{tmp_path / 'bar.sqlite3'}", tmp_path


@pytest.fixture
def url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A new database for a test run in process, with no person or PIN from the environment."""
    for variable in ("INVENTORY_APP_PIN", "INVENTORY_APP_NEW_PIN", "INVENTORY_APP_USER"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.delenv("INVENTORY_APP_DB", raising=False)
    return f"sqlite:///{tmp_path / 'bar.sqlite3'}"
