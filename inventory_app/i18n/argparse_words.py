"""argparse's own words (usage:, options, its errors) through our catalogue.

argparse looks its texts up with gettext's `_` and `ngettext` under its own domain, which
no system ships in Italian for our program; pointing them at our lookup lets `--help` and
a mistyped command read in the session's language. Its messages are listed here for the
extractor, word for word as argparse passes them in Python 3.11 to 3.13 (a test reads the
running argparse's source and fails on any it passes that is missing here).
"""

from __future__ import annotations

import argparse

from inventory_app.i18n.catalogue import N_, ntr, tr

ARGPARSE_MESSAGES = (
    # help
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("subcommands"),
    N_("%(heading)s:"),  # 3.13
    N_(" (default: %(default)s)"),  # 3.13, ArgumentDefaultsHelpFormatter
    N_("show this help message and exit"),
    N_("show program's version number and exit"),  # 3.13 (3.11 passes it untranslated)
    # errors a person meets
    N_("%(prog)s: error: %(message)s\n"),
    N_("%(prog)s: warning: %(message)s\n"),  # 3.13
    N_("argument %(argument_name)s: %(message)s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("unrecognized arguments: %s"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("unexpected option string: %s"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    N_("can't open '%(filename)s': %(error)s"),
    N_('argument "-" with mode %r'),
    N_("command '%(parser_name)s' is deprecated"),  # 3.13
    N_("option '%(option)s' is deprecated"),  # 3.13
    N_("argument '%(argument_name)s' is deprecated"),  # 3.13
    # errors in how a parser is built (a programmer's, listed for completeness)
    N_(".__call__() not defined"),
    N_("conflicting subparser: %s"),
    N_("conflicting subparser alias: %s"),
    N_("cannot merge actions - two groups are named %r"),
    N_("'required' is an invalid argument for positionals"),
    N_("invalid option string %(option)r: must start with a character %(prefix_chars)r"),
    N_("dest= is required for options like %r"),
    N_("invalid conflict_resolution value: %r"),
    N_("mutually exclusive arguments must be optional"),
    N_("cannot have multiple subparser arguments"),
    N_("%r is not callable"),
)


def plural_messages(count: int) -> tuple[str, ...]:
    """argparse's two `ngettext` messages for `count`, in the current language.

    A plural cannot be marked with `N_`; written as the calls argparse makes, the
    extractor finds them here, and the tests read them back through this function.
    """
    return (
        ntr("conflicting option string: %s", "conflicting option strings: %s", count),
        ntr("expected %s argument", "expected %s arguments", count),
    )


def translate_argparse() -> None:
    """From now on argparse speaks the current language (looked up at each message)."""
    argparse._ = _argparse_text  # type: ignore[attr-defined]
    argparse.ngettext = ntr  # type: ignore[attr-defined]


def _argparse_text(message: str | None) -> str | None:
    """argparse 3.11 and 3.12 also pass a subparsers' description, which may be None."""
    return None if message is None else tr(message)
