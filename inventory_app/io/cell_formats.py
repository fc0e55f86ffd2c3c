"""Number formats of the workbooks the app writes, in the language they are written in.

A cell keeps its number; its format code says how to show it. Excel and LibreOffice
swap the separators of `#,##0.00` for the reader's own, so only what a format spells
out in letters differs by language: where the euro sign stands ('€1,234.56' in English,
'1.234,56 €' in Italian) and the order of a date's day, month and year.
"""

from __future__ import annotations

from collections.abc import Sequence

from inventory_app.i18n.catalogue import ITALIAN, current_language, tr

EURO = "€#,##0.00"
EURO_SIGNED = '"€"#,##0.00;[Red]-"€"#,##0.00'
ITALIAN_EURO = '#,##0.00" €"'
ITALIAN_EURO_SIGNED = '#,##0.00" €";[Red]-#,##0.00" €"'
DATE = "yyyy-mm-dd"
DATE_TIME = "yyyy-mm-dd hh:mm"
ITALIAN_DATE = "dd/mm/yyyy"
ITALIAN_DATE_TIME = "dd/mm/yyyy hh:mm"


def euro_format(*, red_negative: bool = False) -> str:
    """Two decimals with the euro sign where the reader puts it; losses in red if asked."""
    if current_language() == ITALIAN:
        return ITALIAN_EURO_SIGNED if red_negative else ITALIAN_EURO
    return EURO_SIGNED if red_negative else EURO


def date_format() -> str:
    """'2026-12-07' in English, '07/12/2026' in Italian (as i18n/formats.date_text)."""
    return ITALIAN_DATE if current_language() == ITALIAN else DATE


def date_time_format() -> str:
    """A date and a time of day, in the reader's order."""
    return ITALIAN_DATE_TIME if current_language() == ITALIAN else DATE_TIME


def heading_widths(widths: Sequence[int], headings: Sequence[str]) -> list[int]:
    """Each column wide enough for its translated heading ('Scorta ideale' is no 'Par')."""
    return [
        max(width, len(tr(heading)) + 1) for width, heading in zip(widths, headings, strict=True)
    ]
