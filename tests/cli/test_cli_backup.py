"""`backup`, `backup list`, `restore` and the start-up check, as a user runs them."""

from __future__ import annotations

import json
import shlex
from datetime import datetime
from pathlib import Path

import pytest

from inventory_app import cli
from inventory_app.db.backups import Reason, list_backups, make_backup
from tests.cli.test_cli import TRACEBACK, run
from tests.db.damage import damage_pages, demo_file, items_in

PG_URL = "postgresql+psycopg://nobody@127.0.0.1:1/nowhere"


@pytest.fixture(autouse=True)
def signed_in_owner(monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo bar has PINs, so every command names the demo owner (README)."""
    monkeypatch.setenv("INVENTORY_APP_USER", "owner")
    monkeypatch.setenv("INVENTORY_APP_PIN", "1234")


@pytest.fixture
def bar(tmp_path: Path) -> Path:
    return demo_file(tmp_path / "bar.sqlite3")


def main(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = cli.main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_backup_says_where_and_list_shows_it(bar: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{bar}"
    status, out, err = main(capsys, "--db", url, "backup")
    [backup] = list_backups(bar)
    assert (status, out, err) == (0, f"backed up {bar} to {backup.path}\n", "")
    status, out, _ = main(capsys, "--db", url, "backup", "list", "--format", "json")
    [record] = json.loads(out)
    assert record == {
        "file": str(backup.path), "taken": backup.taken.isoformat(), "reason": "manual",
        "size": backup.size,
    }  # fmt: skip
    status, out, _ = main(capsys, "--db", url, "backup", "list")
    assert out.splitlines()[0].split() == ["Taken", "Reason", "Size", "File"]
    assert out.splitlines()[2].endswith(f"manual  {backup.size / 1000:.0f} kB  {backup.path}")


def test_backup_out_writes_one_file(
    bar: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "usb" / "tonight.sqlite3"
    status, out, _ = main(capsys, "--db", f"sqlite:///{bar}", "backup", "--out", str(out_file))
    assert (status, out) == (0, f"backed up {bar} to {out_file}\n")
    assert items_in(out_file) == 69 and list_backups(bar) == []


def test_backup_out_refuses_the_database_itself(
    bar: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = bar.read_bytes()
    status, _, err = main(capsys, "--db", f"sqlite:///{bar}", "backup", "--out", str(bar))
    assert (status, err) == (
        2,
        "inventory-app: error: --out: that is the database itself; choose another file\n",
    )
    assert bar.read_bytes() == before


def test_no_backups_yet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'bar.sqlite3'}"
    assert main(capsys, "--db", url, "backup", "list") == (0, "no backups yet\n", "")
    assert main(capsys, "--db", url, "backup", "list", "--format", "json") == (0, "[]\n", "")


def test_the_first_command_of_the_day_backs_up(
    bar: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{bar}"
    assert main(capsys, "--db", url, "stock")[0] == 0
    assert main(capsys, "--db", url, "stock")[0] == 0
    [daily] = list_backups(bar)
    assert (daily.reason, daily.taken.date()) == (Reason.DAILY, datetime.now().date())


def test_a_new_database_is_not_backed_up(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(capsys, "--db", f"sqlite:///{tmp_path / 'bar.sqlite3'}", "init")[0] == 0
    assert not (tmp_path / "backups").exists()


def test_restore_keeps_the_current_database_first(
    bar: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.sqlite3"
    main(capsys, "--db", f"sqlite:///{other}", "init")
    status, out, err = main(capsys, "--db", f"sqlite:///{bar}", "restore", str(other))
    [kept] = list_backups(bar)
    assert (status, err) == (0, "")
    assert out == f"the database as it was is kept in {kept.path}\nrestored {bar} from {other}\n"
    assert (kept.reason, items_in(kept.path), items_in(bar)) == (Reason.BEFORE_RESTORE, 69, 0)


def test_a_bartender_may_not_restore(
    bar: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other.sqlite3"
    main(capsys, "--db", f"sqlite:///{other}", "init")
    before = items_in(bar)
    monkeypatch.setenv("INVENTORY_APP_PIN", "1111")
    status, out, err = main(capsys, "--db", f"sqlite:///{bar}", "--user", "giulia", "restore",
                            str(other))  # fmt: skip
    assert (status, out) == (3, "")
    assert "restore backups" in err and "giulia" in err
    assert (items_in(bar), list_backups(bar)) == (before, [])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"GIN;Gin\n", "not a SQLite database, so not one of our backups"),
        (None, "no such file"),
    ],
)
def test_restore_refuses_what_is_not_ours(
    bar: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes | None,
    message: str,
) -> None:
    source = tmp_path / "random.bin"
    if content is not None:
        source.write_bytes(content)
    before = bar.read_bytes()
    status, out, err = main(capsys, "--db", f"sqlite:///{bar}", "restore", str(source))
    assert (status, out, err) == (2, "", f"inventory-app: error: {source}: {message}\n")
    assert bar.read_bytes() == before and list_backups(bar) == []


@pytest.mark.parametrize("args", [["backup"], ["backup", "list"], ["restore", "x.sqlite3"]])
def test_a_server_database_is_refused(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    status, _, err = main(capsys, "--db", PG_URL, *args)
    assert status == 2
    assert "use the server's own backups (pg_dump for PostgreSQL)" in err


def test_a_damaged_database_names_the_backup_and_the_command(bar: Path) -> None:
    """End to end, as a person would: the check fails, they paste the command, it opens."""
    good = make_backup(bar, Reason.DAILY, now=lambda: datetime(2026, 11, 22, 18, 0))
    damage_pages(bar)
    url = f"sqlite:///{bar}"
    done = run("--db", url, "stock", cwd=bar.parent)
    assert done.returncode == 8 and TRACEBACK not in done.stderr
    command = f"inventory-app --db {url} restore {good}"
    assert done.stderr.startswith(
        f"inventory-app: error: the database file {bar} is damaged (Page "
    )
    assert done.stderr.endswith(
        f"The newest good backup is {good} (2026-11-22 18:00, daily). Restore it with:\n"
        f"  {command}\n"
    )
    done = run(*shlex.split(command)[1:], cwd=bar.parent)
    assert done.returncode == 0, done.stderr
    done = run("--db", url, "stock", "--format", "json", cwd=bar.parent)
    assert done.returncode == 0 and len(json.loads(done.stdout)) == 69
