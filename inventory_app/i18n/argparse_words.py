"""argparse's own words (usage:, options, its errors) through our catalogue.

argparse looks its texts up with gettext's `_` and `ngettext` under its own domain, which
no system ships in Italian for our program; pointing them at our lookup lets `--help` and
a mistyped command read in the session's language. Its messages are listed here for the
extractor; they must stay word for word what argparse passes.
"""

from __future__ import annotations

import argparse

from inventory_app.i18n.catalogue import N_, ntr, tr

ARGPARSE_MESSAGES = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
)


def translate_argparse() -> None:
    """From now on argparse speaks the current language (looked up at each message)."""
    argparse._ = tr  # type: ignore[attr-defined]
    argparse.ngettext = ntr  # type: ignore[attr-defined]
