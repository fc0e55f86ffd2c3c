"""The shipped resources are found from the package, wherever the current folder is."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from inventory_app.resources import resource_path

ROOT = Path(__file__).resolve().parent.parent


def test_a_resource_is_under_the_repository_resources_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # not found relative to the current folder
    path = resource_path("demo", "catalogue.csv")
    assert path == ROOT / "resources" / "demo" / "catalogue.csv"
    assert path.is_absolute() and path.is_file()
    assert path.read_text(encoding="utf-8").splitlines()[0]


def test_no_parts_is_the_folder_itself() -> None:
    folder = resource_path()
    assert folder == ROOT / "resources"
    assert {"demo", "icons", "style"} <= set(os.listdir(folder))
