"""Settings stored in the database, so every terminal of a bar shares them."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from inventory_app.db.backups import DEFAULT_KEEP, KEEP_SETTING
from inventory_app.db.driver_sql import DriverStatement, flushed
from inventory_app.db.engine import SYNCHRONOUS_MODES, SYNCHRONOUS_SETTING
from inventory_app.db.models import Base, Setting
from inventory_app.domain.display import ContainerStyle
from inventory_app.domain.errors import InputError
from inventory_app.domain.numbers import is_whole_number
from inventory_app.domain.order_document import BarDetails
from inventory_app.domain.permissions import Action
from inventory_app.domain.receiving import CostUpdate
from inventory_app.domain.recipes import Channel
from inventory_app.domain.units import MeasureSizes, parse_decimal
from inventory_app.domain.vat_number import check_vat_number
from inventory_app.i18n.catalogue import ENGLISH, LANGUAGES, current_language, tr
from inventory_app.services.audit_log.entries import record_change
from inventory_app.services.people.permissions import require

BARTENDERS_SEE_COSTS = "bartenders_see_costs"
# The language of the bar's documents for its suppliers (order sheets), shared by every
# terminal; each supplier may have their own (suppliers.language). Kept when the demo bar
# is loaded and whenever Settings are saved; until then, the language in use.
BAR_LANGUAGE = "bar_language"
# The bar as its orders name it (issue 19): BarDetails' fields, each a setting `bar_<field>`.
BAR_DETAILS = tuple(f"bar_{name}" for name in BarDetails.__dataclass_fields__)
BAR_VAT_NUMBER = "bar_vat_number"
BAR_EMAIL = "bar_email"
BAR_TEXT_MAX = 200
ORDER_VAT = "order_vat_pct"
# How a delivery at a changed price sets the item's cost (domain/receiving.py): `last`
# price or weighted `average` with what is on hand. Owner only, audited, as every setting.
RECEIVE_COST_UPDATE = "receive_cost_update"
# Where the suppliers' order documents go (a folder per month under it): empty, the
# platform's documents folder (services/ordering/order_export.py); and in which format.
DOCUMENTS_FOLDER = "order_documents_folder"
DOCUMENT_FORMAT = "order_document_format"
DOCUMENT_FORMATS = ("both", "pdf", "xlsx")
DEFAULTS: dict[str, str] = {
    "dash_ml": str(MeasureSizes.dash_ml),
    "barspoon_ml": str(MeasureSizes.barspoon_ml),
    "drop_ml": str(MeasureSizes.drop_ml),
    "vat_rate_pct": "22",
    # VAT a supplier adds to the bar's orders: 22 % on spirits, glassware and cups in Italy
    # (the menu's own rate above may differ: serving drinks at a bar is 10 %).
    ORDER_VAT: "22",
    RECEIVE_COST_UPDATE: CostUpdate.LAST.value,
    "default_channel": Channel.TAKEAWAY.value,
    "oxidation_months": "12",
    KEEP_SETTING: str(DEFAULT_KEEP),
    "shift_hours": "12",
    "idle_lock_minutes": "5",  # the window locks to the sign-in screen; 0 never
    "container_style": ContainerStyle.DECIMAL.value,  # part bottles: '1.4 btl' or '1 + 4/10'
    BARTENDERS_SEE_COSTS: "no",  # costs, margins and pour cost % are the owner's
    SYNCHRONOUS_SETTING: "normal",  # SQLite: "full" keeps the last commits on a power cut
    BAR_LANGUAGE: ENGLISH,  # read through _default: the language in use when unset
    **dict.fromkeys(BAR_DETAILS, ""),  # the bar's name, address, VAT number...: none yet
    DOCUMENTS_FOLDER: "",
    DOCUMENT_FORMAT: "both",  # a PDF to read and print, a workbook to copy lines from
}
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def _one_of(key: str, choices: str, value: str) -> str:
    return tr("{key} is one of {choices}, got {value}").format(
        key=key, choices=choices, value=repr(value)
    )


def _yes_no(key: str, value: str) -> None:
    if value not in ("yes", "no"):
        raise InputError(tr("{key} is yes or no, got {value}").format(key=key, value=repr(value)))


def _positive_ml(key: str, value: str) -> None:
    if parse_decimal(value, what=tr("{key} in ml").format(key=key)) <= 0:
        raise InputError(
            tr("{key} must be above zero, got {value}").format(key=key, value=repr(value))
        )


def _percentage(key: str, value: str) -> None:
    if not 0 <= parse_decimal(value, what=tr("{key} as a percentage").format(key=key)) < 100:
        raise InputError(
            tr("{key} is a percentage from 0 to 99, got {value}").format(key=key, value=repr(value))
        )


def _channel(key: str, value: str) -> None:
    if value not in {c.value for c in Channel}:
        channels = ", ".join(c.value for c in Channel)
        raise InputError(_one_of(key, channels, value))


def _container_style(key: str, value: str) -> None:
    if value not in {s.value for s in ContainerStyle}:
        styles = ", ".join(s.value for s in ContainerStyle)
        raise InputError(_one_of(key, styles, value))


def _cost_update(key: str, value: str) -> None:
    if value not in {c.value for c in CostUpdate}:
        raise InputError(_one_of(key, ", ".join(c.value for c in CostUpdate), value))


def _months(key: str, value: str) -> None:
    if not is_whole_number(value) or int(value) < 1:
        raise InputError(
            tr("{key} is a whole number of months, 1 or more, got {value}").format(
                key=key, value=repr(value)
            )
        )


def _backups(key: str, value: str) -> None:
    if not is_whole_number(value) or not 1 <= int(value) <= 999:
        raise InputError(
            tr("{key} is a whole number of backups from 1 to 999, got {value}").format(
                key=key, value=repr(value)
            )
        )


def _hours(key: str, value: str) -> None:
    if not is_whole_number(value) or not 1 <= int(value) <= 72:
        raise InputError(
            tr("{key} is a whole number of hours from 1 to 72, got {value}").format(
                key=key, value=repr(value)
            )
        )


def _minutes(key: str, value: str) -> None:
    if not is_whole_number(value) or not 0 <= int(value) <= 240:
        raise InputError(
            tr("{key} is a whole number of minutes from 0 (never) to 240, got {value}").format(
                key=key, value=repr(value)
            )
        )


def _synchronous(key: str, value: str) -> None:
    if value not in SYNCHRONOUS_MODES:
        raise InputError(_one_of(key, ", ".join(SYNCHRONOUS_MODES), value))


def _language(key: str, value: str) -> None:
    if value not in LANGUAGES:
        raise InputError(_one_of(key, ", ".join(LANGUAGES), value))


def _bar_text(key: str, value: str) -> None:
    """One line of at most 200 characters: it heads a printed page."""
    if len(value) > BAR_TEXT_MAX or any(ord(c) < 32 for c in value):
        raise InputError(
            tr("{key} is one line of at most {count} characters").format(
                key=key, count=BAR_TEXT_MAX
            )
        )


def _bar_vat_number(key: str, value: str) -> None:
    check_vat_number(value)


def _bar_email(key: str, value: str) -> None:
    _bar_text(key, value)
    if value and _EMAIL.fullmatch(value) is None:
        raise InputError(
            tr("{key} is an email address such as ordini@bar.it, got {value}").format(
                key=key, value=repr(value)
            )
        )


def _folder(key: str, value: str) -> None:
    """Empty (the documents folder of whoever runs the app) or a whole path."""
    if any(ord(c) < 32 for c in value) or (value and not Path(value).expanduser().is_absolute()):
        raise InputError(
            tr("{key} is a whole folder path (or empty for the default), got {value}").format(
                key=key, value=repr(value)
            )
        )


def _document_format(key: str, value: str) -> None:
    if value not in DOCUMENT_FORMATS:
        raise InputError(_one_of(key, ", ".join(DOCUMENT_FORMATS), value))


# Settings read back with Decimal(...): stored with a point whatever mark was typed.
DECIMAL_SETTINGS = frozenset({"dash_ml", "barspoon_ml", "drop_ml", "vat_rate_pct", ORDER_VAT})

_CHECKS: dict[str, Callable[[str, str], None]] = {
    BARTENDERS_SEE_COSTS: _yes_no,
    SYNCHRONOUS_SETTING: _synchronous,
    "idle_lock_minutes": _minutes,
    "oxidation_months": _months,
    "shift_hours": _hours,
    "dash_ml": _positive_ml,
    "barspoon_ml": _positive_ml,
    "drop_ml": _positive_ml,
    "vat_rate_pct": _percentage,
    ORDER_VAT: _percentage,
    RECEIVE_COST_UPDATE: _cost_update,
    "default_channel": _channel,
    "container_style": _container_style,
    KEEP_SETTING: _backups,
    BAR_LANGUAGE: _language,
    **dict.fromkeys(BAR_DETAILS, _bar_text),
    BAR_VAT_NUMBER: _bar_vat_number,
    BAR_EMAIL: _bar_email,
    DOCUMENTS_FOLDER: _folder,
    DOCUMENT_FORMAT: _document_format,
}


def get_setting(session: Session, key: str) -> str:
    found = _READ_SETTING.rows(flushed(session), {"key": key})
    return found[0][0] if found else _default(key)


def _default(key: str) -> str:
    """The value of a setting never stored; the bar's language is the one in use now."""
    if key == BAR_LANGUAGE:
        language = current_language()
        return language if language in LANGUAGES else ENGLISH
    return DEFAULTS[key]


