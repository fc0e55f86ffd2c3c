"""`init [--demo]`: create or update the database; the demo bar only into an empty catalogue."""

from __future__ import annotations

from pathlib import Path

from tests.commands.running import demo_at, run


def test_a_new_file_then_the_same_file_again(tmp_path: Path) -> None:
    path = tmp_path / "bar.sqlite3"
    url = f"sqlite:///{path}"
    done = run("--db", url, "init", cwd=tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (0, f"database created: {path}\n", "")
    done = run("--db", url, "init", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (0, f"database up to date: {path}\n")


def test_the_demo_is_never_mixed_into_a_catalogue(demo_template: Path, tmp_path: Path) -> None:
    url = demo_at(demo_template, tmp_path / "bar.sqlite3")
    done = run("--db", url, "init", "--demo", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == (
        "the catalogue already has 69 items; the demo bar was not loaded"
    )
