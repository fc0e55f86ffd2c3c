"""The command line, run as a user runs it: a real process on a real SQLite file.

Only what a real process can tell stays here: `python -m inventory_app`, the exit status
and stderr a shell sees for a user error, and what a fresh interpreter imports. Each
command's own behaviour is tested in process in tests/commands/test_<command>.py and
`cli.main`'s in tests/test_cli.py; `run` here is shared by the other real-process tests.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from inventory_app.i18n.language import LANG_ENV
from tests.commands.running import DEMO_OWNER, DEMO_PINS


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """As the demo owner, or as `--user NAME` with that person's demo PIN."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("INVENTORY_APP_")}
    env[LANG_ENV] = os.environ.get(LANG_ENV, "en")  # English, unless the test is in Italian
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


def test_version(tmp_path: Path) -> None:
    done = run("--version", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (0, "inventory-app 0.1.0\n")


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
