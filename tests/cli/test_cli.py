"""The command line, run as a user runs it: a real process on a real SQLite file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import types
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from inventory_app import cli
from inventory_app.commands.gui import Opened

TRACEBACK = "Traceback (most recent call last)"


# The demo bar's owner and PINs (README: People and permissions).
DEMO_OWNER = {"INVENTORY_APP_USER": "owner", "INVENTORY_APP_PIN": "1234"}
DEMO_PINS = {"owner": "1234", "giulia": "1111"}


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """As the demo owner, or as `--user NAME` with that person's demo PIN."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("INVENTORY_APP_")}
    env.update(DEMO_OWNER)
    if "--user" in args:
        env["INVENTORY_APP_PIN"] = DEMO_PINS.get(args[args.index("--user") + 1], "")
    return subprocess.run(
        [sys.executable, "-m", "inventory_app", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=60,
        check=False,
    )


@pytest.fixture(scope="module")
def bar(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    """A demo bar created once through `init --demo`; tests below add to it in order."""
    folder = tmp_path_factory.mktemp("cli")
    url = f"sqlite:///{folder / 'bar.sqlite3'}"
    done = run("--db", url, "init", "--demo", cwd=folder)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        f"database created: {folder / 'bar.sqlite3'}",
        "loaded the demo bar: 69 items, 3 suppliers, 8 locations, 19 recipes",
    ]
    return url, folder


def stock_json(url: str, folder: Path) -> list[dict[str, object]]:
    done = run("--db", url, "stock", "--format", "json", cwd=folder)
    assert done.returncode == 0, done.stderr
    rows: list[dict[str, object]] = json.loads(done.stdout, parse_float=Decimal)
    return rows


def test_version(tmp_path: Path) -> None:
    done = run("--version", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (0, "inventory-app 0.1.0\n")


def test_stock_json(bar: tuple[str, Path]) -> None:
    rows = stock_json(*bar)
    gin = next(r for r in rows if r["sku"] == "GIN-TANQ")
    fields = ("unit", "on_hand", "containers", "par", "reorder_at", "status")
    assert [gin[k] for k in fields] == ["ml", 2800, 4, 6, 2, "ok"]
    assert {"location", "supplier", "category", "size", "name"} <= set(gin)
    assert {r["status"] for r in rows} == {"ok", "low", "out"}
    flask = next(r for r in rows if r["sku"] == "FLK-HONEYG")
    assert (flask["containers"], flask["status"]) == (Decimal("0.8"), "low")


def test_stock_low_table(bar: tuple[str, Path]) -> None:
    done = run("--db", bar[0], "stock", "--low", cwd=bar[1])
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split() == [
        "SKU", "Name", "Location", "On", "hand", "Unit", "Containers", "Par", "Reorder", "at",
        "Status",
    ]  # fmt: skip
    assert "GIN-TANQ " not in done.stdout
    peychaud = next(line for line in lines if line.startswith("BIT-PEYCH"))
    assert peychaud.split()[-6:] == ["0", "btl", "2", "1", "OUT", "!"]  # no '0.00'
    assert " 0  ml " in peychaud
    assert lines[-1].endswith("low, 2 out")


def test_adjust_then_history(bar: tuple[str, Path]) -> None:
    url, folder = bar
    done = run("--db", url, "--user", "giulia", "adjust", "GIN-TANQ", "--by=-40ml",
               "--reason", "waste", "--note", "spilled", cwd=folder)  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == (
        "GIN-TANQ (Tanqueray London Dry): -40 ml waste; on hand now 2760 ml (3.94 containers)\n"
    )
    done = run("--db", url, "history", "5000281000220", "--format", "json", cwd=folder)
    assert done.returncode == 0, done.stderr
    newest, counted = json.loads(done.stdout)
    assert {k: v for k, v in newest.items() if k != "when"} == {
        "sku": "GIN-TANQ", "item": "Tanqueray London Dry", "reason": "waste", "delta": "-40 ml",
        "author": "giulia", "reference": "", "note": "spilled", "undone": False,
        "kind": "stock", "bottle": "",
    }  # fmt: skip
    assert newest["when"].endswith("+00:00")
    assert (counted["reason"], counted["delta"], counted["reference"]) == (
        "count", "+2800 ml", "import:1",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("by", "reason", "message"),
    [
        ("-999999999ml", "comp",
         "column 'by': comp of 999999999 ml is more than 1000 containers of 700 ml (700000 ml): "
         "check the quantity and its unit"),
        ("-10l", "waste",
         "column 'by': waste of 10000 ml is more than the 2760 ml on hand plus one container "
         "(700 ml); if the stock is wrong, count it (or the owner records a correction)"),
    ],
)  # fmt: skip
def test_a_bartender_cannot_write_off_more_than_the_bar_has(
    bar: tuple[str, Path], by: str, reason: str, message: str
) -> None:
    url, folder = bar
    done = run("--db", url, "--user", "giulia", "adjust", "GIN-TANQ", f"--by={by}",
               "--reason", reason, cwd=folder)  # fmt: skip
    assert (done.returncode, done.stdout, done.stderr) == (
        2,
        "",
        f"inventory-app: error: {message}\n",
    )
    level = run("--db", url, "stock", "--format", "json", cwd=folder)
    gin = next(row for row in json.loads(level.stdout) if row["sku"] == "GIN-TANQ")
    assert gin["on_hand"] == 2760, "nothing was written off"


def test_bad_import_exits_2_and_changes_nothing(bar: tuple[str, Path]) -> None:
    url, folder = bar
    before = stock_json(url, folder)
    bad = folder / "prices.csv"
    bad.write_text("sku,cost,on_hand\nGIN-TANQ,19.90,1\nAMA-CAMP,abc,2\n", encoding="utf-8")
    done = run("--db", url, "import", "catalogue", str(bad), cwd=folder)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        "inventory-app: error: prices.csv: 1 problem(s); nothing was imported:\n"
        "  row 3, column 'cost': expected a price such as 12.50, got 'abc'\n"
    )
    assert stock_json(url, folder) == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["adjust", "NOPE", "--by=-1pcs", "--reason", "waste"],
         "no item with SKU or barcode 'NOPE'"),
        (["adjust", "GIN-TANQ", "--by=-40kg", "--reason", "waste"],
         "--by: unknown unit 'kg'; expected one of ml, cl, oz, dash, barspoon, drop, g, pcs"),
        (["adjust", "GIN-TANQ", "--by=40ml", "--reason", "waste"],
         "--by: expected a signed quantity such as -40ml or +2pcs, got '40ml'"),
    ],
)  # fmt: skip
def test_user_errors_exit_2_without_traceback(
    bar: tuple[str, Path], args: list[str], message: str
) -> None:
    done = run("--db", bar[0], *args, cwd=bar[1])
    assert (done.returncode, done.stdout, done.stderr) == (
        2,
        "",
        f"inventory-app: error: {message}\n",
    )


