"""Exact decimal columns stored as integers, identical on SQLite and PostgreSQL.

SQLite has no exact NUMERIC (it keeps REAL), so a Decimal is scaled to an integer of
small units on the way in and back on the way out; SUM() stays exact in SQL.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, ColumnElement, Select, type_coerce
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

QTY_SCALE = 6  # quantities: a millionth of an ml, g or piece (oz converts exactly enough)
MONEY_SCALE = 4  # money: a hundredth of a cent (supplier prices per cup or straw)

# What a caller may bind to a Fixed column: a float is named so that it can be refused.
Bound = Decimal | int | float | None


class Fixed(TypeDecorator[Decimal]):
    """A Decimal kept as an integer count of 10**-scale units."""

    impl = BigInteger
    cache_ok = True

    def __init__(self, scale: int) -> None:
        super().__init__()
        self.scale = scale
        self._factor = Decimal(10) ** scale
        self.from_stored = _from_stored(scale)

    def process_bind_param(self, value: Bound, dialect: Dialect) -> int | None:
        return _to_units(value, self._factor)

    def bind_processor(self, dialect: Dialect) -> Callable[[Bound], int | None]:
        """Decimals to integers, built here as result_processor is: TypeDecorator's wrapper
        around process_bind_param was a third of converting a movement (tests/bench). BIGINT
        takes a Python int on both drivers (no processor of its own to chain)."""
        factor = self._factor

        def process(value: Bound) -> int | None:
            return _to_units(value, factor)

        return process

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], Any]:
        """Integers back to Decimals, built here rather than in process_result_value:
        TypeDecorator's wrapper around that doubled the cost of a 500-row read. BIGINT
        comes back as a Python int on both drivers (no processor of its own to chain)."""
        return self.from_stored

    @property
    def python_type(self) -> type[Decimal]:
        return Decimal


def _to_units(value: Bound, factor: Decimal) -> int | None:
    """A Decimal (or int) as an integer count of units; round() on a Decimal rounds half
    to even whatever the context says."""
    if value is None:
        return None
    if isinstance(value, float):
        raise TypeError("floats are never stored: pass a Decimal or an int")
    exact = value if isinstance(value, Decimal) else Decimal(value)
    return round(exact * factor)


def Quantity() -> Fixed:
    return Fixed(QTY_SCALE)


def Money() -> Fixed:
    return Fixed(MONEY_SCALE)


def _from_stored(scale: int) -> Callable[[Any], Decimal | None]:
    """The Decimal of a stored integer: what a read of a Fixed column returns, and what a
    query that selects the integers themselves (to key work on them) converts with."""
    exponent = -scale

    def process(value: Any) -> Decimal | None:
        # Decimal(value) directly: int() first doubled the cost of reading a big table.
        return None if value is None else Decimal(value).scaleb(exponent)

    return process


def fixed(column: ColumnElement[Any]) -> Fixed:
    """The Fixed type of a column (an error if it is not one)."""
    if not isinstance(column.type, Fixed):
        raise TypeError(f"{column} is not a Fixed column")
    return column.type


def stored_integers(query: Select[*tuple[Any, ...]]) -> Select[*tuple[Any, ...]]:
    """The query with its Fixed columns read as the stored integers: rows to key work on
    (hashed and compared as ints), converted with `Fixed.from_stored` only where needed."""
    return query.with_only_columns(
        *(
            type_coerce(c, BigInteger) if isinstance(c.type, Fixed) else c
            for c in query.selected_columns
        ),
        maintain_column_froms=True,
    )
