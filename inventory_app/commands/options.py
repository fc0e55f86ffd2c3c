"""Option values read for a command, so a bad one is always reported with its flag."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from inventory_app.domain.errors import InputError
from inventory_app.i18n.catalogue import tr
from inventory_app.services.selling.pours import PourSpec, parse_pour

T = TypeVar("T")


def option_value(flag: str, parse: Callable[[str], T], text: str) -> T:
    """The parsed option; a bad value reads '--qty: expected ...'."""
    try:
        return parse(text)
    except InputError as exc:
        problem = tr("{option}: {problem}").format(option=flag, problem=exc.detail)
        raise InputError(problem) from None


def pour_options(texts: list[str]) -> list[PourSpec]:
    """`--pour SKU=QTY ...` as pours; a bad one is reported against --pour."""
    pours = []
    for text in texts:
        try:
            pours.append(parse_pour(text))
        except InputError as error:
            raise InputError(error.detail, column="--pour") from None
    return pours
