"""No command: the window opens; on the first start, on the demo bar. In process, no Qt."""

from __future__ import annotations

import json
import sys
import types
from collections.abc import Callable
from pathlib import Path

import pytest

from inventory_app import cli
from inventory_app.commands.gui import Opened
from tests.commands.running import DEMO_OWNER


def test_first_start_opens_the_window_on_the_demo_bar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Opened] = []

    def run_gui(open_bar: Callable[[], Opened | None]) -> int:
        bar = open_bar()
        assert bar is not None
        opened.append(bar)
        return 0

    fake = types.ModuleType("inventory_app.ui.app")
    fake.run_gui = run_gui  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "inventory_app.ui.app", fake)
    monkeypatch.delenv("INVENTORY_APP_DB", raising=False)
    url = f"sqlite:///{tmp_path / 'own.sqlite3'}"
    monkeypatch.setattr("inventory_app.commands.database_choice.default_url", lambda: url)
    assert cli.main(["--user", "marco"]) == 0
    assert cli.main([]) == 0  # second start: the demo is not loaded again
    [(first, user, check, _ledger), _second] = opened
    assert (first.url, user) == (url, "marco")
    assert check is None  # a new file: nothing to check
    for variable, value in DEMO_OWNER.items():  # the demo bar has PINs
        monkeypatch.setenv(variable, value)
    assert cli.main(["stock", "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 69
