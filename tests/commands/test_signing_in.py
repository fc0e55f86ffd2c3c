"""Who a command acts as: the PIN asked at a hidden prompt when a terminal is there. In process."""

from __future__ import annotations

import pytest

from tests.commands.test_user import run


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
