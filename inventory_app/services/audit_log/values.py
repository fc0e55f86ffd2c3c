"""Specs to audit fields and back: what an undo needs to rebuild the values it restores.

Values are stored as JSON (`audit.plain`); the spec's own type hints say how to read
them back, so a Decimal comes back exact and an enum as its member.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

S = TypeVar("S")


def spec_fields(spec: object, names: typing.Iterable[str] | None = None) -> dict[str, Any]:
    """The named fields of a spec dataclass (all of them by default), shallowly."""
    wanted = names if names is not None else _field_names(type(spec))
    return {name: getattr(spec, name) for name in wanted if name != "clear"}


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    """A dataclass's field names, read once per class (an import audits a row per item)."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def read_fields(cls: type[S], values: dict[str, Any]) -> dict[str, Any]:
    """JSON values back to the types `cls` declares for those fields."""
    hints = typing.get_type_hints(cls)
    return {name: read_value(hints[name], value) for name, value in values.items()}


def read_value(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        kinds = [a for a in typing.get_args(hint) if a is not type(None)]
        return read_value(kinds[0], value)
    if origin is tuple:
        return tuple(read_value(typing.get_args(hint)[0], v) for v in value)
    if origin is frozenset:
        return frozenset(value)
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return hint(**read_fields(hint, value))
    if isinstance(hint, type) and issubclass(hint, Enum | Decimal):
        return hint(value)
    return value
