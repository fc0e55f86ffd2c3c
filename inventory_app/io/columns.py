"""How a sheet's columns are found and its cells read, so every format reports bad ones alike."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum, StrEnum
from typing import Any, Final, TypeVar

from inventory_app.domain.errors import ImportErrors, InputError
from inventory_app.domain.numbers import shown
from inventory_app.domain.units import parse_decimal
from inventory_app.i18n.catalogue import tr
from inventory_app.io.sheet_stream import SheetRow

T = TypeVar("T")
Parser = Callable[[str], Any]


@dataclass(frozen=True)
class Column:
    """Where a column is, and its name as the file writes it (messages quote that)."""

    index: int
    name: str


def same_name(name: str) -> str:
    """The key of a header that is already normalised (lower-cased by `read_sheet`)."""
    return name


def checked_columns(
    file_name: str,
    header: Iterable[str],
    known: Sequence[str],
    required: Iterable[str],
    *,
    key: Callable[[str], str] = same_name,
    missing: str = "",
    names: Sequence[str] = (),
) -> dict[str, Column]:
    """The columns by key; unknown, repeated or missing required columns raise ImportErrors.

    `missing`: the message for a missing required column, with {name} (translated);
    `names`: the known columns as a message lists them, when not their keys (a sheet
    whose headings are translated).
    """
    header = tuple(header)
    problems = _header_problems(header, known, key, names or known)
    seen = {key(name) for name in header}
    problems += [
        InputError(
            (missing or tr("the required column {name} is missing")).format(name=repr(name)),
            row=1,
        )
        for name in required
        if name not in seen
    ]
    if problems:
        raise ImportErrors(file_name, problems)
    return find_columns(header, key)


def _header_problems(
    header: tuple[str, ...], known: Sequence[str], key: Callable[[str], str], names: Sequence[str]
) -> list[InputError]:
    """Unknown and repeated columns, named as the file writes them."""
    problems: list[InputError] = []
    seen: set[str] = set()
    for name in header:
        name_key = key(name)
        if not name_key:
            continue
        if name_key not in known:
            message = tr("unknown column; the columns are {columns}").format(
                columns=", ".join(names)
            )
            problems.append(InputError(message, row=1, column=name))
        elif name_key in seen:
            problems.append(InputError(tr("the column appears twice"), row=1, column=name))
        seen.add(name_key)
    return problems


def find_columns(header: Iterable[str], key: Callable[[str], str]) -> dict[str, Column]:
    """Columns by their normalised name; the first of two equal names wins."""
    found: dict[str, Column] = {}
    for index, name in enumerate(header):
        if name:
            found.setdefault(key(name), Column(index, name))
    return found


def read_cell(
    row: SheetRow, column: Column | None, parse: Callable[[str], T], problems: list[InputError]
) -> T | None:
    """Parse one cell (a missing column reads as blank); a bad cell joins `problems`."""
    text = row.get(column.index) if column is not None else ""
    try:
        return parse(text)
    except InputError as exc:
        name = column.name if column is not None else None
        problems.append(InputError(exc.detail, row=row.number, column=name))
        return None


def read_given_cells(
    row: SheetRow, columns: Mapping[str, Column], parsers: Mapping[str, Parser]
) -> tuple[dict[str, Any], list[InputError]]:
    """The row's non-blank cells parsed by column (a blank cell is not given); and the bad ones."""
    return GivenCells(columns, parsers).read(row)


class GivenCells:
    """read_given_cells for every row of one sheet: the columns' places and parsers are
    looked up once, and read_cell's rule is inlined, since this runs for every cell of an
    import (300,000 for a 20,000-row catalogue)."""

    def __init__(self, columns: Mapping[str, Column], parsers: Mapping[str, Parser]) -> None:
        self._plan = tuple(
            (name, column.index, parsers[name], column.name) for name, column in columns.items()
        )

    def read(self, row: SheetRow) -> tuple[dict[str, Any], list[InputError]]:
        values: dict[str, Any] = {}
        problems: list[InputError] = []
        cells = row.cells
        width = len(cells)
        for name, index, parse, written in self._plan:
            text = cells[index] if index < width else ""
            if not text:
                continue
            try:
                values[name] = parse(text)
            except InputError as exc:
                problems.append(InputError(exc.detail, row=row.number, column=written))
        return values, problems


def remembered(parse: Callable[[str], T], *, limit: int = 4096) -> Callable[[str], T]:
    """`parse` with its readings of plain text kept: a column repeats a few values (sizes,
    units, prices) thousands of times. Parsers are functions of the text, so a kept reading
    is the reading; a refused text is parsed again (its error is made afresh). At most
    `limit` texts are kept, so a column of unique values costs no more than that."""
    kept: dict[str, T] = {}

    def parse_remembered(text: str) -> T:
        if type(text) is not str:  # a workbook's number cell reads differently (ExactNumberText)
            return parse(text)
        found = kept.get(text, _UNSEEN)
        if found is not _UNSEEN:
            return found
        value = parse(text)
        if len(kept) < limit:
            kept[text] = value
        return value

    return parse_remembered


class _Unseen(Enum):
    """A text not read yet: one lookup tells it from any reading, None included."""

    UNSEEN = 0


_UNSEEN: Final = _Unseen.UNSEEN  # a global: the lookup runs once per cell


def choice(enum: type[StrEnum]) -> Callable[[str], Any]:
    """A parser for one of an enum's values, written in any case."""
    names = [m.value for m in enum]

    def parse(text: str) -> StrEnum:
        try:
            return enum(text.lower())
        except ValueError:
            # Translated when raised, never when the parser is built (at import).
            expected = tr("{first} or {last}").format(first=", ".join(names[:-1]), last=names[-1])
            raise InputError(
                tr("expected {expected}, got {text}").format(expected=expected, text=shown(text))
            ) from None

    return parse


def number(what: str) -> Callable[[str], Decimal]:
    """A parser for an exact number; `what` is the example messages give."""
    return lambda text: parse_decimal(text, what=what)


def text(text: str) -> str:
    """A cell taken as written, as plain text (a number cell's text loses its number mark)."""
    return str(text)
