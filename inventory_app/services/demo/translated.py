"""The demo bar in the language of the bar: its files in English, plus a table of words.

A table rather than Italian copies of the files: the quantities, costs, levels and
recipes live once, in the English files, so an Italian demo cannot drift from the
English one as the demo grows. tests/services/demo/test_translated.py fails when a new
category, place, prep or note has no entry in the table yet. Brand names are not in it.
"""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from inventory_app.i18n.catalogue import ENGLISH, LANGUAGES
from inventory_app.resources import resource_path

WORDS = "words.csv"  # resources/demo/<language>/words.csv: kind, english, <language code>
# The columns of each demo file that hold words, and the kind of word each holds.
COLUMNS: dict[str, dict[str, str]] = {
    "locations.csv": {"name": "place"},
    "catalogue.csv": {"category": "category", "location": "place", "name": "item", "notes": "note"},
    "recipes.csv": {"recipe": "prep", "notes": "note"},
}

DemoFile = Callable[[str], Path]  # a demo file's name -> the file to load, in the language


def demo_language(language: str) -> str:
    """A language the demo is written in: Italian or English (the pseudo test language: English)."""
    return language if language in LANGUAGES else ENGLISH


@contextmanager
def demo_files(language: str) -> Iterator[DemoFile]:
    """The demo's files in `language`; translated ones are written to a folder for the load."""
    table = words(demo_language(language))
    if not table:
        yield lambda name: resource_path("demo", name)
        return
    with tempfile.TemporaryDirectory(prefix="inventory-demo-") as folder:

        def path(name: str) -> Path:
            if name not in COLUMNS:
                return resource_path("demo", name)
            target = Path(folder) / name
            if not target.exists():
                translate_file(resource_path("demo", name), target, COLUMNS[name], table)
            return target

        yield path


@cache
def words(language: str) -> dict[tuple[str, str], str]:
    """(kind, English) -> the words in `language`; English needs none."""
    if language == ENGLISH:
        return {}
    with resource_path("demo", language, WORDS).open(encoding="utf-8", newline="") as handle:
        return {(row["kind"], row["english"]): row[language] for row in csv.DictReader(handle)}


def translate_file(
    source: Path, target: Path, columns: dict[str, str], table: dict[tuple[str, str], str]
) -> None:
    """The file with its words replaced; a text missing from the table stays as it is."""
    with source.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header = [name.strip().lower() for name in rows[0]]
    kinds = {index: columns[name] for index, name in enumerate(header) if name in columns}
    with target.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(rows[0])
        for row in rows[1:]:
            out.writerow(
                [table.get((kinds[i], cell), cell) if i in kinds else cell
                 for i, cell in enumerate(row)]
            )  # fmt: skip
