"""A profile written as the small TOML file profile_file reads (the mapping assistant saves it).

Python reads TOML but does not write it; a profile needs only strings, lists of strings
and two tables, so a few lines write it without a new dependency. Every string is a basic
TOML string with its quotes, backslashes and control characters escaped, so a header such
as `Price "net"` or `C:\\till` reads back exactly.
"""

from __future__ import annotations

from collections.abc import Iterable

from inventory_app.domain.recipes import SaleKind
from inventory_app.io.sales_profile import FIELDS, TAKEAWAY_WORDS, SalesProfile

_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}
_KINDS = (("sale", SaleKind.SALE), ("refund", SaleKind.REFUND), ("void", SaleKind.VOID))


def toml_string(text: str) -> str:
    """`text` as a TOML basic string: '"Price \\"net\\""'."""
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def toml_list(texts: Iterable[str]) -> str:
    return "[" + ", ".join(toml_string(t) for t in texts) + "]"


def profile_toml(profile: SalesProfile) -> str:
    """The profile's file: every key the reader knows, fields in the order FIELDS lists them."""
    lines = [
        f"name = {toml_string(profile.name)}",
        f"title = {toml_string(profile.title)}",
        f"separator = {toml_string(profile.separator)}",
        f"encoding = {toml_string(profile.encoding)}",
        f"decimal = {toml_string(profile.decimal.value)}",
        f"date_order = {toml_string(profile.date_order.value)}",
        f"required = {toml_list(f for f in FIELDS if f in profile.required)}",
    ]
    if profile.takeaway != TAKEAWAY_WORDS:
        lines.append(f"takeaway = {toml_list(sorted(profile.takeaway))}")
    lines += ["", "[columns]"]
    lines += [
        f"{field} = {toml_list(profile.columns[field])}"
        for field in FIELDS
        if field in profile.columns
    ]
    if profile.line_types:
        lines += ["", "[line_types]"]
        for key, kind in _KINDS:
            words = sorted(w for w, k in profile.line_types.items() if k is kind)
            if words:
                lines.append(f"{key} = {toml_list(words)}")
    if profile.statuses:
        lines += ["", "[statuses]"]
        for key, counts in (("counted", True), ("void", False)):
            words = sorted(w for w, c in profile.statuses.items() if c is counts)
            if words:
                lines.append(f"{key} = {toml_list(words)}")
    return "\n".join(lines) + "\n"
