"""Exact decimal columns stored as integers, identical on SQLite and PostgreSQL.

SQLite has no exact NUMERIC (it keeps REAL), so a Decimal is scaled to an integer of
small units on the way in and back on the way out; SUM() stays exact in SQL.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

QTY_SCALE = 6  # quantities: a millionth of an ml, g or piece (oz converts exactly enough)
MONEY_SCALE = 4  # money: a hundredth of a cent (supplier prices per cup or straw)


class Fixed(TypeDecorator[Decimal]):
    """A Decimal kept as an integer count of 10**-scale units."""

    impl = BigInteger
    cache_ok = True

    def __init__(self, scale: int) -> None:
        super().__init__()
        self.scale = scale
        self._factor = Decimal(10) ** scale

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        return _to_units(value, self._factor)

    def bind_processor(self, dialect: Dialect) -> Callable[[Any], Any]:
        """Decimals to integers, built here as result_processor is: TypeDecorator's wrapper
        around process_bind_param was a third of converting a movement (tests/bench). BIGINT
        takes a Python int on both drivers (no processor of its own to chain)."""
        factor = self._factor

        def process(value: Any) -> int | None:
            return _to_units(value, factor)

        return process

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], Any]:
        """Integers back to Decimals, built here rather than in process_result_value:
        TypeDecorator's wrapper around that doubled the cost of a 500-row read. BIGINT
        comes back as a Python int on both drivers (no processor of its own to chain)."""
        exponent = -self.scale

        def process(value: Any) -> Decimal | None:
            # Decimal(value) directly: int() first doubled the cost of reading a big table.
            return None if value is None else Decimal(value).scaleb(exponent)

        return process

    @property
    def python_type(self) -> type[Decimal]:
        return Decimal


def _to_units(value: Any, factor: Decimal) -> int | None:
    """A Decimal (or int) as an integer count of units; round() on a Decimal rounds half
    to even whatever the context says."""
    if value is None:
        return None
    if isinstance(value, float):
        raise TypeError("floats are never stored: pass a Decimal or an int")
    if not isinstance(value, Decimal):
        value = Decimal(value)
    return round(value * factor)


def Quantity() -> Fixed:
    return Fixed(QTY_SCALE)


def Money() -> Fixed:
    return Fixed(MONEY_SCALE)
