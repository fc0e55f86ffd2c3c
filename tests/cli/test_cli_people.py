"""`user`, `--user` with a PIN, `undo`; a refusal or a wrong PIN exits 3. Run in process."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import create_engine, text

from inventory_app import cli

PIN, NEW_PIN, USER = "INVENTORY_APP_PIN", "INVENTORY_APP_NEW_PIN", "INVENTORY_APP_USER"


def run(
    url: str, capsys: pytest.CaptureFixture[str], *args: str, pin: str = "", new: str = ""
) -> tuple[int, str, str]:
    with pytest.MonkeyPatch.context() as env:
        for variable, value in ((PIN, pin), (NEW_PIN, new)):
            if value:
                env.setenv(variable, value)
        status = cli.main(["--db", url, *args])
    out, err = capsys.readouterr()
    return status, out, err.removeprefix("inventory-app: error: ").rstrip("\n")


def test_from_one_owner_to_a_team(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(url, capsys, "init")[0] == 0
    assert json.loads(run(url, capsys, "user", "list", "--format", "json")[1]) == [
        {"name": "owner", "role": "owner", "active": True, "pin": False}
    ]
    assert run(url, capsys, "user", "add", "giulia", "--role", "bartender", new="1111") == (
        2, "", "give the owner a PIN first (user set-pin owner), then add people",
    )  # fmt: skip
    assert run(url, capsys, "user", "set-pin", "owner", new="1234")[1] == (
        "the PIN of owner is set\n"
    )
    assert run(url, capsys, "stock")[0:2] == (3, "")
    assert run(url, capsys, "--user", "owner", "stock")[2] == (
        "no terminal to ask for it: set $INVENTORY_APP_PIN (PIN for owner)"
    )
    added = run(url, capsys, "--user", "owner", "user", "add", "Giulia", "--role", "bartender",
                pin="1234", new="1111")  # fmt: skip
    assert added == (0, "added Giulia (bartender) with a PIN\n", "")
    refused = run(url, capsys, "--user", "giulia", "user", "add", "marco", "--role", "owner",
                  pin="1111", new="2222")  # fmt: skip
    assert refused == (
        3, "", "Only the owner may manage users (you are signed in as Giulia, bartender).",
    )  # fmt: skip
    assert run(url, capsys, "--user", "giulia", "stock", pin="0000") == (
        3, "", "Wrong PIN for Giulia: 4 tries left before a one-minute lock",
    )  # fmt: skip
    listed = run(url, capsys, "--user", "owner", "user", "list", pin="1234")[1]
    assert [w for w in listed.split() if not w.startswith("-")] == [
        "Name", "Role", "Active", "PIN", "Giulia", "bartender", "yes", "yes",
        "owner", "owner", "yes", "yes",
    ]  # fmt: skip
    assert run(url, capsys, "--user", "owner", "user", "disable", "giulia", pin="1234")[0] == 0
    assert run(url, capsys, "--user", "giulia", "stock", pin="1111") == (
        3, "", "there is no active user named 'giulia'",
    )  # fmt: skip


def test_a_person_without_a_pin_is_never_made_silently(
    url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run(url, capsys, "user", "set-pin", "owner", new="1234")
    owner = ("--user", "owner")
    assert run(url, capsys, *owner, "user", "add", "marco", "--role", "bartender", pin="1234") == (
        2, "", "no terminal to ask for it: set $INVENTORY_APP_NEW_PIN (new PIN for marco)",
    )  # fmt: skip
    answers = iter(["2222", "2222"])
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(answers))
    asked = run(url, capsys, *owner, "user", "add", "marco", "--role", "bartender", pin="1234")
    assert asked == (0, "added marco (bartender) with a PIN\n", "")
    bare = run(url, capsys, *owner, "user", "add", "anna", "--role", "bartender", "--no-pin",
               pin="1234")  # fmt: skip
    assert bare[1] == (
        "added anna (bartender) without a PIN: they cannot sign in until an owner sets one "
        "(user set-pin anna)\n"
    )
    listed = json.loads(run(url, capsys, *owner, "user", "list", "--format", "json",
                            pin="1234")[1])  # fmt: skip
    assert [(p["name"], p["pin"]) for p in listed] == [
        ("anna", False), ("marco", True), ("owner", True),
    ]  # fmt: skip
    assert run(url, capsys, *owner, "user", "disable", "marco", pin="1234")[0] == 0
    assert (
        run(url, capsys, *owner, "user", "enable", "marco", pin="1234")[1] == "marco is enabled\n"
    )
    assert run(url, capsys, "--user", "marco", "stock", pin="2222")[0] == 0


def test_the_pin_prompt(
    url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run(url, capsys, "user", "set-pin", "owner", new="1234")
    asked: list[str] = []
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)

    def getpass(prompt: str) -> str:
        asked.append(prompt)
        return "1234"

    monkeypatch.setattr("getpass.getpass", getpass)
    assert run(url, capsys, "--user", "owner", "stock")[0] == 0
    assert asked == ["PIN for owner: "]
    answers = iter(["5678", "5679"])
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(answers))
    assert run(url, capsys, "--user", "owner", "user", "set-pin", "owner", pin="1234") == (
        2, "", "the two PINs differ; nothing was changed",
    )  # fmt: skip


def test_undo_movements_and_changes(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(url, capsys, "init", "--demo")[0] == 0  # owner 1234, giulia 1111
    giulia = ("--user", "giulia")
    spilled = run(url, capsys, *giulia, "adjust", "GIN-TANQ", "--by=-40ml", "--reason",
                  "waste", pin="1111")  # fmt: skip
    assert spilled[0] == 0
    own, owners = _movement_ids(url)
    assert run(url, capsys, *giulia, "undo", str(own), pin="1111")[0:2] == (
        0, f"undid movement {own} with movement {own + 1}\n",
    )  # fmt: skip
    assert run(url, capsys, *giulia, "undo", str(own), pin="1111")[0] == 2
    assert run(url, capsys, *giulia, "undo", str(owners), pin="1111") == (
        3, "", "Only the owner may undo someone else's action or one from an earlier shift "
        "(you are signed in as giulia, bartender).",
    )  # fmt: skip
    assert run(url, capsys, "--user", "owner", "undo", str(owners), pin="1234")[0] == 0
    change = _last_change(url, "item")
    assert run(url, capsys, *giulia, "undo", "--change", str(change), pin="1111")[0] == 3
    done = run(url, capsys, "--user", "owner", "undo", "--change", str(change), pin="1234")
    assert done[0] == 0 and done[1].startswith(f"undid change {change} (item ")
    assert run(url, capsys, "--user", "owner", "undo", pin="1234") == (
        2, "", "expected a MOVEMENT_ID or --change AUDIT_ID (one of them)",
    )  # fmt: skip


def _movement_ids(url: str) -> tuple[int, int]:
    """giulia's newest movement, and the owner's newest."""
    engine = create_engine(url)
    with engine.connect() as conn:
        query = text("SELECT max(id) FROM movements WHERE author = :who")
        own, owners = (
            conn.execute(query, {"who": who}).scalar_one() for who in ("giulia", "owner")
        )
    engine.dispose()
    return own, owners


def _last_change(url: str, entity: str) -> int:
    engine = create_engine(url)
    with engine.connect() as conn:
        query = text("SELECT max(id) FROM audit_log WHERE entity = :e AND action = 'create'")
        found = int(conn.execute(query, {"e": entity}).scalar_one())
    engine.dispose()
    return found