_SETTINGS_TABLE = Base.metadata.tables["settings"]
# Built once: a sale reads its settings on every tap (tests/bench/bench_selling.py).
_READ_SETTINGS = select(_SETTINGS_TABLE.c.key, _SETTINGS_TABLE.c.value).where(
    _SETTINGS_TABLE.c.key.in_(bindparam("keys", expanding=True))
)
# One setting on the driver path: a sale reads its default channel on every tap.
_READ_SETTING = DriverStatement(
    select(_SETTINGS_TABLE.c.value).where(_SETTINGS_TABLE.c.key == bindparam("key"))
)


def get_settings(session: Session, *keys: str) -> list[str]:
    """Several settings in one query, in the order asked."""
    rows = session.execute(_READ_SETTINGS, {"keys": list(keys)})
    stored = {key: value for key, value in rows}
    return [stored.get(key, _default(key)) for key in keys]


def all_settings(session: Session) -> dict[str, str]:
    """Every known setting, stored or default, for the settings dialog."""
    stored = {row.key: row.value for row in session.execute(select(Setting.key, Setting.value))}
    return {key: stored.get(key, _default(key)) for key in DEFAULTS}


def set_setting(session: Session, key: str, value: str, *, author: str) -> None:
    """Store a setting after checking it makes sense for its key (owner only, audited)."""
    require(session, author, Action.EDIT_SETTINGS)
    if key not in DEFAULTS:
        raise InputError(
            tr("unknown setting {key}; known: {known}").format(
                key=repr(key), known=", ".join(sorted(DEFAULTS))
            )
        )
    value = check_setting(key, value)
    before = get_setting(session, key)
    if before != value:
        store_setting(session, key, value)
        record_change(
            session, author=author, entity="setting", entity_id=key, label=key,
            action="update", before={"value": before}, after={"value": value},
        )  # fmt: skip
    elif key == BAR_LANGUAGE:  # its default follows the language in use: saved, it stays
        remember_bar_language(session)


