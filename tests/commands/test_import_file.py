"""`import KIND FILE`: one parent command; each kind (catalogue, recipes, modifiers, sales) its
own module."""

from __future__ import annotations

from pathlib import Path

from inventory_app.commands.import_file import KINDS
from tests.commands.running import run


def test_every_kind_is_listed_in_the_help(tmp_path: Path) -> None:
    done = run("import", "--help", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    listed = [
        line.split()[0]
        for line in done.stdout.splitlines()
        if line.startswith("    ") and not line.startswith("     ")  # a kind, not its help
    ]
    assert listed == ["catalogue", "recipes", "modifiers", "sales"]
    assert len(KINDS) == len(listed)


def test_a_kind_is_required(tmp_path: Path) -> None:
    done = run("import", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.endswith("error: the following arguments are required: KIND\n")
