"""`restore FILE`: the current database kept first, owner only, nothing that is not ours."""

from __future__ import annotations

from pathlib import Path

import pytest

from inventory_app.db.backups import Reason, list_backups
from tests.commands.test_backup import main
from tests.db.damage import demo_file, items_in


@pytest.fixture(autouse=True)
def signed_in_owner(monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo bar has PINs, so every command names the demo owner (README)."""
    monkeypatch.setenv("INVENTORY_APP_USER", "owner")
    monkeypatch.setenv("INVENTORY_APP_PIN", "1234")


@pytest.fixture
def bar(tmp_path: Path) -> Path:
    return demo_file(tmp_path / "bar.sqlite3")


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
