"""`backup`, `backup list` and the daily backup of the first command, in process.

`restore` is in test_restore.py; the damaged file a person restores end to end, as real
processes, in tests/cli/test_cli_backup.py.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pytest

from inventory_app import cli
from inventory_app.db.backups import Reason, list_backups
from tests.db.damage import demo_file, items_in

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


@pytest.mark.parametrize("args", [["backup"], ["backup", "list"], ["restore", "x.sqlite3"]])
def test_a_server_database_is_refused(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    status, _, err = main(capsys, "--db", PG_URL, *args)
    assert status == 2
    assert "use the server's own backups (pg_dump for PostgreSQL)" in err


@pytest.mark.usefixtures("italian")
def test_backup_and_list_in_italian(bar: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{bar}"
    status, out, _ = main(capsys, "--db", url, "backup")
    [backup] = list_backups(bar)
    assert (status, out) == (0, f"backup di {bar} fatto in {backup.path}\n")
    status, out, _ = main(capsys, "--db", url, "backup", "list")
    heading, _rule, line = out.splitlines()
    assert heading.split() == ["Fatto", "il", "Motivo", "Dimensione", "File"]
    taken = f"{backup.taken:%d/%m/%Y %H:%M:%S}"
    size = f"{backup.size / 1000:.0f} kB"
    assert re.split(r"  +", line) == [taken, "manuale", size, str(backup.path)]
    english = main(capsys, "--lang", "en", "--db", url, "backup", "list", "--format", "json")
    assert main(capsys, "--db", url, "backup", "list", "--format", "json") == english
    assert main(capsys, "--db", f"sqlite:///{bar}.new", "backup", "list") == (
        0, "ancora nessun backup\n", "",
    )  # fmt: skip
