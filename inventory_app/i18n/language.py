"""Which language a session speaks: asked for, saved in Settings, or the system's.

The order is the same for the window and the command line: an explicit choice (`--lang`,
$INVENTORY_APP_LANG), then the bar's saved setting, then the system locale; a language the
app does not speak falls back to English.
"""

from __future__ import annotations

import locale
import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from platformdirs import user_config_dir

from inventory_app.i18n.catalogue import ENGLISH, LANGUAGES, PSEUDO

LANG_ENV = "INVENTORY_APP_LANG"
SYSTEM = "system"  # the saved setting's value for "as the computer is set"
# POSIX reads these in this order; LANGUAGE is a list ("it:en") GNU programs honour first.
_POSIX_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def language_code(text: str) -> str | None:
    """'it_IT.UTF-8', 'it-IT', 'Italian_Italy.1252', 'IT' -> 'it'; None if not ours."""
    cleaned = text.strip().lower()
    if cleaned == PSEUDO:
        return PSEUDO
    if cleaned.startswith("italian"):
        return "it"
    if cleaned.startswith("english"):
        return ENGLISH
    code = cleaned.replace("-", "_").split("_")[0].split(".")[0].split("@")[0]
    return code if code in LANGUAGES else None


def system_language(env: Mapping[str, str] | None = None) -> str:
    """The computer's language: POSIX variables, else what Windows or macOS say; else English."""
    variables = os.environ if env is None else env
    for name in _POSIX_VARIABLES:
        for part in variables.get(name, "").split(":"):
            if part and part not in ("C", "POSIX", "C.UTF-8"):
                code = language_code(part)
                if code is not None and code != PSEUDO:
                    return code
                if name != "LANGUAGE":  # LC_ALL/LANG name one locale: the first set one decides
                    return ENGLISH
    if env is None:
        found = _os_language()
        if found is not None:
            return found
    return ENGLISH


def chosen_language(
    explicit: str | None, saved: str | None = None, env: Mapping[str, str] | None = None
) -> str:
    """--lang first, then $INVENTORY_APP_LANG, then the saved setting, then the system's."""
    variables = os.environ if env is None else env
    for asked in (explicit, variables.get(LANG_ENV)):
        if asked:
            code = language_code(asked)
            if code is not None:
                return code
    if saved and saved != SYSTEM:
        code = language_code(saved)
        if code is not None:
            return code
    return system_language(env)


def _os_language() -> str | None:
    """Windows and macOS keep the user's language outside the environment."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        lang_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
        return language_code(locale.windows_locale.get(lang_id, ""))
    if sys.platform == "darwin":  # pragma: no cover - exercised on macOS only
        try:
            out = subprocess.run(
                ["defaults", "read", "-g", "AppleLanguages"],
                capture_output=True,
                text=True,
                timeout=2,
                check=False,
            ).stdout
        except OSError:
            return None
        for token in out.replace("(", " ").replace(")", " ").replace(",", " ").split():
            code = language_code(token.strip('"'))
            if code is not None:
                return code
    return None


def preference_file() -> Path:
    """This computer's choice in Settings › Language, read before any window or database."""
    return Path(user_config_dir("inventory-app", appauthor=False)) / "language"


def saved_language() -> str | None:
    """'it', 'en', or None (follow the system): a missing or unreadable file is no choice."""
    try:
        text = preference_file().read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return language_code(text) if text and text != SYSTEM else None


def save_language(choice: str) -> None:
    """Keep 'it', 'en' or 'system' for the next start (written whole, then renamed)."""
    target = preference_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".new")
    temporary.write_text(choice + "\n", encoding="utf-8")
    temporary.replace(target)


def start_language(explicit: str | None = None) -> str:
    """The language a session starts in: --lang, $INVENTORY_APP_LANG, Settings, the system."""
    return chosen_language(explicit, saved_language())
