"""argparse's own words follow the session's language, every one of them."""

from __future__ import annotations

import argparse
import ast
from pathlib import Path

import pytest

from inventory_app.i18n.argparse_words import ARGPARSE_MESSAGES, plural_messages, translate_argparse
from inventory_app.i18n.catalogue import ITALIAN, in_language


def argparse_calls() -> list[tuple[str, ...]]:
    """The literal texts the running Python's argparse hands to `_` and `ngettext`."""
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    calls = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("_", "ngettext"):
            texts = [
                a.value
                for a in node.args
                if isinstance(a, ast.Constant) and isinstance(a.value, str)
            ]
            if texts:
                calls.append(tuple(texts))
    return calls


def test_every_message_argparse_translates_is_listed() -> None:
    plurals = set(zip(plural_messages(1), plural_messages(2), strict=True))
    calls = argparse_calls()
    assert len(calls) > 30  # the scan found argparse's messages at all
    unlisted = [
        texts for texts in calls
        if (texts not in plurals if len(texts) == 2 else texts[0] not in ARGPARSE_MESSAGES)
    ]  # fmt: skip
    assert not unlisted


def test_help_headings_are_translated() -> None:
    translate_argparse()
    with in_language(ITALIAN):
        text = argparse.ArgumentParser(prog="x").format_help()
    assert text.startswith("uso: x [-h]")
    assert "mostra questo aiuto ed esce" in text
    assert "usage:" not in text
    assert "show this help message and exit" not in text


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["--format", "nonsense"],
         "argomento --format: scelta non valida: 'nonsense' (scegli tra 'table', 'json')"),
        ([], "mancano questi argomenti obbligatori: CODE"),
        (["GIN", "--qty"], "argomento --qty: serve un argomento"),
        (["GIN", "--qty", "2", "extra"], "argomenti non riconosciuti: extra"),
        (["GIN", "--pair", "1"], "argomento --pair: servono 2 argomenti"),
        (["GIN", "--q", "1"], "opzione ambigua: --q può essere --qty, --quick"),
    ],
)  # fmt: skip
def test_mistakes_are_refused_in_italian(
    args: list[str], error: str, capsys: pytest.CaptureFixture[str]
) -> None:
    translate_argparse()
    parser = argparse.ArgumentParser(prog="x")
    parser.add_argument("code", metavar="CODE")
    parser.add_argument("--format", choices=("table", "json"))
    parser.add_argument("--qty")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--pair", nargs=2)
    with in_language(ITALIAN), pytest.raises(SystemExit) as stop:
        parser.parse_args(args)
    assert stop.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == f"x: errore: {error}"


def test_plural_messages_have_both_italian_forms() -> None:
    with in_language(ITALIAN):
        assert plural_messages(1) == ("opzione in conflitto: %s", "serve %s argomento")
        assert plural_messages(2) == ("opzioni in conflitto: %s", "servono %s argomenti")
