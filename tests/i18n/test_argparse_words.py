"""argparse's own words follow the session's language."""

from __future__ import annotations

import argparse

from inventory_app.i18n.argparse_words import translate_argparse
from inventory_app.i18n.catalogue import ITALIAN, in_language


def test_help_headings_are_translated() -> None:
    translate_argparse()
    with in_language(ITALIAN):
        text = argparse.ArgumentParser(prog="x").format_help()
    assert "usage:" not in text
    assert "show this help message and exit" not in text
