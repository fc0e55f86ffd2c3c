"""Commands run in this process exactly as `inventory-app` runs them, without a process start.

`run` takes the arguments and the folder a person would type them in, gives the command
the same environment as `tests/cli`'s real process (the demo owner signed in, or `--user
NAME` with that person's demo PIN, no terminal to ask on, the test's language: English
unless the `italian` fixture asked for Italian), and returns the exit status,
stdout and stderr as a finished process does. `cli.main` is the same code path the real
process takes; tests/cli keeps the tests that need a real process (exit codes seen by the
shell, signals, locks held by another process, what a fresh interpreter imports).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from inventory_app import cli
from inventory_app.i18n.language import LANG_ENV

TRACEBACK = "Traceback (most recent call last)"
# The demo bar's owner and PINs (README: People and permissions).
DEMO_OWNER = {"INVENTORY_APP_USER": "owner", "INVENTORY_APP_PIN": "1234"}
DEMO_PINS = {"owner": "1234", "giulia": "1111"}


@dataclass(frozen=True)
class Done:
    """What a finished command left: as `subprocess.CompletedProcess` names it."""

    returncode: int
    stdout: str
    stderr: str


def run(*args: str, cwd: Path) -> Done:
    """As the demo owner, or as `--user NAME` with that person's demo PIN."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("INVENTORY_APP_")}
    env[LANG_ENV] = os.environ.get(LANG_ENV, "en")  # English, unless the test is in Italian
    env.update(DEMO_OWNER)
    if "--user" in args:
        env["INVENTORY_APP_PIN"] = DEMO_PINS.get(args[args.index("--user") + 1], "")
    out, err = io.StringIO(), io.StringIO()
    with _process_state(env, cwd), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = cli.main(list(args))
        except SystemExit as exc:  # argparse: --help, --version and usage errors
            status = exc.code if isinstance(exc.code, int) else 1
    return Done(status, out.getvalue(), err.getvalue())


@contextlib.contextmanager
def _process_state(env: dict[str, str], cwd: Path) -> Iterator[None]:
    """The environment, working folder and stdin of a process started from a script."""
    saved_env, saved_cwd, saved_stdin = dict(os.environ), Path.cwd(), sys.stdin
    os.environ.clear()
    os.environ.update(env)
    os.chdir(cwd)
    sys.stdin = io.StringIO()  # not a terminal: a missing PIN is refused, never asked for
    try:
        yield
    finally:
        sys.stdin = saved_stdin
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)


def copy_demo(template: Path, folder: Path) -> tuple[str, Path]:
    """A fresh copy of the demo bar in `folder`: its URL and the folder to run in."""
    return demo_at(template, folder / template.name), folder


def demo_at(template: Path, path: Path) -> str:
    """A fresh copy of the demo bar at `path` (with its -wal and -shm, if any): its URL."""
    for file in template.parent.glob(f"{template.name}*"):
        shutil.copy(file, path.with_name(path.name + file.name.removeprefix(template.name)))
    return f"sqlite:///{path}"


def build_demo(folder: Path) -> Path:
    """The demo bar as `init --demo` makes it, in `folder` (once per session: see conftest)."""
    path = folder / "bar.sqlite3"
    done = run("--db", f"sqlite:///{path}", "init", "--demo", cwd=folder)
    assert done.returncode == 0, done.stderr
    return path


def stock_json(url: str, folder: Path) -> list[dict[str, object]]:
    """`stock --format json`, its numbers read exactly."""
    done = run("--db", url, "stock", "--format", "json", cwd=folder)
    assert done.returncode == 0, done.stderr
    rows: list[dict[str, object]] = json.loads(done.stdout, parse_float=Decimal)
    return rows
