"""Every marked string has its Italian, with the same placeholders; the compiled catalogue
`make` built says the same as the sources."""

from __future__ import annotations

import gettext

from inventory_app.i18n.catalogue import COMPILED, DOMAIN
from tests.i18n.messages import italian, marked_strings, placeholders


def _texts(message_id: object) -> tuple[str, ...]:
    """A message's id or string as a tuple of its texts (one, or the plural forms)."""
    if isinstance(message_id, tuple | list):
        return tuple(str(t) for t in message_id)
    return (str(message_id),) if message_id is not None else ()


def test_every_marked_string_has_an_italian_translation() -> None:
    catalogue = italian()
    lacking = []
    for marked in marked_strings():
        key = _texts(marked.id)[0]
        found = catalogue.get(key, context=marked.context)
        strings = _texts(found.string) if found is not None else ()
        if found is None or found.fuzzy or not all(strings) or not strings:
            lacking.append(f"{marked.where}: {key!r}")
    assert not lacking, f"{len(lacking)} without Italian:\n" + "\n".join(lacking[:80])


def test_translations_keep_every_placeholder() -> None:
    dropped = []
    for message in italian():
        if not message.id:
            continue
        wanted = set().union(*(placeholders(t) for t in _texts(message.id)))
        for text in _texts(message.string):
            if text and placeholders(text) != wanted:
                dropped.append(f"{message.id!r} -> {text!r}")
    assert not dropped, "\n".join(dropped)


def test_the_catalogue_holds_no_string_the_source_no_longer_has() -> None:
    used = {(_texts(m.id)[0], m.context) for m in marked_strings()}
    stale = [
        repr(message.id)
        for message in italian()
        if message.id and (_texts(message.id)[0], message.context) not in used
    ]
    assert not stale, "no longer in the source:\n" + "\n".join(stale[:80])


def test_the_compiled_catalogue_is_the_sources() -> None:
    compiled = gettext.translation(DOMAIN, localedir=COMPILED, languages=["it"])
    for message in italian():
        if not message.id or message.fuzzy:
            continue
        ids, strings = _texts(message.id), _texts(message.string)
        if len(ids) > 1:
            assert compiled.ngettext(ids[0], ids[1], 1) == strings[0], "run make"
        elif message.context:
            assert compiled.pgettext(message.context, ids[0]) == strings[0], "run make"
        else:
            assert compiled.gettext(ids[0]) == strings[0], "run make"


def test_no_message_hedges_a_plural_with_s_in_brackets() -> None:
    """'3 bottle(s)' reads as machine talk: a count's noun goes through ntr, both forms written."""
    hedged = [
        f"{marked.where}: {text!r}"
        for marked in marked_strings()
        for text in _texts(marked.id)
        if "(s)" in text
    ]
    hedged += [
        f"catalogue: {text!r}"
        for message in italian()
        if message.id
        for text in _texts(message.id)
        if "(s)" in text
    ]
    assert not hedged, "use ntr(singular, plural, n):\n" + "\n".join(dict.fromkeys(hedged))
