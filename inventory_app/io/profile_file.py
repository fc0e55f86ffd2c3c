"""A profile the owner writes: a small TOML file, read strictly, every mistake named by its key.

name = "cassa"                    # what --profile takes; letters, digits, - and _
title = "Cassa in Cloud, bar"     # how messages and the window name it
separator = ";"                   # "auto" (default), ",", ";" or "\\t"
encoding = "auto"                 # (default) or "utf-8", "utf-16", "cp1252", "latin-1"
decimal = "comma"                 # "point" (default), "comma" or "auto"
date_order = "dmy"                # "iso" (default), "dmy" or "mdy"
required = ["date", "item", "quantity"]   # the default
takeaway = ["asporto"]            # channel words for the window (default: the usual)

[columns]                         # a field = a header name, or a list of them
date = ["Data", "Datum"]
item = "Prodotto"
quantity = "Quantità"

[line_types]                      # the words of the line_type column
sale = ["Vendita"]
refund = ["Reso"]
void = ["Annullato"]

[statuses]                        # the words of the status column, if it has one
counted = ["Chiuso"]
void = ["Annullato"]
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from inventory_app.domain.errors import InputError
from inventory_app.domain.recipes import SaleKind
from inventory_app.i18n.catalogue import tr
from inventory_app.io.sales_profile import (
    ENCODINGS,
    FIELDS,
    SEPARATORS,
    TAKEAWAY_WORDS,
    DateOrder,
    DecimalMark,
    SalesProfile,
    header_key,
)

MAX_PROFILE_BYTES = 64 * 1024  # a profile is a few lines; more is not a profile
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$", re.ASCII)
_KEYS = frozenset(
    {"name", "title", "separator", "encoding", "decimal", "date_order", "required",
     "takeaway", "columns", "line_types", "statuses"}
)  # fmt: skip
_KINDS = {"sale": SaleKind.SALE, "refund": SaleKind.REFUND, "void": SaleKind.VOID}
_STATUSES = {"counted": True, "void": False}


def load_profile(path: Path) -> SalesProfile:
    """The profile in `path`; a bad file raises InputError naming the file and the key."""
    try:
        raw = path.read_bytes()[: MAX_PROFILE_BYTES + 1]
    except OSError as exc:
        raise InputError(
            tr("cannot read the profile: {reason}").format(reason=exc.strerror or exc),
            file=path.name,
        ) from None
    if len(raw) > MAX_PROFILE_BYTES:
        raise InputError(
            tr("a profile holds at most {size} bytes").format(size=MAX_PROFILE_BYTES),
            file=path.name,
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(tr("expected UTF-8 text"), file=path.name) from None
    return profile_from_text(text, path)


def profile_from_text(text: str, path: Path) -> SalesProfile:
    """The profile this TOML text holds, as if read from `path` (the mapping assistant
    checks what it is about to write with the very reader that will read it back)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(
            tr("not a TOML file: {reason}").format(reason=str(exc)), file=path.name
        ) from None
    return _Reading(path.name).profile(data, path)


class _Reading:
    """One file's keys checked in turn; the first bad one is the error."""

    def __init__(self, file_name: str) -> None:
        self.file = file_name

    def fail(self, key: str, problem: str) -> InputError:
        return InputError(
            tr("key {key}: {problem}").format(key=repr(key), problem=problem), file=self.file
        )

    def profile(self, data: Mapping[str, Any], path: Path) -> SalesProfile:
        for key in data:
            if key not in _KEYS:
                raise self.fail(key, tr("unknown key; the keys are {keys}").format(
                    keys=", ".join(sorted(_KEYS))
                ))  # fmt: skip
        name = self.text(data, "name")
        if not _NAME.match(name):
            raise self.fail(
                "name", tr("expected lower-case letters, digits, - or _, got {text}").format(
                    text=repr(name)
                ),
            )  # fmt: skip
        columns = self.columns(data.get("columns"))
        required = frozenset(self.names(data, "required", ["date", "item", "quantity"]))
        for field in sorted(required):
            if field not in FIELDS:
                raise self.fail("required", self.unknown_field(field))
            if field not in columns and not (field == "date" and "datetime" in columns):
                raise self.fail("required", tr("{field} has no column in [columns]").format(
                    field=repr(field)
                ))  # fmt: skip
        return SalesProfile(
            name=name,
            title=self.text(data, "title", name),
            columns=columns,
            required=required,
            line_types=self.line_types(data.get("line_types", {})),
            statuses=self.statuses(data.get("statuses", {})),
            decimal=DecimalMark(self.choice(data, "decimal", [m.value for m in DecimalMark])),
            date_order=DateOrder(self.choice(data, "date_order", [d.value for d in DateOrder])),
            separator=self.choice(data, "separator", list(SEPARATORS)),
            encoding=self.choice(data, "encoding", list(ENCODINGS)),
            takeaway=self.takeaway(data),
            path=path,
        )

    def text(self, data: Mapping[str, Any], key: str, default: str | None = None) -> str:
        value = data.get(key, default)
        if value is None:
            raise self.fail(key, tr("missing"))
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, tr("expected some text"))
        return value.strip()

    def choice(self, data: Mapping[str, Any], key: str, options: list[str]) -> str:
        value = data.get(key, options[0])
        if value not in options:
            shown = ", ".join(repr(o) for o in options)
            raise self.fail(key, tr("expected one of {options}").format(options=shown))
        return str(value)

    def names(
        self, data: Mapping[str, Any], key: str, default: list[str], *, within: str = ""
    ) -> list[str]:
        value = data.get(key, default)
        key = f"{within}.{key}" if within else key
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(key, tr("expected a text or a list of texts"))
        return [v.strip() for v in value]

    def columns(self, table: object) -> dict[str, tuple[str, ...]]:
        if not isinstance(table, dict) or not table:
            raise self.fail("columns", tr("expected a table of fields and their header names"))
        columns: dict[str, tuple[str, ...]] = {}
        for field in table:
            if field not in FIELDS:
                raise self.fail(f"columns.{field}", self.unknown_field(field))
            columns[field] = tuple(self.names(table, field, [], within="columns"))
            if not columns[field]:
                raise self.fail(f"columns.{field}", tr("expected at least one header name"))
        return columns

    def line_types(self, table: object) -> dict[str, SaleKind]:
        if not isinstance(table, dict):
            raise self.fail("line_types", tr("expected a table: sale, refund, void"))
        words: dict[str, SaleKind] = {}
        for kind in table:
            if kind not in _KINDS:
                raise self.fail(f"line_types.{kind}", tr("expected sale, refund or void"))
            for word in self.names(table, kind, [], within="line_types"):
                words[header_key(word)] = _KINDS[kind]
        return words

    def statuses(self, table: object) -> dict[str, bool]:
        if not isinstance(table, dict):
            raise self.fail("statuses", tr("expected a table: counted, void"))
        words: dict[str, bool] = {}
        for kind in table:
            if kind not in _STATUSES:
                raise self.fail(f"statuses.{kind}", tr("expected counted or void"))
            for word in self.names(table, kind, [], within="statuses"):
                words[header_key(word)] = _STATUSES[kind]
        return words

    def takeaway(self, data: Mapping[str, Any]) -> frozenset[str]:
        if "takeaway" not in data:
            return TAKEAWAY_WORDS
        words = self.names(data, "takeaway", [])
        return frozenset("".join(ch for ch in w.casefold() if ch.isalpha()) for w in words)

    @staticmethod
    def unknown_field(field: str) -> str:
        return tr("unknown field {field}; the fields are {fields}").format(
            field=repr(field), fields=", ".join(FIELDS)
        )
