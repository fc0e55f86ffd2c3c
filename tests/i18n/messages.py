"""The marked strings of the source and their Italian translations, for the catalogue tests.

Run as `python -m tests.i18n.messages [PATH_PREFIX]` it prints, as .po entries, every
marked string under PATH_PREFIX (default: all) that the Italian catalogue lacks: the
stub a translator fills in.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import write_po

from inventory_app.i18n.compile import merged_catalogue

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "resources" / "locale"
KEYWORDS = {"tr": None, "ntr": (1, 2), "trc": ((1, "c"), 2), "N_": None, "NC_": ((1, "c"), 2)}
# str.format fields, and the %-style ones argparse's own messages carry.
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\([a-z_]+\)[rsd]|%[rsd]")


@dataclass(frozen=True)
class Marked:
    """One marked string: its id (a tuple for plurals), context and where it stands."""

    id: str | tuple[str, str]
    context: str | None
    where: str


def marked_strings(prefix: str = "") -> list[Marked]:
    found = []
    for filename, lineno, message, _comments, context in extract_from_dir(
        ROOT / "inventory_app",
        method_map=[("**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=(),
    ):
        where = f"inventory_app/{filename}:{lineno}"
        if not where.startswith(prefix) and not f"inventory_app/{filename}".startswith(prefix):
            continue
        if isinstance(message, tuple):
            message = (message[0], message[1])
        found.append(Marked(message, context, where))
    return found


def italian() -> Catalog:
    return merged_catalogue(SOURCES / "it", "it")


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def missing(prefix: str = "") -> Catalog:
    catalogue = italian()
    stub = Catalog(locale="it")
    for marked in marked_strings(prefix):
        key = marked.id[0] if isinstance(marked.id, tuple) else marked.id
        known = catalogue.get(key, context=marked.context)
        if known is None or not known.string or known.fuzzy:
            stub.add(marked.id, "", context=marked.context, locations=[(marked.where, 0)])
    return stub


if __name__ == "__main__":
    write_po(sys.stdout.buffer, missing(sys.argv[1] if len(sys.argv) > 1 else ""), width=100,
             omit_header=True, include_lineno=False)  # fmt: skip
