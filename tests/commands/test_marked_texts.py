"""Every text these commands show goes through the catalogue: under the pseudo language
(each translated text wrapped in ⟦…⟧) no help line or table heading is left bare.

The English and Italian texts themselves are tested beside each command; this finds the
one a change forgot to mark.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from inventory_app import cli
from inventory_app.db.migrate import open_database
from inventory_app.domain.catalogue import Reason
from inventory_app.i18n.argparse_words import translate_argparse
from inventory_app.i18n.catalogue import PSEUDO, PSEUDO_CLOSE, PSEUDO_OPEN, set_language
from inventory_app.services.catalogue.item_refs import item_ref
from inventory_app.services.ledger.movements import record_movement
from tests.commands.running import run
from tests.commands.test_count_report import finalise_a_count

COMMANDS = (
    "adjust", "backup", "bottle", "bottles", "check", "count", "empty", "history", "import",
    "init", "levels", "make",
)  # fmt: skip
# Arguments `empty` shares with `open`, added by commands/opening_choice.py (another part).
ELSEWHERE = {"empty code", "empty --bottle"}


def used_last_week(url: str) -> None:
    """A pour of gin three days ago: usage that `levels suggest` can suggest from."""
    database = open_database(url)
    try:
        with database.transaction() as session:
            gin = item_ref(session, "GIN-TANQ").item_id
            at = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=3)
            record_movement(session, gin, Decimal(-50), Reason.SALE, author="owner", at=at)
    finally:
        database.dispose()


def marked(text: str) -> bool:
    return text.startswith(PSEUDO_OPEN) and text.endswith(PSEUDO_CLOSE)


def help_texts(parser: argparse.ArgumentParser, where: str) -> Iterator[tuple[str, str | None]]:
    """(where, text) for the parser's description, each option's help and each subcommand's."""
    if parser.description is not None:
        yield where, parser.description
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                yield f"{where} {choice.dest}", choice.help
            for name, sub in action.choices.items():
                yield from help_texts(sub, f"{where} {name}")
        else:
            yield f"{where} {'/'.join(action.option_strings) or action.dest}", action.help


def test_every_help_text_is_marked() -> None:
    set_language(PSEUDO)
    translate_argparse()
    parser = cli.build_parser()
    (commands,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    found = [(f"{c.dest}", c.help) for c in commands._choices_actions if c.dest in COMMANDS]
    for name in COMMANDS:
        found += help_texts(commands.choices[name], name)
    bare = [
        f"{where}: {text!r}"
        for where, text in found
        if where not in ELSEWHERE and (text is None or not marked(text))
    ]
    assert len(found) > 100
    assert not bare, "\n".join(bare)


@pytest.mark.parametrize(
    "args",
    [
        ("levels",), ("levels", "--weeks", "600", "suggest"), ("history",), ("bottles",),
        ("backup", "list"), ("count", "report"),
    ],
    ids=" ".join,
)  # fmt: skip
def test_every_table_heading_is_marked(
    bar: tuple[str, Path], monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    url, folder = bar
    finalise_a_count(url, folder)
    run("--db", url, "backup", cwd=folder)
    used_last_week(url)
    monkeypatch.setenv("INVENTORY_APP_LANG", PSEUDO)
    done = run("--db", url, *args, cwd=folder)
    assert done.returncode == 0, done.stderr
    heading = done.stdout.splitlines()[0]
    cells = re.split(r"  +", heading.strip())
    assert len(cells) > 3 and all(marked(cell) for cell in cells), heading
