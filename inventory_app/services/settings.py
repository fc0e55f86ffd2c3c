"""Settings stored in the database, so every terminal of a bar shares them."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.models import Setting
from inventory_app.domain.errors import InputError
from inventory_app.domain.units import MeasureSizes, parse_decimal

DEFAULTS: dict[str, str] = {
    "dash_ml": str(MeasureSizes.dash_ml),
    "barspoon_ml": str(MeasureSizes.barspoon_ml),
    "drop_ml": str(MeasureSizes.drop_ml),
}


def get_setting(session: Session, key: str) -> str:
    value = session.scalar(select(Setting.value).where(Setting.key == key))
    return value if value is not None else DEFAULTS[key]


def set_setting(session: Session, key: str, value: str) -> None:
    """Store a setting; measure sizes must be positive amounts of ml."""
    if key not in DEFAULTS:
        raise InputError(f"unknown setting {key!r}; known: {', '.join(sorted(DEFAULTS))}")
    if parse_decimal(value, what=f"{key} in ml") <= 0:
        raise InputError(f"{key} must be above zero, got {value!r}")
    session.merge(Setting(key=key, value=value))


def measure_sizes(session: Session) -> MeasureSizes:
    """The bar's dash, barspoon and drop in ml."""
    return MeasureSizes(
        dash_ml=Decimal(get_setting(session, "dash_ml")),
        barspoon_ml=Decimal(get_setting(session, "barspoon_ml")),
        drop_ml=Decimal(get_setting(session, "drop_ml")),
    )
