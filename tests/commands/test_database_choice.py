"""Which database a run opens (--db, then $INVENTORY_APP_DB, then the bar's own) and how."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from inventory_app.commands.database_choice import (
    choose_database,
    chosen_url,
    refuse_damaged,
    restore_advice,
)
from inventory_app.db.backups import BackupFile, Reason, list_backups
from inventory_app.db.file_checks import DamagedDatabase
from inventory_app.domain.errors import InputError
from tests.commands.running import demo_at


@pytest.mark.parametrize(
    ("option", "env", "chosen"),
    [
        ("sqlite:///a.sqlite3", "sqlite:///b.sqlite3", "sqlite:///a.sqlite3"),
        (None, "sqlite:///b.sqlite3", "sqlite:///b.sqlite3"),
        (None, None, "sqlite:///own.sqlite3"),
    ],
)
def test_the_option_then_the_environment_then_the_bars_own(
    monkeypatch: pytest.MonkeyPatch, option: str | None, env: str | None, chosen: str
) -> None:
    monkeypatch.setattr(
        "inventory_app.commands.database_choice.default_url", lambda: "sqlite:///own.sqlite3"
    )
    assert chosen_url(option, env) == chosen


def test_a_bad_url_names_the_option() -> None:
    with pytest.raises(InputError, match="--db: expected a database URL such as sqlite:///"):
        chosen_url("not a url", None)


def test_a_new_file_is_created_and_not_backed_up(tmp_path: Path) -> None:
    path = tmp_path / "bar.sqlite3"
    ctx = choose_database(f"sqlite:///{path}", None, user="owner")
    ctx.database.dispose()
    assert (ctx.created, ctx.default_db, ctx.user) == (True, False, "owner")
    assert ctx.ledger is not None  # writes wait for kept totals to be compared to the ledger
    assert path.exists() and list_backups(path) == []


def test_an_existing_file_is_backed_up_once_a_day(demo_template: Path, tmp_path: Path) -> None:
    url = demo_at(demo_template, tmp_path / "bar.sqlite3")
    for _ in range(2):
        ctx = choose_database(None, url, user="owner", check_ledger=False)
        ctx.database.dispose()
        assert (ctx.created, ctx.default_db, ctx.ledger) == (False, False, None)
    [daily] = list_backups(tmp_path / "bar.sqlite3")
    assert daily.reason is Reason.DAILY


def test_a_damaged_file_is_refused_before_it_is_opened(tmp_path: Path) -> None:
    path = tmp_path / "bar.sqlite3"
    path.write_bytes(b"x")
    with pytest.raises(DamagedDatabase) as refused:
        refuse_damaged(path, None, check=lambda _path: ["page 5 is never used"])
    assert "page 5 is never used" in str(refused.value)
    assert "No backup of it passes the integrity check" in str(refused.value)


def test_the_restore_advice_repeats_the_db_option(tmp_path: Path) -> None:
    good = BackupFile(
        path=tmp_path / "my bar.sqlite3", taken=datetime(2026, 11, 22, 18, 0),
        reason=Reason.DAILY, size=1000,
    )  # fmt: skip
    assert restore_advice(good, "sqlite:///x y.sqlite3").endswith(
        f"Restore it with:\n  inventory-app --db 'sqlite:///x y.sqlite3' restore "
        f"'{tmp_path}/my bar.sqlite3'"
    )
    assert "--db" not in restore_advice(good, None)


@pytest.mark.usefixtures("italian")
def test_the_restore_advice_in_italian(tmp_path: Path) -> None:
    good = BackupFile(
        path=tmp_path / "bar.sqlite3", taken=datetime(2026, 12, 7, 18, 30),
        reason=Reason.BEFORE_RESTORE, size=1000,
    )  # fmt: skip
    assert restore_advice(good, None) == (
        f"Il backup buono più recente è {tmp_path}/bar.sqlite3 (07/12/2026 18:30, prima del "
        f"ripristino). Ripristinalo con:\n  inventory-app restore {tmp_path}/bar.sqlite3"
    )
    advice = restore_advice(None, None)
    assert advice.startswith("Nessun suo backup passa il controllo di integrità.")
    with pytest.raises(InputError, match="--db: serve l'URL di un database, come sqlite:///"):
        chosen_url("bar.sqlite3", None)
