"""`cli.main`: parsing, exit statuses and the error line, called in process.

The same path the real process takes (tests/cli runs that process where only it can tell).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from inventory_app import cli
from tests.commands.running import TRACEBACK


@pytest.mark.parametrize(
    ("args", "status", "stderr"),
    [
        (["history", "--limit", "0"], 2, "--limit: expected 1 or more, got 0"),
        (["import", "catalogue", "nowhere.csv"], 2,
         "nowhere.csv: no such file"),
        (["import", "catalogue", "bar.ods"], 2,
         "bar.ods: expected a .csv or .xlsx file, got '.ods'"),
        (["--user", " ", "stock"], 2, "--user: expected a name, got an empty one"),
    ],
)  # fmt: skip
def test_main_errors(
    db_url: str, capsys: pytest.CaptureFixture[str], args: list[str], status: int, stderr: str
) -> None:
    assert cli.main(["--db", db_url, *args]) == status
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", f"inventory-app: error: {stderr}\n")


def test_bad_database_url(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--db", "not a url", "stock"]) == 2
    assert capsys.readouterr().err == (
        "inventory-app: error: --db: expected a database URL such as "
        "sqlite:///bar.sqlite3, got 'not a url'\n"
    )


@pytest.mark.parametrize(
    "args", [["adjust", "GIN-1", "--by=-1ml"], ["stock", "--format", "xml"], ["frobnicate"]]
)
def test_usage_errors_exit_2(db_url: str, args: list[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["--db", db_url, *args])
    assert caught.value.code == 2


def test_a_file_that_is_not_a_database_is_refused_at_start(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("INVENTORY_APP_DEBUG", raising=False)
    path = tmp_path / "not-a-db.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    assert cli.main(["--db", f"sqlite:///{path}", "stock"]) == 8
    err = capsys.readouterr().err
    assert err.startswith(
        f"inventory-app: error: the database file {path} is damaged (file is not a database). "
        "No backup of it passes the integrity check."
    )
    assert TRACEBACK not in err
    assert path.read_bytes() == b"this is not sqlite" * 100


def test_unexpected_error_exits_1_without_traceback_and_is_logged(
    db_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("INVENTORY_APP_DEBUG", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))

    def broken(_session: object, *, low_only: bool) -> list[object]:
        raise RuntimeError("the disk went away")

    monkeypatch.setattr("inventory_app.commands.stock.stock_rows", broken)
    assert cli.main(["--db", db_url, "stock"]) == 1
    log = tmp_path / "data" / "inventory-app" / "logs" / "inventory-app.log"
    assert capsys.readouterr().err == (
        f"inventory-app: error: RuntimeError: the disk went away (details in {log})\n"
    )
    logged = log.read_text(encoding="utf-8")
    assert "unexpected error during inventory-app stock" in logged
    assert TRACEBACK in logged and 'raise RuntimeError("the disk went away")' in logged


def test_help_lists_every_command() -> None:
    """argparse formats help lazily: a stray % in any help text breaks `--help` only."""
    from inventory_app.cli import build_parser

    text = build_parser().format_help()
    for command in ("init", "import", "stock", "adjust", "history", "recipes", "make", "sell"):
        assert f"    {command} " in text
    assert "option_strings" not in text


def test_every_subcommand_help_renders() -> None:
    import argparse

    from inventory_app.cli import build_parser

    pending = [build_parser()]
    seen = 0
    while pending:
        parser = pending.pop()
        assert "option_strings" not in parser.format_help()
        seen += 1
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                pending.extend(action.choices.values())
    assert seen > 10


@pytest.mark.parametrize("argv", [["stock"], ["--help"], ["--version"], ["--db"], ["--dbx", "y"]])
def test_anything_but_the_window_goes_to_the_full_parser(argv: list[str]) -> None:
    assert cli._window_options(argv) is None
