"""`inventory-app transfer`: the table of checks, and clear refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from inventory_app.cli import main
from tests.commands.running import demo_at


def test_transfer_prints_every_table_checked(
    tmp_path: Path,
    demo_template: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "own"))
    monkeypatch.delenv("INVENTORY_APP_DB", raising=False)
    source = demo_at(demo_template, tmp_path / "a.sqlite3")  # as `init --demo` leaves it
    target = f"sqlite:///{tmp_path / 'b.sqlite3'}"
    capsys.readouterr()
    monkeypatch.setenv("INVENTORY_APP_PIN", "1234")  # the demo owner's
    assert main(["--user", "owner", "transfer", "--from", source, "--to", target]) == 0
    out, err = capsys.readouterr()
    assert "copied movements: " in err and "copied users: 2 rows" in err
    lines = {line.split()[0]: line.split() for line in out.splitlines()[2:-1]}
    assert lines["items"][1:3] == ["69", "69"] and lines["items"][-1] == "yes"
    assert out.splitlines()[-1].endswith("every count and sum agrees")
    assert not (tmp_path / "own").exists()  # the bar's own database was left alone


@pytest.mark.parametrize(
    ("user", "pin", "message"),
    [
        (None, None, "this bar has PINs: say who you are with --user NAME"),
        ("owner", "0000", "Wrong PIN for owner: 4 tries left before a one-minute lock"),
        ("giulia", "1111", "Only the owner may transfer the whole bar to another database"),
    ],
)
def test_only_a_signed_in_owner_transfers(
    tmp_path: Path,
    demo_template: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    user: str | None,
    pin: str | None,
    message: str,
) -> None:
    """The copy holds the whole bar, PIN hashes too: exit 3 and nothing written there."""
    monkeypatch.delenv("INVENTORY_APP_USER", raising=False)
    monkeypatch.delenv("INVENTORY_APP_PIN", raising=False)
    source = demo_at(demo_template, tmp_path / "a.sqlite3")  # as `init --demo` leaves it
    target = tmp_path / "b.sqlite3"
    capsys.readouterr()
    if pin is not None:
        monkeypatch.setenv("INVENTORY_APP_PIN", pin)
    who = ["--user", user] if user else []
    assert main([*who, "transfer", "--from", source, "--to", f"sqlite:///{target}"]) == 3
    assert message in capsys.readouterr().err
    assert not target.exists()


def test_transfer_into_a_used_database_exits_2(
    tmp_path: Path,
    demo_template: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = demo_at(demo_template, tmp_path / "a.sqlite3")  # as `init --demo` leaves it
    target = demo_at(demo_template, tmp_path / "b.sqlite3")
    capsys.readouterr()
    monkeypatch.setenv("INVENTORY_APP_PIN", "1234")
    assert main(["--user", "owner", "transfer", "--from", source, "--to", target]) == 2
    assert "already holds data" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("not a url", "--from: expected a database URL"),
        ("sqlite:///{tmp}/none.sqlite3", "no database at"),
    ],
)
def test_transfer_refuses_a_bad_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], source: str, message: str
) -> None:
    target = tmp_path / "b.sqlite3"
    assert (
        main(["transfer", "--from", source.format(tmp=tmp_path), "--to", f"sqlite:///{target}"])
        == 2
    )
    assert message in capsys.readouterr().err
    assert not target.exists()


def test_transfer_in_italian(
    tmp_path: Path,
    demo_template: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    italian: None,
) -> None:
    source = demo_at(demo_template, tmp_path / "a.sqlite3")
    target = f"sqlite:///{tmp_path / 'b.sqlite3'}"
    capsys.readouterr()
    monkeypatch.setenv("INVENTORY_APP_PIN", "1234")
    assert main(["--user", "owner", "transfer", "--from", source, "--to", target]) == 0
    out, err = capsys.readouterr()
    assert "copiata users: 2 righe" in err.splitlines()
    assert out.splitlines()[0].split() == [
        "Tabella", "Righe", "qui", "Righe", "là", "Somme", "controllate", "Uguali",
    ]  # fmt: skip
    items = next(line.split() for line in out.splitlines() if line.startswith("items "))
    assert items[1:3] == ["69", "69"] and items[-1] == "sì"
    assert out.splitlines()[-1].endswith("; tutti i conteggi e le somme coincidono")
    assert main(["transfer", "--from", "not a url", "--to", target]) == 2
    assert capsys.readouterr().err.startswith(
        "inventory-app: errore: --from: serve l'URL di un database come sqlite:///bar.sqlite3"
    )
