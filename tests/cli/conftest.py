"""The demo bar the command-line tests run against: `demo_template` (tests/conftest.py),
built once by `init --demo`, copied per test.

Starting a real process is the slowest part of most tests here; every test still gets
its own copy, so no test sees another's writes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.commands.running import copy_demo


@pytest.fixture
def bar(demo_template: Path, tmp_path: Path) -> tuple[str, Path]:
    """A fresh copy of the demo bar: its URL and the folder to run in."""
    return copy_demo(demo_template, tmp_path)
