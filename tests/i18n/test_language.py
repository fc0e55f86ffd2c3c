"""Which language a session starts in: --lang, $INVENTORY_APP_LANG, Settings, the system."""

from __future__ import annotations

from pathlib import Path

import pytest

from inventory_app.i18n.language import (
    chosen_language,
    language_code,
    save_language,
    saved_language,
    start_language,
    system_language,
)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("it_IT.UTF-8", "it"),
        ("it-IT", "it"),
        ("IT", "it"),
        ("Italian_Italy.1252", "it"),
        ("en_GB.UTF-8", "en"),
        ("de_DE.UTF-8", None),
        ("", None),
    ],
)
def test_language_codes(text: str, code: str | None) -> None:
    assert language_code(text) == code


@pytest.mark.parametrize(
    ("env", "language"),
    [
        ({"LANG": "it_IT.UTF-8"}, "it"),
        ({"LC_ALL": "it_IT.UTF-8", "LANG": "en_US.UTF-8"}, "it"),
        ({"LC_ALL": "de_DE.UTF-8", "LANG": "it_IT.UTF-8"}, "en"),  # LC_ALL wins, not ours
        ({"LANGUAGE": "fr:it", "LANG": "fr_FR.UTF-8"}, "it"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_system_language_follows_the_posix_variables(
    env: dict[str, str], language: str
) -> None:
    assert system_language(env) == language


def test_explicit_beats_environment_beats_saved_beats_system() -> None:
    system = {"LANG": "it_IT.UTF-8"}
    assert chosen_language(None, None, system) == "it"
    assert chosen_language(None, "en", system) == "en"
    assert chosen_language(None, "system", system) == "it"
    assert chosen_language(None, "en", {**system, "INVENTORY_APP_LANG": "it"}) == "it"
    assert chosen_language("en", "it", {**system, "INVENTORY_APP_LANG": "it"}) == "en"


def test_the_choice_in_settings_is_kept_for_the_next_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.delenv("INVENTORY_APP_LANG")
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert saved_language() is None
    save_language("it")
    assert saved_language() == "it"
    assert start_language() == "it"
    assert start_language("en") == "en"
    save_language("system")
    assert saved_language() is None


def test_an_unreadable_choice_is_no_choice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    target = tmp_path / "inventory-app" / "language"
    target.parent.mkdir()
    target.write_bytes(b"\xff\xfe garbage")
    assert saved_language() is None
