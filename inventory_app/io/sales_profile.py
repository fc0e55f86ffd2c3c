"""What an import profile holds: which column is which field of a sales line, and how to read it.

A till's export drifts (a renamed column, a new refund word, another date order), so a
profile names every column it relies on and every word it knows; whatever it does not
know stops the import instead of being guessed (profile_sales reads the rows).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from inventory_app.domain.recipes import SaleKind
from inventory_app.i18n.catalogue import N_, tr
from inventory_app.io.columns import Column

# The fields a profile may map, in the order a message lists them. Variant, modifiers
# and note are named by a profile now so its file need not change when they are read.
# `status` is a receipt's state beside its line type (Loyverse: Closed or Cancelled).
FIELDS = (
    "date", "time", "datetime", "item", "quantity", "variant", "modifiers",
    "transaction_id", "line_type", "status", "channel", "net_amount", "gross_amount", "note",
)  # fmt: skip
# How a message, the mapping assistant and the command line name each field: the key
# (`quantity`, `line_type`) is the profile file's word, never shown in a sentence.
FIELD_LABELS = {
    "date": N_("date (or date and time)"),
    "time": N_("time"),
    "datetime": N_("date and time"),
    "item": N_("item"),
    "quantity": N_("quantity"),
    "variant": N_("variant"),
    "modifiers": N_("modifiers"),
    "transaction_id": N_("transaction id"),
    "line_type": N_("line type (sale, refund, void)"),
    "status": N_("receipt status"),
    "channel": N_("channel or dining option"),
    "net_amount": N_("net amount"),
    "gross_amount": N_("gross amount"),
    "note": N_("note"),
}
SEPARATORS = ("auto", ",", ";", "\t")
# "auto": UTF-8 with or without its BOM, UTF-16 with its BOM, else Windows-1252
# (io/text_encoding); any other choice is read as that encoding and nothing else.
ENCODINGS = ("auto", "utf-8", "utf-16", "cp1252", "latin-1")
# Words a till writes in its channel or dining-option column for a drink that leaves by
# the window (compared as letters only, in lower case): English, German and Italian.
TAKEAWAY_WORDS = frozenset(
    {"togo", "takeout", "takeaway", "zummitnehmen", "mitnehmen", "ausserhaus", "asporto"}
)


class DateOrder(StrEnum):
    """How a till writes a date: 2023-03-24, 24.03.2023 (or 24/03/23), 03/24/2023."""

    ISO = "iso"
    DMY = "dmy"
    MDY = "mdy"


class DecimalMark(StrEnum):
    """'8.50' or '8,50'; auto reads a comma followed by one or two digits at the end as the
    decimal mark (money has no third decimal), so one profile reads either account."""

    POINT = "point"
    COMMA = "comma"
    AUTO = "auto"


class Reader(StrEnum):
    """Square and the generic sheet keep their own readers (today's behaviour, tested);
    every other profile is read by its table of columns and words."""

    SQUARE = "square"
    GENERIC = "generic"
    TABLE = "table"


@dataclass(frozen=True)
class SalesProfile:
    """One till's export layout. `columns` maps a field to the header names it may have
    (the same column in each language the till writes); `line_types` maps a word of the
    line-type column, in lower case, to sale, refund or void; `statuses` maps a word of
    the status column to whether its line counts (False: a cancelled receipt, nothing sold)."""

    name: str
    title: str
    columns: Mapping[str, tuple[str, ...]]
    required: frozenset[str]
    line_types: Mapping[str, SaleKind] = field(default_factory=dict)
    statuses: Mapping[str, bool] = field(default_factory=dict)
    decimal: DecimalMark = DecimalMark.POINT
    date_order: DateOrder = DateOrder.ISO
    separator: str = "auto"
    encoding: str = "auto"
    takeaway: frozenset[str] = TAKEAWAY_WORDS
    reader: Reader = Reader.TABLE
    source: str = ""  # the prefix of its lines' identities (Sale.line_key)
    path: Path | None = None  # the owner's file it was read from

    @property
    def shown_title(self) -> str:
        """A built-in profile's title in the reader's language; the owner's as written."""
        return tr(self.title) if self.path is None else self.title

    @property
    def line_source(self) -> str:
        return self.source or self.name


def field_label(name: str) -> str:
    """A field as people read it, in their language: 'quantity', 'quantità'."""
    label = FIELD_LABELS.get(name)
    return tr(label) if label is not None else name


def header_key(name: str) -> str:
    """Header names compared without case or doubled spaces: 'Price  (Gross)' is 'price (gross)'."""
    return " ".join(name.casefold().split())


def profile_columns(profile: SalesProfile, header: Iterable[str]) -> dict[str, Column]:
    """The fields this header holds, each at the first column bearing one of its names."""
    at: dict[str, Column] = {}
    for index, name in enumerate(header):
        if name:
            at.setdefault(header_key(name), Column(index, name))
    found: dict[str, Column] = {}
    for name, aliases in profile.columns.items():
        for alias in aliases:
            column = at.get(header_key(alias))
            if column is not None:
                found[name] = column
                break
    return found


def missing_fields(profile: SalesProfile, found: Mapping[str, Column]) -> list[str]:
    """The required fields the header lacks; date and time may come as one date-time column."""
    missing = [name for name in FIELDS if name in profile.required and name not in found]
    if "date" in missing and "datetime" in found:
        missing.remove("date")
    return missing