def test_commands_never_import_qt(bar: tuple[str, Path]) -> None:
    code = (
        "import sys; from inventory_app.cli import main; "
        f"main(['--db', {bar[0]!r}, 'stock', '--low']); "
        "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NO QT')"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=bar[1], check=False
    )
    assert done.stdout.splitlines()[-1] == "NO QT", done.stderr


# In-process runs of main(): the same code path, without a process start each.


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


def test_import_env_db_and_csv_stock(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INVENTORY_APP_DB", f"sqlite:///{tmp_path / 'env.sqlite3'}")
    path = tmp_path / "cat.csv"
    path.write_text("sku;name;cost;on_hand\n=CMD;=HYPERLINK(1);12,50;2\n", encoding="utf-8")
    assert cli.main(["import", "catalogue", str(path)]) == 0
    assert capsys.readouterr().out == (
        "imported cat.csv (import 1): 1 added, 0 updated, 0 unchanged, 1 levels set\n"
    )
    assert cli.main(["import", "catalogue", str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "the same file was imported before (import 1): its on_hand levels were not set again"
    )
    assert cli.main(["stock", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == (
        "'=CMD,'=HYPERLINK(1),,bottle,ml,700,1400,2,,,ok,,,12.5"
    )


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


def test_no_command_reaches_the_window_without_loading_the_commands() -> None:
    """They bring SQLAlchemy: the window's frame is painted before any of them is needed."""
    code = (
        "import sys; from inventory_app import cli; "
        "args = cli._window_options(['--db', 'sqlite:///bar.sqlite3', '--user', 'ann']); "
        "print(args.db, args.user, args.command); "
        "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'alembic', "
        "'inventory_app.commands.', 'inventory_app.services'))))"
    )
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert ran.stdout.splitlines() == [
        "sqlite:///bar.sqlite3 ann None",
        "['inventory_app.commands.environment']",
    ]


@pytest.mark.parametrize("argv", [["stock"], ["--help"], ["--version"], ["--db"], ["--dbx", "y"]])
def test_anything_but_the_window_goes_to_the_full_parser(argv: list[str]) -> None:
    assert cli._window_options(argv) is None
