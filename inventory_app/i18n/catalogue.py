"""The translation lookup: `tr`, `ntr`, `trc` and the `N_` marker, one language at a time.

gettext rather than Qt Linguist: the core (errors, workbooks, the command line) must
translate without Qt, and one catalogue then serves the window too, as Anki does. The
English text in the source is the message id, so English needs no catalogue at all.

The language is process-wide (the window and the CLI run one person's session), with a
per-context override (`in_language`) for documents written in a supplier's language.
A string translated at import time would stay in the language of that moment, so
module-level constants are marked with `N_` and translated where they are shown.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

DOMAIN = "inventory_app"
ENGLISH = "en"
ITALIAN = "it"
LANGUAGES = (ITALIAN, ENGLISH)  # in the order a chooser lists them
LANGUAGE_NAMES = {ITALIAN: "Italiano", ENGLISH: "English"}  # each in its own language
# A test language: every translated text wrapped in ⟦…⟧, so that a walk of the window
# finds any visible text that never went through the catalogue.
PSEUDO = "pseudo"
PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"

# Compiled by `make` from resources/locale/ (inventory_app/i18n/compile.py), shipped here.
COMPILED = Path(__file__).resolve().parent / "compiled"

_process_language = ENGLISH
_override: ContextVar[str | None] = ContextVar("language_override", default=None)


def current_language() -> str:
    """The language text is being written in now: 'it', 'en' (or the pseudo test language)."""
    return _override.get() or _process_language


def set_language(language: str) -> None:
    """Switch the whole process (the window's Settings, the CLI's --lang)."""
    global _process_language
    _process_language = _checked(language)


@contextmanager
def in_language(language: str) -> Iterator[None]:
    """Write one document in another language (a supplier's), then go back."""
    token = _override.set(_checked(language))
    try:
        yield
    finally:
        _override.reset(token)


def tr(message: str) -> str:
    """The message in the current language (English text is its own id)."""
    language = current_language()
    if language == ENGLISH:
        return message
    if language == PSEUDO:
        return _pseudo(message)
    return _translations(language).gettext(message)


def ntr(singular: str, plural: str, count: int) -> str:
    """The singular or plural message for `count` ("1 bottle", "3 bottles")."""
    language = current_language()
    if language == PSEUDO:
        return _pseudo(singular if count == 1 else plural)
    if language == ENGLISH:
        return singular if count == 1 else plural
    return _translations(language).ngettext(singular, plural, count)


def trc(context: str, message: str) -> str:
    """A short word whose meaning depends on where it stands ("Open" a bottle vs "Open" one)."""
    language = current_language()
    if language == ENGLISH:
        return message
    if language == PSEUDO:
        return _pseudo(message)
    return _translations(language).pgettext(context, message)


def N_(message: str) -> str:
    """Mark a constant for the catalogue without translating it yet (translated when shown)."""
    return message


def NC_(context: str, message: str) -> str:
    """N_ with a context, for a constant later shown with `trc(context, message)`."""
    return message


def _checked(language: str) -> str:
    if language not in (*LANGUAGES, PSEUDO):
        raise ValueError(f"unknown language {language!r}")
    return language


def _pseudo(message: str) -> str:
    return f"{PSEUDO_OPEN}{message}{PSEUDO_CLOSE}"


@cache
def _translations(language: str) -> gettext.NullTranslations:
    """The compiled catalogue; without one (a checkout `make` has not built) English shows."""
    try:
        return gettext.translation(DOMAIN, localedir=COMPILED, languages=[language])
    except OSError:
        return gettext.NullTranslations()


def reload_catalogues() -> None:
    """Forget loaded catalogues (after `make` compiled them again, in a test)."""
    _translations.cache_clear()
