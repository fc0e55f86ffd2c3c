"""Build the compiled catalogues from resources/locale/ (run by `make`; never hand-edit them).

Each language's sources are the `.po` files under resources/locale/<language>/, split by
the part of the app they hold; they compile into one `.mo` per language, so the lookup
sees one catalogue. Entries still marked fuzzy are left out, as gettext's msgfmt does.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from inventory_app.i18n.catalogue import COMPILED, DOMAIN, ENGLISH, LANGUAGES


def merged_catalogue(folder: Path, language: str) -> Catalog:
    """Every .po under `folder`, as one catalogue (the first translation of an id wins)."""
    merged = Catalog(locale=language, domain=DOMAIN, project="inventory_app")
    # gettext's Italian: one and other (CLDR adds a form for millions no bar orders).
    merged._num_plurals, merged._plural_expr = 2, "(n != 1)"  # type: ignore[assignment]
    for source in sorted(folder.glob("*.po")):
        with source.open("rb") as handle:
            part = read_po(handle, locale=language)
        for message in part:
            if not message.id or merged.get(message.id, context=message.context) is not None:
                continue
            merged.add(message.id, message.string, context=message.context, flags=message.flags)
    return merged


def compile_all(sources: Path, target: Path = COMPILED) -> list[Path]:
    written = []
    for language in LANGUAGES:
        if language == ENGLISH:
            continue
        catalogue = merged_catalogue(sources / language, language)
        out = target / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("wb") as handle:
            write_mo(handle, catalogue, use_fuzzy=False)
        written.append(out)
    return written


if __name__ == "__main__":
    for path in compile_all(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("resources/locale")):
        print(f"compiled {path}")
