"""Listings as an aligned text table, CSV safe to open in a spreadsheet, or exact JSON.

The table and the CSV are read by people, so they follow the language: an Italian
spreadsheet splits columns at ';' and reads '22,5' as a number, an English one ',' and
'22.5'. JSON is for programs and never changes.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal

from inventory_app.domain import display
from inventory_app.domain.units import format_decimal, unit_label
from inventory_app.i18n.formats import date_text, decimal_comma, localized_number

Cell = str | int | Decimal | date | datetime | None
TABLE_PLACES = 3  # a number of a text table that no command rounded to its unit already
Record = Mapping[str, object]

# OWASP CSV injection: a spreadsheet runs text starting with these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def render_table(columns: Sequence[str], rows: Sequence[Sequence[Cell]]) -> str:
    """Columns padded to their widest cell; numbers right-aligned and, being read by a
    person, shown by the display rule (CSV and JSON keep every digit)."""
    texts = [[_shown(cell) for cell in row] for row in rows]
    widths = [len(c) for c in columns]
    for row in texts:
        widths = [max(w, len(t)) for w, t in zip(widths, row, strict=True)]
    numeric = [
        all(_is_number(row[i]) for row in rows if row[i] not in (None, ""))
        for i in range(len(columns))
    ]
    lines = [
        _line(list(columns), widths, numeric),
        _line(["-" * w for w in widths], widths, numeric),
    ]
    lines += [_line(row, widths, numeric) for row in texts]
    return "\n".join(lines) + "\n"


def _line(cells: list[str], widths: list[int], numeric: list[bool]) -> str:
    parts = [
        c.rjust(w) if n else c.ljust(w) for c, w, n in zip(cells, widths, numeric, strict=True)
    ]
    return "  ".join(parts).rstrip()


def render_csv(columns: Sequence[str], rows: Sequence[Sequence[Cell]]) -> str:
    """CSV with every text cell that could run as a formula prefixed by a quote; in
    Italian ';' between cells and a decimal comma, as an Italian Excel opens it.

    Numbers keep every digit and no thousands separator (a spreadsheet would read
    '1.360' as 1.36 in English), so the file's importers read it back in either form.
    """
    buffer = io.StringIO()
    # RFC 4180 line ends: with "\n" alone, a cell holding "\r" would not be quoted.
    writer = csv.writer(buffer, delimiter=csv_separator(), lineterminator="\r\n")
    writer.writerow([guard_formula(c) for c in columns])
    for row in rows:
        writer.writerow([guard_formula(c) if isinstance(c, str) else _csv_cell(c) for c in row])
    return buffer.getvalue()


def csv_separator() -> str:
    """';' where the decimal mark is a comma (Italian), else ','."""
    return ";" if decimal_comma() else ","


def exact_number(value: Decimal) -> str:
    """Every digit, in the reader's decimal mark: '22.5' / '22,5', '13666.639875'."""
    return localized_number(format_decimal(value))


def exact_quantity(value: Decimal, unit: str) -> str:
    """'22.5 ml' / '22,5 ml', '-2 pcs' / '-2 pz': every digit, as a message quotes it."""
    return f"{exact_number(value)} {unit_label(unit)}"


def guard_formula(text: str) -> str:
    """Text a spreadsheet would run as a formula, made inert (numbers are never passed)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def render_json(records: Sequence[Record]) -> str:
    """An array of objects, one per line; Decimals as exact JSON numbers."""
    if not records:
        return "[]\n"
    body = ",\n".join("  " + json_value(r) for r in records)
    return f"[\n{body}\n]\n"


def json_value(value: object) -> str:
    """JSON text for plain values; the json module would turn Decimals into floats."""
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        return decimal_number(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, datetime | date):
        return json.dumps(value.isoformat())
    if isinstance(value, Mapping):
        pairs = (
            f"{json.dumps(str(k), ensure_ascii=False)}: {json_value(v)}" for k, v in value.items()
        )
        return "{" + ", ".join(pairs) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(json_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} as exact JSON")


def decimal_number(value: Decimal) -> str:
    """The shortest exact JSON number: 660, 0.5, -22.5 (never an exponent)."""
    if not value.is_finite():
        raise ValueError(f"{value} is not a JSON number")
    return "0" if value.is_zero() else format_decimal(value)


def _shown(cell: Cell) -> str:
    """A number without a unit to at most three decimals, never '6.0' (domain.display);
    a day as the reader writes it ('2026-12-07', '07/12/2026')."""
    if isinstance(cell, Decimal) and cell.is_finite():
        return display.number_text(cell, TABLE_PLACES, grouped=False)
    if isinstance(cell, date) and not isinstance(cell, datetime):
        return date_text(cell)
    return _plain(cell)


def _csv_cell(cell: Cell) -> str:
    if isinstance(cell, Decimal):
        return exact_number(cell)
    return _plain(cell)


def _plain(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, Decimal):
        return format_decimal(cell)
    if isinstance(cell, datetime | date):
        return cell.isoformat()
    return str(cell).replace("\n", " ")


# '€1,234.56', '24.8 %' in English; '1.234,56 €', '24,8 %' (no-break spaces) in Italian.
_NUMBER_TEXT = re.compile(r"^[+\-−]?€?\d[\d,.]*(?:[ \u00a0]%|\u00a0€)?$")


def _is_number(cell: Cell) -> bool:
    """Numbers, and numbers already formatted as text, line up on the right."""
    if isinstance(cell, str):
        return bool(_NUMBER_TEXT.match(cell))
    return isinstance(cell, int | Decimal) and not isinstance(cell, bool)
