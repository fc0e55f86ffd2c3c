"""The catalogue sources compile into one catalogue per language."""

from __future__ import annotations

import gettext
from pathlib import Path

from inventory_app.i18n.compile import compile_all

PART = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=utf-8\\n"

msgid "Stock"
msgstr "Giacenza"

#, fuzzy
msgid "Waste"
msgstr "Spreco"

msgid "{count} bottle"
msgid_plural "{count} bottles"
msgstr[0] "{count} bottiglia"
msgstr[1] "{count} bottiglie"
"""

SECOND = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=utf-8\\n"

msgctxt "state"
msgid "Open"
msgstr "Aperta"

msgid "Stock"
msgstr "Magazzino"
"""


def test_parts_compile_into_one_catalogue_without_fuzzy_entries(tmp_path: Path) -> None:
    sources = tmp_path / "locale"
    (sources / "it").mkdir(parents=True)
    (sources / "it" / "a.po").write_text(PART, encoding="utf-8")
    (sources / "it" / "b.po").write_text(SECOND, encoding="utf-8")
    compile_all(sources, tmp_path / "out")
    found = gettext.translation("inventory_app", localedir=tmp_path / "out", languages=["it"])
    assert found.gettext("Stock") == "Giacenza"  # the first part holding an id wins
    assert found.gettext("Waste") == "Waste"  # fuzzy: not yet a translation
    assert found.ngettext("{count} bottle", "{count} bottles", 1) == "{count} bottiglia"
    assert found.ngettext("{count} bottle", "{count} bottles", 3) == "{count} bottiglie"
    assert found.pgettext("state", "Open") == "Aperta"