def store_setting(session: Session, key: str, value: str) -> None:
    """Write a checked value (set_setting, and undo putting one back)."""
    session.merge(Setting(key=key, value=value))
    session.flush()


def check_setting(key: str, value: str) -> str:
    """The value as it would be stored; a value that makes no sense raises InputError."""
    value = value.strip()
    _CHECKS[key](key, value)
    if key in DECIMAL_SETTINGS:  # '0,92' as typed in Italian is stored as 0.92
        return format(parse_decimal(value).normalize(), "f")
    if key == BAR_VAT_NUMBER:  # 'it 123 456 789 03' is stored as IT12345678903
        return check_vat_number(value)
    return value


def idle_lock_minutes(session: Session) -> int:
    """Minutes without a touch before the window locks to the sign-in screen; 0 never."""
    return int(get_setting(session, "idle_lock_minutes"))


def container_style(session: Session) -> ContainerStyle:
    """How the bar reads part bottles and flasks: '1.4 btl' or '1 + 4/10 btl'."""
    return ContainerStyle(get_setting(session, "container_style"))


def measure_sizes(session: Session) -> MeasureSizes:
    """The bar's dash, barspoon and drop in ml."""
    dash, barspoon, drop = get_settings(session, "dash_ml", "barspoon_ml", "drop_ml")
    return MeasureSizes(dash_ml=Decimal(dash), barspoon_ml=Decimal(barspoon), drop_ml=Decimal(drop))


def vat_rate_pct(session: Session) -> Decimal:
    """VAT included in menu prices, in percent (22 in Italy)."""
    return Decimal(get_setting(session, "vat_rate_pct"))


def order_vat_pct(session: Session) -> Decimal:
    """VAT on the bar's orders to suppliers, in percent: unit costs are kept before VAT."""
    return Decimal(get_setting(session, ORDER_VAT))


def receive_cost_update(session: Session) -> CostUpdate:
    """How a changed price at delivery sets an item's cost: last price or weighted average."""
    return CostUpdate(get_setting(session, RECEIVE_COST_UPDATE))


def default_channel(session: Session) -> Channel:
    """The channel a sale goes to when none is named: the window, for this bar."""
    return Channel(get_setting(session, "default_channel"))


def oxidation_months(session: Session) -> int:
    """How long an open bottle of a rare whisky may stand before it is flagged."""
    return int(get_setting(session, "oxidation_months"))


def backup_keep(session: Session) -> int:
    """How many backups of the database file are kept before the oldest go."""
    return int(get_setting(session, KEEP_SETTING))


def shift_hours(session: Session) -> int:
    """How far back a bartender may undo their own actions."""
    return int(get_setting(session, "shift_hours"))


def bar_language(session: Session) -> str:
    """'it' or 'en': the language of the bar's documents for suppliers who have none."""
    return get_setting(session, BAR_LANGUAGE)


def remember_bar_language(session: Session) -> None:
    """Keep the language in use now, if none is kept (Settings saved as shown)."""
    if not _READ_SETTING.rows(flushed(session), {"key": BAR_LANGUAGE}):
        store_setting(session, BAR_LANGUAGE, _default(BAR_LANGUAGE))


def bar_details(session: Session) -> BarDetails:
    """The bar as its documents name it; an empty field is left out where it would show."""
    values = get_settings(session, *BAR_DETAILS)
    return BarDetails(*values)
