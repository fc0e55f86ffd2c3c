"""How a number, an amount of money or a date is written in the current language.

English keeps the forms the app always had (`€1,234.56`, `2026-12-07`); Italian writes as
an Italian bar does (`1.234,56 €`, `07/12/2026`, `lun 07 dic`). Rounding is decided
elsewhere (domain/display.py): here a finished English-form figure only changes dress.
"""

from __future__ import annotations

from datetime import date, datetime

from inventory_app.i18n.catalogue import ITALIAN, N_, current_language, tr, trc

WEEKDAYS = (N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"),
            N_("Saturday"), N_("Sunday"))  # fmt: skip
WEEKDAYS_SHORT = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))
MONTHS = (N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
          N_("July"), N_("August"), N_("September"), N_("October"), N_("November"),
          N_("December"))  # fmt: skip


_SWAPPED = str.maketrans(",.", ".,")


def decimal_comma() -> bool:
    """True where 7,5 is seven and a half (Italian)."""
    return _language() == ITALIAN


def separators() -> tuple[str, str]:
    """(decimal mark, thousands separator) of the current language."""
    return (",", ".") if decimal_comma() else (".", ",")


def localized_number(english: str) -> str:
    """'1,234.5' -> '1.234,5' in Italian; unchanged in English."""
    if not decimal_comma():
        return english
    return english.translate(_SWAPPED)


def money_text(english_amount: str, *, negative: bool) -> str:
    """'1,234.56' (no sign) -> '€1,234.56' or '1.234,56 €', with a leading '-' if negative."""
    sign = "-" if negative else ""
    if decimal_comma():
        return f"{sign}{localized_number(english_amount)}\u00a0€"
    return f"{sign}€{english_amount}"


def percent_sign() -> str:
    """The space before '%' does not break the figure from its sign ('24,8 %')."""
    return "\u00a0%" if decimal_comma() else " %"


def date_text(day: date) -> str:
    """'2026-12-07' in English, '07/12/2026' in Italian."""
    if decimal_comma():
        return day.strftime("%d/%m/%Y")
    return day.isoformat()


def date_time_text(moment: datetime) -> str:
    """'2026-12-07 19:30' or '07/12/2026 19:30' (the moment already on the reader's clock)."""
    return f"{date_text(moment.date())} {moment:%H:%M}"


def weekday_name(day: date, *, short: bool = False) -> str:
    """'Monday' / 'lunedì', 'Mon' / 'lun': not strftime, whose names follow the C locale."""
    names = WEEKDAYS_SHORT if short else WEEKDAYS
    return tr(names[day.weekday()])


def month_name(day: date, *, short: bool = False) -> str:
    """'December' / 'dicembre', 'Dec' / 'dic'."""
    if short:
        return _short_months()[day.month - 1]
    return tr(MONTHS[day.month - 1])


def day_time_text(moment: datetime) -> str:
    """'Wed 04 Mar 19:30' / 'mer 04 mar 19:30': a moment within a week."""
    day = moment.date()
    return f"{weekday_name(day, short=True)} {day:%d} {month_name(day, short=True)} {moment:%H:%M}"


def _short_months() -> tuple[str, ...]:
    """Three letters; "May" in context, as the full month has the same English word."""
    return (
        trc("month", "Jan"), trc("month", "Feb"), trc("month", "Mar"), trc("month", "Apr"),
        trc("month", "May"), trc("month", "Jun"), trc("month", "Jul"), trc("month", "Aug"),
        trc("month", "Sep"), trc("month", "Oct"), trc("month", "Nov"), trc("month", "Dec"),
    )  # fmt: skip


def _language() -> str:
    return current_language()
