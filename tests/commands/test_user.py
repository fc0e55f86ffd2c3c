"""`user`: from one owner to a team, with PINs; a refusal or a wrong PIN exits 3. In process.

`run` is shared by the other in-process tests of commands that sign in with a PIN.
"""

from __future__ import annotations

import json

import pytest

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


def test_people_in_italian(url: str, capsys: pytest.CaptureFixture[str], italian: None) -> None:
    assert run(url, capsys, "init")[0] == 0
    assert run(url, capsys, "user", "set-pin", "owner", new="1234")[1] == (
        "il PIN di owner è impostato\n"
    )
    assert run(url, capsys, "--user", "owner", "stock")[2] == (
        "inventory-app: errore: nessun terminale per chiederlo: "
        "imposta $INVENTORY_APP_PIN (PIN di owner)"
    )  # argparse's Italian prefix, which this file's `run` does not strip
    added = run(url, capsys, "--user", "owner", "user", "add", "Giulia", "--role", "bartender",
                pin="1234", new="1111")  # fmt: skip
    assert added == (0, "aggiunto Giulia (barista) con un PIN\n", "")
    listed = run(url, capsys, "--user", "owner", "user", "list", pin="1234")[1]
    assert [w for w in listed.split() if not w.startswith("-")] == [
        "Nome", "Ruolo", "Attivo", "PIN", "Giulia", "barista", "sì", "sì",
        "owner", "titolare", "sì", "sì",
    ]  # fmt: skip
    assert run(url, capsys, "--user", "owner", "user", "disable", "giulia", pin="1234")[1] == (
        "giulia è disattivato\n"
    )
    listed_json = run(url, capsys, "--user", "owner", "user", "list", "--format", "json",
                      pin="1234")[1]  # fmt: skip
    assert json.loads(listed_json)[0] == {
        "name": "Giulia", "role": "bartender", "active": False, "pin": True,
    }  # fmt: skip
