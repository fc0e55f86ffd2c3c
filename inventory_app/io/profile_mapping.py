"""A profile built from the owner's choices in the mapping assistant, and what it reads.

A till the app has never seen is mapped once: the owner picks a column for each field and
the file's separator, decimal mark and date order, sees the first rows read as the import
will read them, and saves the profile. Building goes through the same TOML text and
reader as a profile file, so what is shown is what will be read back.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from inventory_app.domain.errors import InputError
from inventory_app.domain.recipes import SaleKind
from inventory_app.i18n.catalogue import tr
from inventory_app.io.profile_file import profile_from_text
from inventory_app.io.profile_sales import field_reader
from inventory_app.io.profile_writer import profile_toml
from inventory_app.io.sales_profile import DateOrder, DecimalMark, SalesProfile, header_key
from inventory_app.io.sales_profile import field_label as profile_field_label
from inventory_app.io.sheet_stream import SheetRow, open_sheet_stream
from inventory_app.io.text_encoding import AUTO
from inventory_app.io.till_profiles import BUILT_IN

# The fields the assistant offers, in its order; the date column may hold a date-time.
ASSISTANT_FIELDS = (
    "date", "time", "item", "quantity", "line_type", "transaction_id", "channel",
    "net_amount", "note",
)  # fmt: skip
NEEDED = ("date", "item", "quantity")
SAMPLE_ROWS = 5


def known_line_words() -> dict[str, SaleKind]:
    """Every sale, refund and void word a built-in profile knows (English, German,
    Italian): a new till's line-type column is read with these; another word is shown
    as an error beside the column, and stops an import, as in every profile."""
    words: dict[str, SaleKind] = {}
    for profile in BUILT_IN:
        words.update({header_key(w): k for w, k in profile.line_types.items()})
    return words


@dataclass(frozen=True)
class MappingChoice:
    """What the owner chose: a header name for each mapped field, and how to read the file."""

    name: str
    title: str
    columns: Mapping[str, str] = field(default_factory=dict)
    separator: str = "auto"
    decimal: DecimalMark = DecimalMark.AUTO
    date_order: DateOrder = DateOrder.DMY
    # The till's own line-type words beyond those the built-in profiles know ("Omaggio").
    line_words: Mapping[SaleKind, tuple[str, ...]] = field(default_factory=dict)

    def words(self) -> dict[str, SaleKind]:
        words = known_line_words()
        for kind, added in self.line_words.items():
            words.update({header_key(w): kind for w in added if w.strip()})
        return words


@dataclass(frozen=True)
class Sample:
    """The file's header and its first rows, read with the chosen separator."""

    file_name: str
    header: tuple[str, ...]
    rows: tuple[SheetRow, ...]


@dataclass(frozen=True)
class ReadCell:
    """One cell of a column as the profile reads it: its value, or why it does not read."""

    row: int
    text: str
    value: object = None
    error: str = ""


def read_sample(path: Path, separator: str = "auto", *, limit: int = SAMPLE_ROWS) -> Sample:
    """The header and first `limit` rows; a file that is not a sheet raises InputError."""
    delimiter = None if separator == "auto" else separator
    with open_sheet_stream(path, delimiter=delimiter, encoding=AUTO) as sheet:
        rows = tuple(itertools.islice(sheet.rows, limit))
        return Sample(sheet.file_name, sheet.header, rows)


def draft_profile(choice: MappingChoice) -> SalesProfile:
    """The profile as chosen so far (not checked: some fields may have no column yet)."""
    return SalesProfile(
        name=choice.name or "draft",
        title=choice.title or choice.name or "draft",
        columns={f: (h,) for f, h in choice.columns.items() if h},
        required=frozenset(NEEDED),
        line_types=choice.words() if choice.columns.get("line_type") else {},
        decimal=choice.decimal,
        date_order=choice.date_order,
        separator=choice.separator,
    )


def read_column(choice: MappingChoice, field_name: str, sample: Sample) -> list[ReadCell]:
    """The first rows' cells of the column chosen for `field_name`, read as the import will."""
    header = choice.columns.get(field_name)
    if not header or header not in sample.header:
        return []
    index = sample.header.index(header)
    read = field_reader(draft_profile(choice), field_name)
    cells = []
    for row in sample.rows:
        text = row.get(index)
        try:
            cells.append(ReadCell(row.number, text, read(text)))
        except InputError as exc:
            cells.append(ReadCell(row.number, text, error=exc.detail))
    return cells


def build_profile(choice: MappingChoice) -> tuple[SalesProfile, str]:
    """The checked profile and its TOML text; a missing field or a bad name raises InputError."""
    for needed in NEEDED:
        if not choice.columns.get(needed):
            raise InputError(tr("choose a column for {field}").format(field=field_label(needed)))
    profile = replace(draft_profile(choice), name=choice.name, title=choice.title or choice.name)
    text = profile_toml(profile)
    return profile_from_text(text, Path(f"{choice.name}.toml")), text


def field_label(name: str) -> str:
    """A field as the assistant names it beside its column: 'Quantity', 'Quantità' (the
    one table of labels, sales_profile.FIELD_LABELS, with a capital to start a line)."""
    label = profile_field_label(name)
    return label[:1].upper() + label[1:]
